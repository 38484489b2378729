package org.providernetwork.service.outcome;

import org.providernetwork.domain.outcome.ReportingPeriod;

import java.time.LocalDate;
import java.util.List;

/**
 * Indicator values for a period and a cut (who they are about). {@code period} is the code of a federal fiscal or
 * calendar year ({@code FFY2026}, {@code CY2025}; null for a free window), {@code periodKind} what kind of period it is
 * and {@code periodLabel} the period in words with its dates.
 */
public record IndicatorReport(LocalDate from, LocalDate to, String period, ReportingPeriod.Kind periodKind,
                              String periodLabel, String region, String county, Long provider, Long lead,
                              Long contract, List<Value> indicators) {

    /**
     * One indicator: stable id, figures and unit ({@code value} is null when the denominator is empty);
     * {@code target} is the contract's target when one is set; {@code statewide} the same indicator for the whole
     * state over the same period, to compare a region, a lead's network or a provider with. {@code cohortFrom} to
     * {@code cohortTo} is the cohort period the figure follows (a year or two before the report's period for the
     * indicators whose follow-up reaches beyond it) and {@code cohort} says in words who is counted, with those dates.
     */
    public record Value(String id, String label, long numerator, long denominator, Double value, String unit,
                        boolean higherIsBetter, Double target, Boolean meetsTarget, Double statewide,
                        LocalDate cohortFrom, LocalDate cohortTo, String cohort) {

        /** Better than the state (true), worse (false), or no comparison (null: equal, or a figure missing). */
        public Boolean betterThanState() {
            if (value == null || statewide == null || value.equals(statewide)) {
                return null;
            }
            return higherIsBetter == value > statewide;
        }
    }

    /** The children (or offers) behind one indicator's numerator and denominator, and the cohort they are drawn from. */
    public record DrillDown(String id, String label, LocalDate cohortFrom, LocalDate cohortTo, String cohort,
                            List<String> numerator, List<String> denominator) {
    }
}
