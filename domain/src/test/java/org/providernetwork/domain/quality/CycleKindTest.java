package org.providernetwork.domain.quality;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CycleKindTest {

    @Test
    void theInterimReviewsAreTheRegionsAndTheStateKeepsBaselineAndFollowUp() {
        assertTrue(CycleKind.PEER.isRegional(), "a lead plans its region's peer reviews");
        assertTrue(CycleKind.COUNTY_TEAM.isRegional(), "a lead plans its region's county-team reviews");
        assertFalse(CycleKind.BASELINE.isRegional(), "the baseline measures the region from outside");
        assertFalse(CycleKind.FOLLOW_UP.isRegional(), "the follow-up measures the region from outside");
    }

    @Test
    void everyKindIsEitherTheRegionsOrTheStatesAndBothHaveSome() {
        Set<CycleKind> regional = Arrays.stream(CycleKind.values()).filter(CycleKind::isRegional)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CycleKind.class)));
        assertEquals(EnumSet.of(CycleKind.PEER, CycleKind.COUNTY_TEAM), regional,
                "a new kind must be placed on purpose: regional kinds are run by leads");
        assertEquals(EnumSet.of(CycleKind.BASELINE, CycleKind.FOLLOW_UP), EnumSet.complementOf(EnumSet.copyOf(regional)));
    }

    @Test
    void everyKindHasAWordForThePortal() {
        for (CycleKind kind : CycleKind.values()) {
            assertFalse(kind.getLabel().isBlank(), kind.name());
            assertFalse(kind.getLabel().equals(kind.name()), "a label in words, not the code: " + kind.name());
        }
    }
}
