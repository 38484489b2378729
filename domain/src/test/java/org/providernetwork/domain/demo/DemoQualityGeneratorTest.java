package org.providernetwork.domain.demo;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.quality.CycleKind;
import org.providernetwork.domain.quality.Rating;

import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoQualityGeneratorTest {

    private final DemoReference reference = DemoNetworkGeneratorTest.smallState();
    private final DemoNetwork network = new DemoNetworkGenerator(reference).generate(60, 7);

    @Test
    void theSameSeedGivesTheSameDataAndTheNetworkIsUntouched() {
        DemoQuality first = new DemoQualityGenerator(reference).generate(network, 13, 10);
        DemoQuality second = new DemoQualityGenerator(reference).generate(network, 13, 10);
        assertEquals(first, second);
        assertEquals(network, new DemoNetworkGenerator(reference).generate(60, 7));
    }

    @Test
    void twoRegionsHaveACompletedBaselineAndFollowUpAndTheFollowUpRatesBetter() {
        DemoQuality quality = new DemoQualityGenerator(reference).generate(network, 13, 10);
        for (String region : reference.regions().stream().map(DemoReference.RegionRef::code).limit(2).toList()) {
            for (CycleKind kind : new CycleKind[] {CycleKind.BASELINE, CycleKind.FOLLOW_UP}) {
                DemoQuality.Cycle cycle = quality.cycles().stream().filter(c -> c.regionCode().equals(region) && c.kind() == kind)
                        .findFirst().orElseThrow();
                assertTrue(cycle.reviews().stream().allMatch(r -> r.completed() && r.ratings().stream().allMatch(Objects::nonNull)));
                assertTrue(cycle.reviews().size() >= 4, "a sample of cases");
            }
        }
        long before = strengths(quality, CycleKind.BASELINE);
        long after = strengths(quality, CycleKind.FOLLOW_UP);
        assertTrue(after > before, before + " strengths at the baselines, " + after + " at the follow-ups");
        assertEquals(1, quality.plans().stream().filter(p -> p.regionCode().equals(reference.regions().get(0).code())).count());
    }

    private static long strengths(DemoQuality quality, CycleKind kind) {
        return quality.cycles().stream().filter(c -> c.kind() == kind).flatMap(c -> c.reviews().stream())
                .flatMap(r -> r.ratings().stream()).filter(r -> r == Rating.STRENGTH).count();
    }
}
