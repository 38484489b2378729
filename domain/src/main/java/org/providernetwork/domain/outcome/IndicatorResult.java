package org.providernetwork.domain.outcome;

import java.util.List;

/**
 * The value of one indicator for one period and cut, with the children behind it.
 *
 * <p>Percentages: numerator and denominator count children and {@code value} is a percentage. Rates: the numerator
 * counts events (moves, victimisations), the denominator days in care, and {@code value} is events per 1,000 or
 * 100,000 days. The median: the numerator is the total of the days, the denominator the number of children and
 * {@code value} the median in days. When the denominator is 0 the value is 0 and {@link #hasValue()} is false.
 *
 * @param numeratorChildren   ids of the children counted in the numerator, sorted (offer measures: offer keys,
 *                            by provider, then time)
 * @param denominatorChildren ids of the children counted in the denominator, sorted (offer measures: as above)
 */
public record IndicatorResult(String id, String label, long numerator, long denominator, double value, String unit,
                              boolean higherIsBetter, List<String> numeratorChildren,
                              List<String> denominatorChildren) {

    public IndicatorResult {
        numeratorChildren = List.copyOf(numeratorChildren);
        denominatorChildren = List.copyOf(denominatorChildren);
    }

    /** Whether anything was counted: an empty denominator has no value. */
    public boolean hasValue() {
        return denominator > 0;
    }
}
