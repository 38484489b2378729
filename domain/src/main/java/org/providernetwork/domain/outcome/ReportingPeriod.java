package org.providernetwork.domain.outcome;

import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.Limits;
import org.providernetwork.domain.shared.Period;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report names, and what kind of period it is: a federal fiscal year (1 October to 30 September,
 * named by the year it ends in: FFY2026 is 2025-10-01 to 2026-09-30), a calendar year, or a free window (the 12
 * months ending on a day, or any other from/to). Federal reporting uses the fixed 12-month periods; free windows
 * stay possible and are labelled as such. The indicators are computed over {@link #period()}, each over its own
 * cohort period ({@link IndicatorDefinition#cohortPeriod}).
 */
public record ReportingPeriod(Kind kind, Period period) {

    /** The field a period is asked for by (the API's query parameter and the problem it answers). */
    public static final String FIELD = "period";

    /** The first and last federal fiscal or calendar year a report can name (its days within the input limits). */
    public static final int FIRST_YEAR = Limits.EARLIEST_DATE.getYear() + 1;
    public static final int LAST_YEAR = Limits.LATEST_DATE.getYear();

    /** How many years before the current one a report's page offers to choose from. */
    public static final int YEARS_OFFERED = 10;

    /** The month a federal fiscal year starts in (October of the year before the one it is named by). */
    public static final Month FISCAL_YEAR_START = Month.OCTOBER;

    private static final Pattern CODE = Pattern.compile("(FFY|CY)(\\d{4})");

    /** The kinds of period, with the words a reader sees. */
    public enum Kind {
        FEDERAL_FISCAL_YEAR("Federal fiscal year"),
        CALENDAR_YEAR("Calendar year"),
        TWELVE_MONTHS_ENDING("12 months ending"),
        CUSTOM("Custom window");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }

        /** A fixed federal 12-month period (fiscal or calendar year), as opposed to a free window. */
        public boolean isFixed() {
            return this == FEDERAL_FISCAL_YEAR || this == CALENDAR_YEAR;
        }
    }

    public ReportingPeriod {
        if (kind == null || period == null) {
            throw new InvalidInputException(FIELD, "a reporting period has a kind and dates");
        }
    }

    /** Federal fiscal year {@code year}: 1 October of the year before to 30 September of {@code year}. */
    public static ReportingPeriod federalFiscalYear(int year) {
        checkYear(year);
        return new ReportingPeriod(Kind.FEDERAL_FISCAL_YEAR,
                new Period(LocalDate.of(year - 1, FISCAL_YEAR_START, 1), LocalDate.of(year, Month.SEPTEMBER, 30)));
    }

    /** Calendar year {@code year}: 1 January to 31 December. */
    public static ReportingPeriod calendarYear(int year) {
        checkYear(year);
        return new ReportingPeriod(Kind.CALENDAR_YEAR,
                new Period(LocalDate.of(year, Month.JANUARY, 1), LocalDate.of(year, Month.DECEMBER, 31)));
    }

    /** The 12 months ending on a day (both days included). */
    public static ReportingPeriod twelveMonthsEnding(LocalDate end) {
        return new ReportingPeriod(Kind.TWELVE_MONTHS_ENDING, Period.twelveMonthsEnding(end));
    }

    /** The federal fiscal year a day falls in: 2025-10-01 and 2026-09-30 are both in FFY2026. */
    public static int federalFiscalYearOf(LocalDate day) {
        return day.getMonthValue() >= FISCAL_YEAR_START.getValue() ? day.getYear() + 1 : day.getYear();
    }

    /**
     * The latest federal fiscal year that is over on {@code today}: its last day (30 September) is before today.
     * On 2026-09-30 that is FFY2025 (FFY2026 still has today to run), from 2026-10-01 on FFY2026.
     */
    public static ReportingPeriod latestCompleteFederalFiscalYear(LocalDate today) {
        return federalFiscalYear(federalFiscalYearOf(today) - 1);
    }

    /**
     * The period a report covers when none is asked for: the latest complete federal fiscal year, as the federal
     * data profiles report. The API, the services and the portal's pages all start from this one.
     */
    public static ReportingPeriod reportingDefault(LocalDate today) {
        return latestCompleteFederalFiscalYear(today);
    }

    /**
     * A from/to window, named for what it is: a federal fiscal or calendar year when its dates are exactly one,
     * the 12 months ending on {@code to} when it spans exactly those, a custom window otherwise.
     */
    public static ReportingPeriod of(LocalDate from, LocalDate to) {
        Period window = new Period(from, to);
        int fiscal = federalFiscalYearOf(to);
        if (inYears(fiscal) && federalFiscalYear(fiscal).period().equals(window)) {
            return federalFiscalYear(fiscal);
        }
        if (inYears(to.getYear()) && calendarYear(to.getYear()).period().equals(window)) {
            return calendarYear(to.getYear());
        }
        if (Period.twelveMonthsEnding(to).equals(window)) {
            return new ReportingPeriod(Kind.TWELVE_MONTHS_ENDING, window);
        }
        return new ReportingPeriod(Kind.CUSTOM, window);
    }

    /**
     * A fixed period by its code: {@code FFY2026} (federal fiscal year 2026) or {@code CY2025} (calendar year 2025),
     * upper or lower case. Anything else is refused naming the field {@code period}.
     */
    public static ReportingPeriod parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidInputException(FIELD, "unknown period '" + (code == null ? "" : Limits.shorten(code))
                    + "': FFY followed by a federal fiscal year (FFY2026: 2025-10-01 to 2026-09-30) or CY followed by a"
                    + " calendar year (CY2025)");
        }
        int year = Integer.parseInt(m.group(2));
        return m.group(1).equals("FFY") ? federalFiscalYear(year) : calendarYear(year);
    }

    /**
     * The period a report asks for: a fixed period by its code, or a from/to window, or the default. A code and dates
     * together are refused (naming {@code period}); with dates only, a missing {@code to} is today and a missing
     * {@code from} the start of the 12 months ending on {@code to}.
     */
    public static ReportingPeriod resolve(String code, LocalDate from, LocalDate to, LocalDate today) {
        if (code != null && !code.isBlank()) {
            if (from != null || to != null) {
                throw new InvalidInputException(FIELD, "give either a period (FFY2026, CY2025) or from/to dates, not both");
            }
            return parse(code);
        }
        if (from == null && to == null) {
            return reportingDefault(today);
        }
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? Period.twelveMonthsEnding(end).start() : from;
        if (end.isBefore(start)) {
            throw new InvalidInputException(to == null ? "from" : "to", "the period ends (" + end + ") before it starts ("
                    + start + ")");
        }
        return of(start, end);
    }

    /** The code of a fixed period ({@code FFY2026}, {@code CY2025}); null for a free window. */
    public String code() {
        return switch (kind) {
            case FEDERAL_FISCAL_YEAR -> "FFY" + period.end().getYear();
            case CALENDAR_YEAR -> "CY" + period.end().getYear();
            default -> null;
        };
    }

    /**
     * The period in words, with its dates: "Federal fiscal year 2026 (2025-10-01 to 2026-09-30)", "Calendar year
     * 2025 (…)", "12 months ending 2026-06-30 (2025-07-01 to 2026-06-30)", "Custom window 2026-01-01 to 2026-03-31".
     */
    public String label() {
        return switch (kind) {
            case FEDERAL_FISCAL_YEAR, CALENDAR_YEAR -> kind.getLabel() + " " + period.end().getYear() + " (" + period + ")";
            case TWELVE_MONTHS_ENDING -> kind.getLabel() + " " + period.end() + " (" + period + ")";
            case CUSTOM -> kind.getLabel() + " " + period;
        };
    }

    public LocalDate from() {
        return period.start();
    }

    public LocalDate to() {
        return period.end();
    }

    private static boolean inYears(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    private static void checkYear(int year) {
        if (!inYears(year)) {
            throw new InvalidInputException(FIELD, "a year between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }
}
