package org.providernetwork.domain.referral;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.StateChildId;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An intake names everything wrong at once, in plain words, and a cleared rating is a problem, not a crash. */
class IntakeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @Test
    void anEmptyFormNamesEveryRequiredFieldAtOnceInPlainWords() {
        Intake empty = new Intake(null, null, null, null, List.of(new Intake.Child(null, null, null)), null, null,
                null, null, false, false, false, null, null, null);
        Map<String, String> problems = empty.problems(TODAY).stream()
                .collect(Collectors.toMap(Intake.Problem::field, Intake.Problem::message));
        assertEquals(Set.of("number", "serviceType", "homeCounty", "risk", "urgency", "caseManager",
                "children[0].name", "children[0].birthDate", "children[0].gender"), problems.keySet());
        assertEquals("Choose the child's home county", problems.get("homeCounty"));
        assertEquals("Type the birth date of the child, such as 03/14/2012", problems.get("children[0].birthDate"));
        problems.values().forEach(message -> {
            assertFalse(message.contains("null"), message);
            assertFalse(message.matches(".*\\b[a-z]+[A-Z][a-zA-Z]*\\b.*"), "no field ids: " + message);
        });
    }

    @Test
    void aClearedRatingIsReportedByItsLabelAndRefusedWithoutACrash() {
        Map<NeedDomain, Integer> ratings = new EnumMap<>(NeedDomain.class);
        ratings.put(NeedDomain.TRAUMA, null);
        ratings.put(NeedDomain.SCHOOL, 2);
        Intake intake = complete(ratings);
        assertEquals(List.of(new Intake.Problem("ratings.TRAUMA", "Rate \"Trauma symptoms\" from 0 to 3")), intake.problems(TODAY));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Referral.create(intake, "R1", null, 1, null, "state.staff", java.time.Instant.now(), TODAY));
        assertEquals("ratings", refused.field());
    }

    @Test
    void aCompleteIntakeHasNoProblemsAndLimitsComeFromOneDefinition() {
        assertTrue(complete(Map.of(NeedDomain.SCHOOL, 3)).problems(TODAY).isEmpty());
        Intake tooLong = new Intake("N".repeat(Intake.NUMBER_MAX_LENGTH + 1), "THER-FOSTER", "28001", null,
                List.of(new Intake.Child("J.D.", TODAY.minusYears(ReferralChild.OLDEST + 1), ChildGender.OTHER)), Map.of(), Set.of(),
                RiskLevel.LOW, Urgency.ROUTINE, false, true, false, "C".repeat(Intake.CASE_MANAGER_MAX_LENGTH + 1), "not-an-address",
                "x".repeat(Intake.NOTES_MAX_LENGTH + 1));
        assertEquals(List.of("number", "caseManager", "caseManagerEmail", "children[0].birthDate", "notes"),
                tooLong.problems(TODAY).stream().map(Intake.Problem::field).toList());
        assertEquals("Notes have at most 2,000 characters; these have 2,001", tooLong.problems(TODAY).get(4).message());
    }

    @Test
    void theStatePersonIdIsOptionalLimitedOnceAndRefusedByTheChildsField() {
        Intake withId = new Intake("REF-1", "THER-FOSTER", "28001", null,
                List.of(new Intake.Child("J.D.", TODAY.minusYears(9), ChildGender.FEMALE, " MS-000123 ")), Map.of(), Set.of(),
                RiskLevel.MODERATE, Urgency.URGENT, false, true, false, "Casey Manager", null, null);
        assertTrue(withId.problems(TODAY).isEmpty());
        Referral referral = Referral.create(withId, "R1", null, 1, null, "state.staff", java.time.Instant.now(), TODAY);
        assertEquals("MS-000123", referral.getChildren().get(0).getStatePersonId());
        assertEquals(null, Referral.create(complete(Map.of()), "R1", null, 1, null, "state.staff", java.time.Instant.now(), TODAY)
                .getChildren().get(0).getStatePersonId(), "without an id the child has none");

        String tooLong = "X".repeat(StateChildId.MAX_LENGTH + 1);
        Intake bad = new Intake("REF-1", "THER-FOSTER", "28001", null,
                List.of(new Intake.Child("J.D.", TODAY.minusYears(9), ChildGender.FEMALE),
                        new Intake.Child("K.D.", TODAY.minusYears(7), ChildGender.MALE, tooLong)), Map.of(), Set.of(),
                RiskLevel.MODERATE, Urgency.URGENT, false, true, false, "Casey Manager", null, null);
        assertEquals(List.of("children[1].statePersonId"), bad.problems(TODAY).stream().map(Intake.Problem::field).toList());
        assertTrue(bad.problems(TODAY).get(0).message().startsWith("State person id of child 2: 1 to " + StateChildId.MAX_LENGTH),
                bad.problems(TODAY).get(0).message());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Referral.create(bad, "R1", null, 1, null, "state.staff", java.time.Instant.now(), TODAY));
        assertEquals("children[1].statePersonId", refused.field());
        String huge = "X".repeat(5_000);
        InvalidInputException hugeRefused = assertThrows(InvalidInputException.class,
                () -> StateChildId.check("children[0].statePersonId", huge));
        assertTrue(hugeRefused.getMessage().length() < 200, "the answer quotes the start of a huge id, not all of it: "
                + hugeRefused.getMessage().length() + " characters");
        assertFalse(StateChildId.valid("MS 123"), "no spaces");
        assertTrue(StateChildId.valid("X".repeat(StateChildId.MAX_LENGTH)));
    }

    private static Intake complete(Map<NeedDomain, Integer> ratings) {
        return new Intake("REF-1", "THER-FOSTER", "28001", null,
                List.of(new Intake.Child("J.D.", TODAY.minusYears(9), ChildGender.FEMALE)), ratings, Set.of(),
                RiskLevel.MODERATE, Urgency.URGENT, false, true, false, "Casey Manager", null, null);
    }
}
