package org.providernetwork.domain.outcome;

import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.Period;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The indicators the engine computes, each under a stable id; {@link #indicator()} names the constant contracts
 * set targets on, where there is one. Definitions and sources: docs/indicators.md.
 */
public enum IndicatorDefinition {

    PERMANENCY_12M_ENTRIES("permanency-12m-entries", Indicator.PERMANENCY_12_ENTRIES,
            CohortRule.oneYearBack("Children entering care %1$s to %2$s")),
    PERMANENCY_12M_IN_CARE_12_23("permanency-12m-in-care-12-23", Indicator.PERMANENCY_12_23,
            CohortRule.samePeriod("Children in care 12-23 months on %1$s, exits to %2$s")),
    PERMANENCY_12M_IN_CARE_24PLUS("permanency-12m-in-care-24plus", Indicator.PERMANENCY_24_PLUS,
            CohortRule.samePeriod("Children in care 24 months or more on %1$s, exits to %2$s")),
    REENTRY_12M("reentry-12m", Indicator.REENTRY_12,
            CohortRule.twoYearsBack("Children entering care %1$s to %2$s and discharged within 12 months")),
    PLACEMENT_STABILITY("placement-stability", Indicator.PLACEMENT_STABILITY,
            CohortRule.samePeriod("Children entering care %1$s to %2$s, their days and moves to %2$s")),
    MALTREATMENT_IN_CARE("maltreatment-in-care", Indicator.MALTREATMENT_IN_CARE,
            CohortRule.samePeriod("Children in care %1$s to %2$s, their days in care in it")),
    RECURRENCE_12M("recurrence-12m", Indicator.RECURRENCE_12,
            CohortRule.oneYearBack("Victims of maltreatment reported %1$s to %2$s")),
    SERVED_AT_HOME("served-at-home", Indicator.SERVED_AT_HOME,
            CohortRule.samePeriod("Children served at home or in care %1$s to %2$s")),
    FAMILY_LIKE_SETTINGS("family-like-settings", Indicator.FAMILY_LIKE_SETTINGS,
            CohortRule.samePeriod(CohortRule.IN_CARE_ON_LAST_DAY)),
    PLACED_NEAR_HOME("placed-near-home", Indicator.PLACED_NEAR_HOME, CohortRule.samePeriod(CohortRule.IN_CARE_ON_LAST_DAY)),
    PLACED_IN_HOME_COUNTY("placed-in-home-county", Indicator.PLACED_IN_HOME_COUNTY,
            CohortRule.samePeriod(CohortRule.IN_CARE_ON_LAST_DAY)),
    SIBLINGS_TOGETHER("siblings-together", Indicator.SIBLINGS_TOGETHER,
            "Children in care with siblings in care, placed with all of them", CohortRule.samePeriod(CohortRule.IN_CARE_ON_LAST_DAY)),
    MEDIAN_DAYS_TO_PERMANENCY("median-days-to-permanency", Indicator.MEDIAN_DAYS_TO_PERMANENCY,
            CohortRule.samePeriod("Children discharged to permanency %1$s to %2$s")),
    OFFER_RESPONSE_ON_TIME("offer-response-on-time", Indicator.RESPONSE_ON_TIME,
            "Referral offers answered within the response window", CohortRule.samePeriod(CohortRule.OFFERS_MADE)),
    OFFER_DECLINE_RATE("offer-decline-rate", Indicator.OFFER_DECLINE_RATE, CohortRule.samePeriod(CohortRule.OFFERS_MADE)),
    OFFER_ACCEPTANCE("offer-acceptance", Indicator.REFERRAL_ACCEPTANCE, "Referral offers accepted",
            CohortRule.samePeriod(CohortRule.OFFERS_MADE));

    /**
     * How an indicator's cohort is drawn from a report's period, as the federal data profiles draw it: the indicators
     * that follow their children 12 or 24 months beyond their cohort take the cohort of one or two years before the
     * report's period (permanency in 12 months for children entering care and recurrence of maltreatment: one year;
     * re-entry: two years), so that the follow-up is complete; the others take the report's period itself.
     * {@code words} says who is counted, with the cohort's first ({@code %1$s}) and last ({@code %2$s}) day.
     */
    public record CohortRule(int yearsBack, String words) {

        static final String IN_CARE_ON_LAST_DAY = "Children in care on %2$s";
        static final String OFFERS_MADE = "Referral offers made %1$s to %2$s";

        public CohortRule {
            if (yearsBack < 0 || words == null || words.isBlank()) {
                throw new IllegalArgumentException("a cohort goes back zero or more years and says who it counts");
            }
        }

        static CohortRule samePeriod(String words) {
            return new CohortRule(0, words);
        }

        static CohortRule oneYearBack(String words) {
            return new CohortRule(1, words);
        }

        static CohortRule twoYearsBack(String words) {
            return new CohortRule(2, words);
        }

        /** The cohort period for a report's period. */
        public Period of(Period report) {
            return yearsBack == 0 ? report : report.minusYears(yearsBack);
        }

        /** Who the figure for a report's period counts, in words with the cohort's dates. */
        public String describe(Period report) {
            Period cohort = of(report);
            return String.format(java.util.Locale.ROOT, words, cohort.start(), cohort.end());
        }
    }

    private final String id;
    private final Indicator indicator;
    private final String label;
    private final CohortRule cohort;

    IndicatorDefinition(String id, Indicator indicator, CohortRule cohort) {
        this(id, indicator, indicator.getLabel(), cohort);
    }

    IndicatorDefinition(String id, Indicator indicator, String label, CohortRule cohort) {
        this.id = id;
        this.indicator = indicator;
        this.label = label;
        this.cohort = cohort;
    }

    /** How the indicator's cohort is drawn from a report's period. */
    public CohortRule cohort() {
        return cohort;
    }

    /** The period the indicator is computed over for a report's period (its cohort period). */
    public Period cohortPeriod(Period report) {
        return cohort.of(report);
    }

    /** Who the indicator counts for a report's period, in words with dates. */
    public String describeCohort(Period report) {
        return cohort.describe(report);
    }

    public String id() {
        return id;
    }

    /** The indicator contracts set targets on: label, unit and direction come from it. */
    public Indicator indicator() {
        return indicator;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return indicator.getUnit().getLabel();
    }

    public boolean higherIsBetter() {
        return indicator.isHigherBetter();
    }

    /** Whether the indicator counts referral offers (which carry a provider, no child and no placement). */
    public boolean countsOffers() {
        return this == OFFER_RESPONSE_ON_TIME || this == OFFER_DECLINE_RATE || this == OFFER_ACCEPTANCE;
    }

    /** Whether some definition computes the indicator: a contract can hold a target only on such an indicator. */
    public static boolean evaluates(Indicator indicator) {
        return Arrays.stream(values()).anyMatch(d -> d.indicator == indicator);
    }

    /** The definition of an id, or a clear error naming the valid ones. */
    public static IndicatorDefinition of(String id) {
        for (IndicatorDefinition definition : values()) {
            if (definition.id.equals(id)) {
                return definition;
            }
        }
        throw new InvalidInputException("indicator", "unknown indicator '" + id + "'; one of "
                + Arrays.stream(values()).map(IndicatorDefinition::id).collect(Collectors.joining(", ")));
    }
}
