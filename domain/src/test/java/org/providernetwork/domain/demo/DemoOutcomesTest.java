package org.providernetwork.domain.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.providernetwork.domain.outcome.Cut;
import org.providernetwork.domain.outcome.Geography;
import org.providernetwork.domain.outcome.IndicatorEngine;
import org.providernetwork.domain.outcome.IndicatorResult;
import org.providernetwork.domain.outcome.OutcomeData;
import org.providernetwork.domain.shared.Period;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's outcome history, generated on any day the demo may be loaded. */
@ParameterizedClass(name = "loaded at {0}")
@MethodSource("org.providernetwork.domain.shared.Calendars#clocks")
class DemoOutcomesTest {

    private final LocalDate today;
    private final DemoReference reference = DemoNetworkGeneratorTest.smallState();
    private final DemoNetwork network = new DemoNetworkGenerator(reference).generate(60, 7);

    DemoOutcomesTest(Clock clock) {
        this.today = LocalDate.now(clock);
    }

    private OutcomeData generate() {
        return new DemoOutcomes(reference).generate(network, 2000, 3, today, 42, key -> (long) Math.abs(key.hashCode()),
                number -> (long) Math.abs(number.hashCode()));
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        assertEquals(generate(), generate());
    }

    /** Every federal indicator of the last twelve months has children to count, each over its cohort period. */
    @Test
    void everyFederalIndicatorOfTheLastYearHasACohort() {
        IndicatorEngine engine = new IndicatorEngine();
        IndicatorEngine.Prepared data = engine.prepare(generate());
        Period lastYear = Period.twelveMonthsEnding(today);
        for (String id : List.of("permanency-12m-entries", "permanency-12m-in-care-12-23", "permanency-12m-in-care-24plus",
                "reentry-12m", "placement-stability", "maltreatment-in-care")) {
            org.providernetwork.domain.outcome.IndicatorDefinition definition = org.providernetwork.domain.outcome.IndicatorDefinition.of(id);
            IndicatorResult result = engine.compute(definition, data, definition.cohortPeriod(lastYear),
                    Cut.STATE, Geography.NONE);
            assertTrue(result.denominator() > 0, id + " has a cohort: " + result);
            assertTrue(result.numerator() <= result.denominator() || id.equals("placement-stability")
                    || id.equals("maltreatment-in-care"), id + ": " + result);
        }
    }
}
