package org.providernetwork.service.outcome;

import java.time.LocalDate;
import java.util.List;

/** Indicator values for a period and a cut (who they are about). */
public record IndicatorReport(LocalDate from, LocalDate to, String region, String county, Long provider, Long lead,
                              Long contract, List<Value> indicators) {

    /**
     * One indicator: stable id, figures and unit ({@code value} is null when the denominator is empty);
     * {@code target} is the contract's target when one is set.
     */
    public record Value(String id, String label, long numerator, long denominator, Double value, String unit,
                        boolean higherIsBetter, Double target, Boolean meetsTarget) {
    }

    /** The children (or offers) behind one indicator's numerator and denominator. */
    public record DrillDown(String id, String label, List<String> numerator, List<String> denominator) {
    }
}
