package org.providernetwork.service.outcome;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.outcome.DischargeReason;
import org.providernetwork.domain.outcome.Disposition;
import org.providernetwork.domain.outcome.Setting;
import org.providernetwork.domain.outcome.Sex;
import org.providernetwork.service.outcome.ExtractRows.Child;
import org.providernetwork.service.outcome.ExtractRows.Episode;
import org.providernetwork.service.outcome.ExtractRows.Placement;
import org.providernetwork.service.outcome.ExtractRows.Report;
import org.providernetwork.service.outcome.ExtractRows.Stored;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The re-import rules: what an extract changes for a child the history already holds. */
class ExtractReconciliationTest {

    private static final LocalDate BIRTH = LocalDate.of(2016, 3, 1);
    private static final LocalDate REMOVAL = LocalDate.of(2025, 1, 10);
    private static final LocalDate MOVE = LocalDate.of(2025, 4, 1);
    private static final LocalDate HOME = LocalDate.of(2025, 9, 30);

    private static Child child() {
        return new Child(2, "S1", BIRTH, Sex.FEMALE, "28049", "afcars:G1", "28049");
    }

    private static StoredChild stored(List<Stored<Episode>> episodes, List<Stored<Placement>> placements,
                                      List<Stored<Report>> reports) {
        return new StoredChild(500, new Child(0, "S1", BIRTH, Sex.FEMALE, "28049", "afcars:G1", "28049"), episodes, placements, reports);
    }

    @Test
    void aNewChildIsAddedWithAllItsRows() {
        ExtractReconciliation.Plan plan = ExtractReconciliation.reconcile(child(),
                List.of(new Episode(2, "S1", 1, REMOVAL, null, null)),
                List.of(new Placement(2, "S1", 1, REMOVAL, null, Setting.FOSTER_HOME, null, "28049")), List.of(), null, true);
        assertNull(plan.storedId());
        assertEquals(new AfcarsChanges(1, 0, 1, 0, 0, 1, 0, 0, 0, 0), plan.changes());
    }

    @Test
    void anEpisodeOpenInTheHistoryAndDischargedInTheExtractIsClosedWithItsPlacement() {
        StoredChild known = stored(List.of(new Stored<>(71, new Episode(0, "S1", 1, REMOVAL, null, null))),
                List.of(new Stored<>(81, new Placement(0, "S1", 1, REMOVAL, null, Setting.FOSTER_HOME, null, "28049"))), List.of());
        ExtractReconciliation.Plan plan = ExtractReconciliation.reconcile(child(),
                List.of(new Episode(2, "S1", 1, REMOVAL, HOME, DischargeReason.REUNIFICATION)),
                List.of(new Placement(2, "S1", 1, REMOVAL, HOME, Setting.FOSTER_HOME, null, "28049")), List.of(), known, true);

        assertEquals(500L, plan.storedId());
        assertFalse(plan.childChanged());
        assertEquals(1, plan.episodeUpdates().size());
        assertEquals(71L, plan.episodeUpdates().get(0).id());
        assertEquals(HOME, plan.episodeUpdates().get(0).row().discharge());
        assertEquals(81L, plan.placementUpdates().get(0).id(), "the open placement ends with the episode");
        assertEquals(new AfcarsChanges(0, 1, 0, 1, 0, 0, 1, 0, 0, 0), plan.changes());
        assertTrue(plan.episodeInserts().isEmpty());
        assertTrue(plan.placementInserts().isEmpty());
    }

    @Test
    void aCorrectedPlacementReplacesTheOldAndOneWithACorrectedStartDateTakesItsPlace() {
        StoredChild known = stored(List.of(new Stored<>(71, new Episode(0, "S1", 1, REMOVAL, null, null))),
                List.of(new Stored<>(81, new Placement(0, "S1", 1, REMOVAL, MOVE, Setting.FOSTER_HOME, null, "28049")),
                        new Stored<>(82, new Placement(0, "S1", 1, MOVE, null, Setting.KIN, null, "28049"))), List.of());
        LocalDate correctedMove = MOVE.plusDays(3);
        ExtractReconciliation.Plan plan = ExtractReconciliation.reconcile(child(),
                List.of(new Episode(2, "S1", 1, REMOVAL, null, null)),
                List.of(new Placement(2, "S1", 1, REMOVAL, correctedMove, Setting.GROUP_HOME, null, "28049"),
                        new Placement(3, "S1", 1, correctedMove, null, Setting.KIN, null, "28049")), List.of(), known, true);

        assertEquals(1, plan.placementUpdates().size());
        assertEquals(81L, plan.placementUpdates().get(0).id());
        assertEquals(Setting.GROUP_HOME, plan.placementUpdates().get(0).row().setting());
        assertEquals(List.of(82L), plan.placementDeletes(), "the placement from the wrong day goes");
        assertEquals(correctedMove, plan.placementInserts().get(0).start());
        assertTrue(plan.episodeUpdates().isEmpty(), "the episode itself did not change");
        assertEquals(new AfcarsChanges(0, 1, 0, 0, 0, 1, 1, 1, 0, 0), plan.changes());
    }

    @Test
    void aNewReEntryOfAKnownChildIsAddedAndTheEarlierEpisodeKept() {
        StoredChild known = stored(List.of(new Stored<>(71, new Episode(0, "S1", 1, REMOVAL, HOME, DischargeReason.REUNIFICATION))),
                List.of(new Stored<>(81, new Placement(0, "S1", 1, REMOVAL, HOME, Setting.FOSTER_HOME, null, "28049"))), List.of());
        LocalDate reentry = HOME.plusMonths(4);
        // the six-monthly extract sends only the new episode: the first stays as stored
        ExtractReconciliation.Plan plan = ExtractReconciliation.reconcile(child(),
                List.of(new Episode(2, "S1", 2, reentry, null, null)),
                List.of(new Placement(2, "S1", 2, reentry, null, Setting.KIN, null, "28049")), List.of(), known, true);

        assertEquals(2, plan.episodeInserts().get(0).no());
        assertEquals(reentry, plan.placementInserts().get(0).start());
        assertTrue(plan.placementDeletes().isEmpty(), "episode 1 was not sent, so its placement is kept");
        assertTrue(plan.episodeUpdates().isEmpty());
        assertEquals(new AfcarsChanges(0, 1, 1, 0, 0, 1, 0, 0, 0, 0), plan.changes());
    }

    @Test
    void theSameRowsAgainChangeNothing() {
        Episode episode = new Episode(0, "S1", 1, REMOVAL, null, null);
        Placement placement = new Placement(0, "S1", 1, REMOVAL, null, Setting.FOSTER_HOME, 12L, "28049");
        Report report = new Report(0, "S1", "R1", MOVE, true, Disposition.SUBSTANTIATED, true);
        StoredChild known = stored(List.of(new Stored<>(71, episode)), List.of(new Stored<>(81, placement)),
                List.of(new Stored<>(91, report)));
        ExtractReconciliation.Plan plan = ExtractReconciliation.reconcile(child(), List.of(episode), List.of(placement),
                List.of(report), known, true);
        assertTrue(plan.changes().none(), plan.changes().toString());
    }

    @Test
    void reportsAreReplacedByTheirIdAndNewIdsAdded() {
        StoredChild known = stored(List.of(), List.of(),
                List.of(new Stored<>(91, new Report(0, "S1", "R1", MOVE, false, Disposition.NOT_SUBSTANTIATED, true))));
        ExtractReconciliation.Plan plan = ExtractReconciliation.reconcile(child(), List.of(), List.of(),
                List.of(new Report(2, "S1", "R1", MOVE, true, Disposition.INDICATED, true),
                        new Report(3, "S1", "R2", MOVE, true, Disposition.SUBSTANTIATED, true)), known, true);
        assertEquals(91L, plan.reportUpdates().get(0).id());
        assertEquals(Disposition.INDICATED, plan.reportUpdates().get(0).row().disposition());
        assertEquals("R2", plan.reportInserts().get(0).reportId(), "two reports on one date stay two");
        assertEquals(new AfcarsChanges(0, 1, 0, 0, 0, 0, 0, 0, 1, 1), plan.changes());
    }

    @Test
    void aFormatOneReImportKeepsTheStoredHomeCountyAndSiblingGroup() {
        StoredChild known = stored(List.of(), List.of(), List.of());
        Child formatOne = new Child(2, "S1", BIRTH, Sex.FEMALE, null, null, null);
        ExtractReconciliation.Plan plan = ExtractReconciliation.reconcile(formatOne, List.of(), List.of(), List.of(), known, false);
        assertEquals("28049", plan.child().homeCounty());
        assertEquals("afcars:G1", plan.child().siblingGroup());
        assertFalse(plan.childChanged());

        Child corrected = new Child(2, "S1", BIRTH.plusDays(1), Sex.FEMALE, null, null, null);
        ExtractReconciliation.Plan fix = ExtractReconciliation.reconcile(corrected, List.of(), List.of(), List.of(), known, false);
        assertTrue(fix.childChanged());
        assertEquals("28049", fix.child().homeCounty());
        assertEquals(new AfcarsChanges(0, 1, 0, 0, 0, 0, 0, 0, 0, 0), fix.changes());
    }
}
