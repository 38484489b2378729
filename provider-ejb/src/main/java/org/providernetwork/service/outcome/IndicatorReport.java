package org.providernetwork.service.outcome;

import java.time.LocalDate;
import java.util.List;

/** Indicator values for a period and a cut (who they are about). */
public record IndicatorReport(LocalDate from, LocalDate to, String region, String county, Long provider, Long lead,
                              Long contract, List<Value> indicators) {

    /**
     * One indicator: stable id, figures and unit ({@code value} is null when the denominator is empty);
     * {@code target} is the contract's target when one is set; {@code statewide} the same indicator for the whole
     * state over the same period, to compare a region, a lead's network or a provider with.
     */
    public record Value(String id, String label, long numerator, long denominator, Double value, String unit,
                        boolean higherIsBetter, Double target, Boolean meetsTarget, Double statewide) {

        /** Better than the state (true), worse (false), or no comparison (null: equal, or a figure missing). */
        public Boolean betterThanState() {
            if (value == null || statewide == null || value.equals(statewide)) {
                return null;
            }
            return higherIsBetter == value > statewide;
        }
    }

    /** The children (or offers) behind one indicator's numerator and denominator. */
    public record DrillDown(String id, String label, List<String> numerator, List<String> denominator) {
    }
}
