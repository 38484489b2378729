package org.providernetwork.domain.outcome;

import org.providernetwork.domain.shared.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;

/**
 * The measures contracts set targets on and scorecards report: the federal statewide data indicators
 * and the network's own referral measures. Each knows its unit and which way is better.
 */
public enum Indicator {

    PERMANENCY_12_ENTRIES("Permanency in 12 months (entries)", Unit.PERCENT, true),
    PERMANENCY_12_23("Permanency in 12 months (in care 12-23 months)", Unit.PERCENT, true),
    PERMANENCY_24_PLUS("Permanency in 12 months (in care 24+ months)", Unit.PERCENT, true),
    REENTRY_12("Re-entry to care within 12 months", Unit.PERCENT, false),
    PLACEMENT_STABILITY("Placement moves per 1,000 days in care", Unit.RATE_PER_1000_DAYS, false),
    MALTREATMENT_IN_CARE("Maltreatment in care per 100,000 days", Unit.RATE_PER_100000_DAYS, false),
    RECURRENCE_12("Recurrence of maltreatment within 12 months", Unit.PERCENT, false),
    REFERRAL_ACCEPTANCE("Referrals accepted", Unit.PERCENT, true),
    RESPONSE_ON_TIME("Referrals answered within the response window", Unit.PERCENT, true),
    PLACED_IN_HOME_COUNTY("Children placed in their home county", Unit.PERCENT, true),
    SIBLINGS_TOGETHER("Sibling groups placed together", Unit.PERCENT, true),
    SERVED_AT_HOME("Children served at home", Unit.PERCENT, true),
    FAMILY_LIKE_SETTINGS("Children in care placed in family-like settings", Unit.PERCENT, true),
    PLACED_NEAR_HOME("Children in care placed in or near their home county", Unit.PERCENT, true),
    MEDIAN_DAYS_TO_PERMANENCY("Median days to permanency", Unit.DAYS, false),
    OFFER_DECLINE_RATE("Referral offers declined", Unit.PERCENT, false);

    /** What a value of the indicator counts. */
    public enum Unit {
        PERCENT("%"), RATE_PER_1000_DAYS("per 1,000 days"), RATE_PER_100000_DAYS("per 100,000 days"), DAYS("days");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    private final String label;
    private final Unit unit;
    private final boolean higherIsBetter;

    Indicator(String label, Unit unit, boolean higherIsBetter) {
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    public String getLabel() {
        return label;
    }

    public Unit getUnit() {
        return unit;
    }

    public boolean isHigherBetter() {
        return higherIsBetter;
    }

    public String getCode() {
        return name();
    }

    /** The indicator of a code, or a clear error naming the valid ones. */
    public static Indicator of(String code) {
        if (code != null) {
            String wanted = code.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Indicator indicator : values()) {
                if (indicator.name().equals(wanted)) {
                    return indicator;
                }
            }
        }
        throw new InvalidInputException("indicator", "unknown indicator '" + code + "'; one of "
                + Arrays.toString(values()));
    }
}
