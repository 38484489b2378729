package org.providernetwork.domain.outcome;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.Period;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The period, the ids and the validation of the input records. */
class OutcomeModelTest {

    @Test
    void periodIsTwelveMonthsBothDaysIncluded() {
        Period fiscal = Period.twelveMonthsFrom(LocalDate.of(2023, 10, 1));
        assertEquals(LocalDate.of(2024, 9, 30), fiscal.end());
        assertEquals(366, fiscal.days());
        assertEquals(fiscal, Period.twelveMonthsEnding(LocalDate.of(2024, 9, 30)));
        assertEquals(new Period(LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29)),
                Period.twelveMonthsEnding(LocalDate.of(2028, 2, 29)), "the 12 months ending on a leap day");
        assertEquals(new Period(LocalDate.of(2021, 10, 1), LocalDate.of(2022, 9, 30)), fiscal.minusYears(2));
        assertTrue(fiscal.includes(LocalDate.of(2024, 9, 30)));
        assertThrows(InvalidInputException.class, () -> new Period(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 1)));
        assertThrows(InvalidInputException.class, () -> new Period(null, LocalDate.of(2023, 1, 1)));
    }

    /**
     * Placement service types map to settings: kinship care is with kin (family-like); acute hospitalisation and
     * respite are temporary absences, not placement settings; residential treatment is an institution.
     */
    @Test
    void serviceTypesMapToSettings() {
        assertEquals(Setting.KIN, Setting.forServiceType("KINSHIP"));
        assertTrue(Setting.forServiceType("KINSHIP").isFamilyLike());
        assertEquals(Setting.HOSPITAL, Setting.forServiceType("ACUTE-HOSP"));
        assertEquals(Setting.RESPITE, Setting.forServiceType("RESPITE"));
        for (Setting absence : List.of(Setting.HOSPITAL, Setting.RESPITE, Setting.RUNAWAY)) {
            assertTrue(absence.isTemporaryAbsence(), absence.name());
            assertEquals(false, absence.isPlacementSetting(), absence.name());
            assertEquals(false, absence.isFamilyLike(), absence.name());
        }
        assertEquals(Setting.INSTITUTION, Setting.forServiceType("PRTF"));
        assertTrue(Setting.forServiceType("FOSTER").isPlacementSetting());
    }

    @Test
    void everyRequiredIdIsThereOnce() {
        List<String> ids = Arrays.stream(IndicatorDefinition.values()).map(IndicatorDefinition::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count());
        assertTrue(ids.containsAll(List.of("permanency-12m-entries", "permanency-12m-in-care-12-23",
                "permanency-12m-in-care-24plus", "reentry-12m", "placement-stability", "maltreatment-in-care", "recurrence-12m")));
        assertEquals(IndicatorDefinition.REENTRY_12M, IndicatorDefinition.of("reentry-12m"));
        assertEquals(Indicator.REENTRY_12, IndicatorDefinition.REENTRY_12M.indicator());
        assertEquals("per 100,000 days", IndicatorDefinition.MALTREATMENT_IN_CARE.unit());
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> IndicatorDefinition.of("nope"));
        assertTrue(unknown.getMessage().contains("placement-stability"));
        // the constants contracts already use keep their codes
        assertEquals(Indicator.PERMANENCY_12_ENTRIES, Indicator.of("permanency-12-entries"));
    }

    @Test
    void inputRecordsRejectImpossibleDates() {
        LocalDate day = LocalDate.of(2022, 3, 1);
        assertThrows(InvalidInputException.class,
                () -> new Episode("A", 1, day, day.minusDays(1), DischargeReason.REUNIFICATION));
        assertThrows(InvalidInputException.class, () -> new Episode("A", 1, day, day.plusDays(9), null));
        assertThrows(InvalidInputException.class,
                () -> new Placement("A", 1, day, day.minusDays(1), Setting.KIN, null, "28001", null));
        assertThrows(InvalidInputException.class, () -> new InHomeService("A", day, day.minusDays(1)));
        assertEquals(Sex.UNKNOWN, new ChildRecord("A", day, null, "28001", null).sex());
        assertEquals(LocalDate.of(2022, 2, 28), new ChildRecord("A", LocalDate.of(2004, 2, 29), Sex.FEMALE, null, null)
                .eighteenthBirthday());
    }

    @Test
    void settingsRejectANegativeDistance() {
        assertThrows(IllegalArgumentException.class,
                () -> new IndicatorEngine.Settings(-1, IndicatorEngine.Settings.defaults().zone()));
    }
}
