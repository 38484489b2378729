package org.providernetwork.service.outcome;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.outcome.Disposition;
import org.providernetwork.domain.outcome.Setting;
import org.providernetwork.domain.outcome.Sex;
import org.providernetwork.service.imports.RowError;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading and checking an extract in either format, without a database. */
class AfcarsImportTest {

    private static final LocalDate REMOVAL = LocalDate.of(2025, 1, 10);

    /** Two counties, one provider and whatever children a test puts in the history. */
    private static final class Fake implements AfcarsImport.Lookups {
        final Map<String, StoredChild> stored = new HashMap<>();

        @Override
        public boolean countyExists(String fips) {
            return Set.of("28049", "28071").contains(fips);
        }

        @Override
        public boolean providerExists(long id) {
            return id == 12;
        }

        @Override
        public Map<String, StoredChild> stored(Set<String> stateChildIds) {
            Map<String, StoredChild> found = new HashMap<>(stored);
            found.keySet().retainAll(stateChildIds);
            return found;
        }
    }

    private static AfcarsFiles formatTwo(String children, String maltreatment) {
        return new AfcarsFiles(children,
                "state_child_id,episode_no,removal_date,discharge_date,discharge_reason\n"
                        + "S1,1," + REMOVAL + ",,\nS2,1," + REMOVAL + ",2025-06-30,REUNIFICATION\n",
                "state_child_id,episode_no,start_date,end_date,setting,provider_id,county_fips\n"
                        + "S1,1," + REMOVAL + ",,FOSTER_HOME,12,28071\nS2,1," + REMOVAL + ",2025-06-30,KIN,,28049\n",
                maltreatment);
    }

    private static final String CHILDREN_V2 = "state_child_id,date_of_birth,sex,home_county_fips,sibling_group_id,removal_county_fips\n"
            + "S1,2015-02-01,F,28049,G7,28071\nS2,2017-05-09,M,28049,G7,\n";

    @Test
    void formatTwoGivesEachChildItsHomeCountySiblingGroupAndReportsTheirDisposition() {
        AfcarsImport.Parsed parsed = AfcarsImport.parse(formatTwo(CHILDREN_V2,
                "state_child_id,report_id,report_date,disposition,in_care\nS1,R-1,2025-03-01,INDICATED,Y\n"
                        + "S1,R-2,2025-03-01,not substantiated,Y\n"), new Fake());

        assertTrue(parsed.report().valid(), parsed.report().errors().toString());
        assertEquals(2, parsed.report().format());
        ExtractRows.Child first = parsed.children().get(0);
        assertEquals("28049", first.homeCounty());
        assertEquals("afcars:G7", first.siblingGroup(), "sibling groups of an extract are kept apart from the portal's");
        assertEquals("28071", first.removalCounty());
        assertNull(parsed.children().get(1).removalCounty());
        assertEquals(Sex.MALE, parsed.children().get(1).sex());
        ExtractRows.Report indicated = parsed.maltreatment().get(0);
        assertEquals("R-1", indicated.reportId());
        assertEquals(Disposition.INDICATED, indicated.disposition());
        assertTrue(indicated.substantiated(), "indicated counts as a victimisation");
        assertEquals(Disposition.NOT_SUBSTANTIATED, parsed.maltreatment().get(1).disposition());
        assertEquals(false, parsed.maltreatment().get(1).substantiated());
        assertEquals(12L, parsed.placements().get(0).provider());
        assertEquals(new AfcarsChanges(2, 0, 2, 0, 0, 2, 0, 0, 2, 0), parsed.report().changes());
    }

    @Test
    void formatOneIsStillRead() {
        AfcarsImport.Parsed parsed = AfcarsImport.parse(new AfcarsFiles("child_id,date_of_birth,sex\nA1,2015-02-01,F\n",
                "child_id,episode_no,removal_date,discharge_date,discharge_reason\nA1,1," + REMOVAL + ",,\n",
                "child_id,episode_no,start_date,end_date,setting,provider_id,county_fips\nA1,1," + REMOVAL + ",,KIN,,28071\n",
                "child_id,report_date,substantiated,in_care\nA1,2025-02-01,Y,Y\n"), new Fake());
        assertTrue(parsed.report().valid(), parsed.report().errors().toString());
        assertEquals(1, parsed.report().format());
        assertNull(parsed.children().get(0).homeCounty());
        assertNull(parsed.maltreatment().get(0).reportId());
        assertTrue(parsed.maltreatment().get(0).substantiated());
        assertEquals(Setting.KIN, parsed.placements().get(0).setting());
    }

    @Test
    void badRowsAreNamedByFileRowAndColumnAndNothingIsPlanned() {
        String children = "state_child_id,date_of_birth,sex,home_county_fips,sibling_group_id,removal_county_fips\n"
                + "S1,2015-02-01,F,99999,G 7,28071\nS2,2017-05-09,M,,,\n";
        AfcarsImport.Parsed parsed = AfcarsImport.parse(formatTwo(children,
                "state_child_id,report_id,report_date,disposition,in_care\nS1,,2025-03-01,MAYBE,Y\nS2,R1,2025-03-01,SUBSTANTIATED,Y\n"
                        + "S2,R1,2025-04-01,SUBSTANTIATED,Y\n"), new Fake());

        List<RowError> errors = parsed.report().errors();
        assertTrue(errors.contains(new RowError(2, "children.csv: home_county_fips", "99999", "unknown county")), errors.toString());
        assertTrue(errors.contains(new RowError(3, "children.csv: home_county_fips", "", "required")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.row() == 2 && e.column().equals("children.csv: sibling_group_id")), errors.toString());
        assertTrue(errors.contains(new RowError(2, "maltreatment.csv: report_id", "", "required")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.row() == 2 && e.column().equals("maltreatment.csv: disposition")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.row() == 4 && e.column().equals("maltreatment.csv: report_id")
                && e.message().contains("twice")), errors.toString());
        assertTrue(parsed.plans().isEmpty(), "nothing is written when anything is wrong");
    }

    @Test
    void aFileInTheOtherFormatNamesTheColumnItLacks() {
        AfcarsFiles files = formatTwo(CHILDREN_V2, "child_id,report_date,substantiated,in_care\nS1,2025-03-01,Y,Y\n");
        List<RowError> errors = AfcarsImport.parse(files, new Fake()).report().errors();
        assertTrue(errors.stream().anyMatch(e -> e.row() == 1 && e.column().equals("maltreatment.csv: state_child_id")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.column().equals("maltreatment.csv: disposition")), errors.toString());
    }

    @Test
    void anIdBeyondTheLimitIsRefusedNamingTheColumn() {
        String longId = "X".repeat(41);
        List<RowError> errors = AfcarsImport.parse(new AfcarsFiles("child_id,date_of_birth,sex\n" + longId + ",2015-02-01,F\n",
                "child_id,episode_no,removal_date,discharge_date,discharge_reason\n",
                "child_id,episode_no,start_date,end_date,setting,provider_id,county_fips\n", null), new Fake()).report().errors();
        assertEquals("children.csv: child_id", errors.get(0).column(), errors.toString());
        assertEquals(2, errors.get(0).row());
    }

    @Test
    void aReImportClosesTheStoredEpisodeInsteadOfBeingRefused() {
        Fake fake = new Fake();
        fake.stored.put("S1", new StoredChild(500, new ExtractRows.Child(0, "S1", LocalDate.of(2015, 2, 1), Sex.FEMALE, "28049",
                "afcars:G7", "28071"),
                List.of(new ExtractRows.Stored<>(71, new ExtractRows.Episode(0, "S1", 1, REMOVAL, null, null))),
                List.of(new ExtractRows.Stored<>(81, new ExtractRows.Placement(0, "S1", 1, REMOVAL, null, Setting.FOSTER_HOME, 12L,
                        "28071"))), List.of()));
        AfcarsFiles files = new AfcarsFiles(CHILDREN_V2,
                "state_child_id,episode_no,removal_date,discharge_date,discharge_reason\n"
                        + "S1,1," + REMOVAL + ",2025-08-01,ADOPTION\nS2,1," + REMOVAL + ",2025-06-30,REUNIFICATION\n",
                "state_child_id,episode_no,start_date,end_date,setting,provider_id,county_fips\n"
                        + "S1,1," + REMOVAL + ",2025-08-01,FOSTER_HOME,12,28071\nS2,1," + REMOVAL + ",2025-06-30,KIN,,28049\n", null);
        AfcarsReport report = AfcarsImport.parse(files, fake).report();
        assertTrue(report.valid(), report.errors().toString());
        assertEquals(new AfcarsChanges(1, 1, 1, 1, 0, 1, 1, 0, 0, 0), report.changes());
    }

    @Test
    void aNewPlacementMayNotOverlapAStoredOneOfAnEpisodeTheExtractDoesNotSend() {
        Fake fake = new Fake();
        fake.stored.put("S2", new StoredChild(501, new ExtractRows.Child(0, "S2", LocalDate.of(2017, 5, 9), Sex.MALE, "28049",
                null, null),
                List.of(new ExtractRows.Stored<>(72, new ExtractRows.Episode(0, "S2", 2, REMOVAL.plusYears(1), null, null))),
                List.of(new ExtractRows.Stored<>(82, new ExtractRows.Placement(0, "S2", 2, REMOVAL.plusYears(1), null, Setting.KIN,
                        null, "28049"))), List.of()));
        AfcarsFiles files = new AfcarsFiles(CHILDREN_V2,
                "state_child_id,episode_no,removal_date,discharge_date,discharge_reason\nS1,1," + REMOVAL + ",,\nS2,1," + REMOVAL + ",,\n",
                "state_child_id,episode_no,start_date,end_date,setting,provider_id,county_fips\n"
                        + "S1,1," + REMOVAL + ",,FOSTER_HOME,12,28071\nS2,1," + REMOVAL + ",,KIN,,28049\n", null);
        List<RowError> errors = AfcarsImport.parse(files, fake).report().errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(3, errors.get(0).row());
        assertEquals("placements.csv: start_date", errors.get(0).column());
        assertTrue(errors.get(0).message().contains("stored placement"), errors.get(0).message());
    }

    @Test
    void aPlacementAProviderReportedIsLeftAloneAndMayNotBeOverlapped() {
        Fake fake = new Fake();
        // S1 came in on an intake with its state person id; the provider reported a placement from 1 March
        fake.stored.put("S1", new StoredChild(500, new ExtractRows.Child(0, "S1", LocalDate.of(2015, 2, 1), Sex.FEMALE, "28049",
                null, null),
                List.of(new ExtractRows.Stored<>(71, new ExtractRows.Episode(0, "S1", 1, REMOVAL, null, null))), List.of(), List.of(),
                List.of(new ExtractRows.Placement(0, "S1", 1, LocalDate.of(2025, 3, 1), null, Setting.GROUP_HOME, 12L, "28049"))));
        AfcarsFiles overlapping = formatTwo(CHILDREN_V2, null);
        List<RowError> errors = AfcarsImport.parse(overlapping, fake).report().errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(2, errors.get(0).row());
        assertTrue(errors.get(0).message().contains("a provider reported"), errors.get(0).message());

        AfcarsFiles before = new AfcarsFiles(CHILDREN_V2, overlapping.episodes(),
                "state_child_id,episode_no,start_date,end_date,setting,provider_id,county_fips\n"
                        + "S1,1," + REMOVAL + ",2025-03-01,FOSTER_HOME,12,28071\nS2,1," + REMOVAL + ",2025-06-30,KIN,,28049\n", null);
        AfcarsImport.Parsed parsed = AfcarsImport.parse(before, fake);
        assertTrue(parsed.report().valid(), parsed.report().errors().toString());
        ExtractReconciliation.Plan s1 = parsed.plans().get(0);
        assertTrue(s1.placementDeletes().isEmpty(), "the provider's placement is not the extract's to remove");
        assertEquals(1, s1.placementInserts().size());
    }
}
