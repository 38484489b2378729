package org.providernetwork.domain.outcome;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A maltreatment report naming the child as an alleged victim. A substantiated report is one victimisation:
 * several records for a child on one report date are one report, unless they carry distinct report ids.
 *
 * @param substantiated substantiated or indicated
 * @param inCare        what the investigation system says; the engine decides "in care" from the episode dates
 * @param reportId      the investigation system's id of the report, or {@code null} when it is not known
 */
public record Maltreatment(String childId, LocalDate reportDate, boolean substantiated, boolean inCare,
                          String reportId) {

    public Maltreatment {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(reportDate, "reportDate");
        reportId = reportId == null || reportId.isBlank() ? null : reportId.trim();
    }

    /** A report without a report id: records on the same date for the child count as one report. */
    public Maltreatment(String childId, LocalDate reportDate, boolean substantiated, boolean inCare) {
        this(childId, reportDate, substantiated, inCare, null);
    }
}
