package org.providernetwork.domain.outcome;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.providernetwork.domain.shared.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties every result must have, on generated state-scale data (no timing here: see the benchmark). */
class GeneratedScaleTest {

    private static final Period PERIOD = Period.twelveMonthsFrom(LocalDate.of(2021, 1, 1));
    private static final Geography GEOGRAPHY = Geography.of(OutcomeGenerator.counties());
    private static final IndicatorEngine ENGINE = new IndicatorEngine();

    private static IndicatorEngine.Prepared data;
    private static List<IndicatorResult> state;

    @BeforeAll
    static void generate() {
        data = ENGINE.prepare(OutcomeGenerator.generate(20_000, 7));
        state = ENGINE.compute(data, PERIOD, Cut.STATE, GEOGRAPHY);
    }

    @Test
    void everyIndicatorHasAValueAtStateScale() {
        assertEquals(IndicatorDefinition.values().length, state.size());
        for (IndicatorResult result : state) {
            assertTrue(result.denominator() > 0, result.id() + " has an empty denominator");
            checkConsistent(result);
        }
    }

    @Test
    void regionsPartitionTheState() {
        for (IndicatorDefinition definition : IndicatorDefinition.values()) {
            if (definition == IndicatorDefinition.OFFER_RESPONSE_ON_TIME
                    || definition == IndicatorDefinition.OFFER_DECLINE_RATE
                    || definition == IndicatorDefinition.OFFER_ACCEPTANCE
                    || definition == IndicatorDefinition.MEDIAN_DAYS_TO_PERMANENCY) {
                continue;
            }
            IndicatorResult whole = state.get(definition.ordinal());
            long numerator = 0;
            long denominator = 0;
            Set<String> children = new HashSet<>();
            for (int r = 1; r <= OutcomeGenerator.REGIONS; r++) {
                IndicatorResult part = ENGINE.compute(definition, data, PERIOD, Cut.region("R" + r), GEOGRAPHY);
                checkConsistent(part);
                numerator += part.numerator();
                denominator += part.denominator();
                children.addAll(part.denominatorChildren());
            }
            assertEquals(whole.numerator(), numerator, definition.id());
            assertEquals(whole.denominator(), denominator, definition.id());
            assertEquals(Set.copyOf(whole.denominatorChildren()), children, definition.id());
        }
    }

    @Test
    void providersNeverCountMoreThanTheState() {
        for (IndicatorDefinition definition : IndicatorDefinition.values()) {
            IndicatorResult whole = state.get(definition.ordinal());
            long numerator = 0;
            long denominator = 0;
            for (long provider = 1; provider <= 30; provider++) {
                IndicatorResult part = ENGINE.compute(definition, data, PERIOD, Cut.provider(provider), GEOGRAPHY);
                checkConsistent(part);
                assertTrue(Set.copyOf(whole.denominatorChildren()).containsAll(part.denominatorChildren()),
                        definition.id());
                if (definition != IndicatorDefinition.MEDIAN_DAYS_TO_PERMANENCY) {
                    numerator += part.numerator();
                }
                denominator += part.denominator();
            }
            if (definition != IndicatorDefinition.SERVED_AT_HOME) {
                assertTrue(denominator > 0, definition.id());
            }
            assertTrue(numerator <= whole.numerator(), definition.id());
            assertTrue(denominator <= whole.denominator(), definition.id());
        }
    }

    @Test
    void oneIndicatorEqualsItsPlaceInTheFullList() {
        for (IndicatorDefinition definition : IndicatorDefinition.values()) {
            assertEquals(state.get(definition.ordinal()), ENGINE.compute(definition, data, PERIOD, Cut.STATE, GEOGRAPHY));
        }
        // from the raw lists, without preparing them first
        assertEquals(state.get(IndicatorDefinition.REENTRY_12M.ordinal()),
                ENGINE.compute("reentry-12m", data.data(), PERIOD, Cut.STATE, GEOGRAPHY));
        assertEquals(state, ENGINE.compute(data.data(), PERIOD, Cut.STATE, GEOGRAPHY));
    }

    private static void checkConsistent(IndicatorResult result) {
        if (!result.id().startsWith("offer-")) { // offer keys come by provider, then time
            assertSortedDistinct(result.numeratorChildren());
            assertSortedDistinct(result.denominatorChildren());
        }
        assertTrue(Set.copyOf(result.denominatorChildren()).containsAll(result.numeratorChildren()), result.id());
        switch (result.unit()) {
            case "%" -> {
                assertEquals(result.numeratorChildren().size(), result.numerator(), result.id());
                assertEquals(result.denominatorChildren().size(), result.denominator(), result.id());
                assertTrue(result.numerator() <= result.denominator(), result.id());
                assertTrue(result.value() >= 0 && result.value() <= 100, result.id());
            }
            case "days" -> assertEquals(result.denominatorChildren().size(), result.denominator(), result.id());
            default -> assertTrue(result.numeratorChildren().size() <= result.numerator(), result.id());
        }
    }

    private static void assertSortedDistinct(List<String> ids) {
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(ids.get(i - 1).compareTo(ids.get(i)) < 0, "not sorted and distinct at " + ids.get(i));
        }
    }
}
