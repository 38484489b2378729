package org.providernetwork.domain.shared;


import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A period of days, both days included: a contract's term, the window the indicators are computed over (normally 12
 * months). The one period type of the project; what kind of period a report names (federal fiscal year, calendar
 * year, free window) and the report's default are {@code outcome.ReportingPeriod}'s.
 */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        if (start == null || end == null) {
            throw new InvalidInputException("period", "a period has a start and an end date");
        }
        if (end.isBefore(start)) {
            throw new InvalidInputException("period", "the period ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** The 12 months starting on a day, e.g. 2023-10-01 to 2024-09-30 (a federal fiscal year). */
    public static Period twelveMonthsFrom(LocalDate start) {
        return new Period(start, start.plusMonths(12).minusDays(1));
    }

    /** The 12 months ending on a day. */
    public static Period twelveMonthsEnding(LocalDate end) {
        return new Period(end.plusDays(1).minusMonths(12), end);
    }

    /** The same window some years earlier: the entry cohorts whose 12- or 24-month follow-up is complete. */
    public Period minusYears(int years) {
        return new Period(start.minusYears(years), end.minusYears(years));
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Whether {@code other} lies wholly inside this period. */
    public boolean contains(Period other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(Period other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /** The day after the last day. */
    public LocalDate endExclusive() {
        return end.plusDays(1);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, endExclusive());
    }

    @Override
    public String toString() {
        return start + " to " + end;
    }
}
