package org.providernetwork.service.outcome;

import org.providernetwork.domain.outcome.DischargeReason;
import org.providernetwork.domain.outcome.Disposition;
import org.providernetwork.domain.outcome.Setting;
import org.providernetwork.domain.outcome.Sex;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The rows of an outcome extract once checked, typed, each with the row it came from (0 for a row read from the
 * store). {@code child} is the state's child id as the extract writes it.
 */
final class ExtractRows {

    private ExtractRows() {
    }

    /** A child; {@code siblingGroup} as stored ({@code afcars:<group>}); counties are five-digit FIPS codes. */
    record Child(int row, String id, LocalDate birth, Sex sex, String homeCounty, String siblingGroup, String removalCounty) {

        boolean sameAs(Child o) {
            return birth.equals(o.birth) && sex == o.sex && Objects.equals(homeCounty, o.homeCounty)
                    && Objects.equals(siblingGroup, o.siblingGroup) && Objects.equals(removalCounty, o.removalCounty);
        }
    }

    record Episode(int row, String child, int no, LocalDate removal, LocalDate discharge, DischargeReason reason) {

        boolean sameAs(Episode o) {
            return no == o.no && removal.equals(o.removal) && Objects.equals(discharge, o.discharge) && reason == o.reason;
        }
    }

    record Placement(int row, String child, int episode, LocalDate start, LocalDate end, Setting setting, Long provider,
                     String county) {

        boolean sameAs(Placement o) {
            return episode == o.episode && start.equals(o.start) && Objects.equals(end, o.end) && setting == o.setting
                    && Objects.equals(provider, o.provider) && Objects.equals(county, o.county);
        }
    }

    /** A maltreatment report; format 1 has neither a report id nor a disposition, only whether it was substantiated. */
    record Report(int row, String child, String reportId, LocalDate date, boolean substantiated, Disposition disposition,
                  boolean inCare) {

        boolean sameAs(Report o) {
            return Objects.equals(reportId, o.reportId) && date.equals(o.date) && substantiated == o.substantiated
                    && disposition == o.disposition && inCare == o.inCare;
        }
    }

    /** A row as stored, with its database id. */
    record Stored<T>(long id, T row) {
    }
}
