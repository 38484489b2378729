package org.providernetwork.domain.outcome;

import org.providernetwork.domain.shared.InvalidInputException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The indicators the engine computes, each under a stable id; {@link #indicator()} names the constant contracts
 * set targets on, where there is one. Definitions and sources: docs/indicators.md.
 */
public enum IndicatorDefinition {

    PERMANENCY_12M_ENTRIES("permanency-12m-entries", Indicator.PERMANENCY_12_ENTRIES),
    PERMANENCY_12M_IN_CARE_12_23("permanency-12m-in-care-12-23", Indicator.PERMANENCY_12_23),
    PERMANENCY_12M_IN_CARE_24PLUS("permanency-12m-in-care-24plus", Indicator.PERMANENCY_24_PLUS),
    REENTRY_12M("reentry-12m", Indicator.REENTRY_12),
    PLACEMENT_STABILITY("placement-stability", Indicator.PLACEMENT_STABILITY),
    MALTREATMENT_IN_CARE("maltreatment-in-care", Indicator.MALTREATMENT_IN_CARE),
    RECURRENCE_12M("recurrence-12m", Indicator.RECURRENCE_12),
    SERVED_AT_HOME("served-at-home", Indicator.SERVED_AT_HOME),
    FAMILY_LIKE_SETTINGS("family-like-settings", Indicator.FAMILY_LIKE_SETTINGS),
    PLACED_NEAR_HOME("placed-near-home", Indicator.PLACED_NEAR_HOME),
    PLACED_IN_HOME_COUNTY("placed-in-home-county", Indicator.PLACED_IN_HOME_COUNTY),
    SIBLINGS_TOGETHER("siblings-together", Indicator.SIBLINGS_TOGETHER,
            "Children in care with siblings in care, placed with all of them"),
    MEDIAN_DAYS_TO_PERMANENCY("median-days-to-permanency", Indicator.MEDIAN_DAYS_TO_PERMANENCY),
    OFFER_RESPONSE_ON_TIME("offer-response-on-time", Indicator.RESPONSE_ON_TIME,
            "Referral offers answered within the response window"),
    OFFER_DECLINE_RATE("offer-decline-rate", Indicator.OFFER_DECLINE_RATE),
    OFFER_ACCEPTANCE("offer-acceptance", Indicator.REFERRAL_ACCEPTANCE, "Referral offers accepted");

    private final String id;
    private final Indicator indicator;
    private final String label;

    IndicatorDefinition(String id, Indicator indicator) {
        this(id, indicator, indicator.getLabel());
    }

    IndicatorDefinition(String id, Indicator indicator, String label) {
        this.id = id;
        this.indicator = indicator;
        this.label = label;
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
