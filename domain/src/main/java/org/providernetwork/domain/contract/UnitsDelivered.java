package org.providernetwork.domain.contract;

import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Units of a contract line's service delivered on one day (days of care, sessions, hours or cases), and what they
 * cost at the line's unit rate. Checked against the contract's period, the day the service began and today.
 */
public record UnitsDelivered(LocalDate deliveredOn, BigDecimal units, BigDecimal amount) {

    /** More than this many units in one report is a typing error rather than a delivery. */
    public static final BigDecimal MOST_UNITS = new BigDecimal("10000");

    public static UnitsDelivered of(LocalDate deliveredOn, BigDecimal units, Period contractPeriod, BigDecimal unitRate,
                                    LocalDate servedFrom, LocalDate today) {
        if (deliveredOn == null) {
            throw new InvalidInputException("deliveredOn", "a date such as " + today);
        }
        if (deliveredOn.isAfter(today)) {
            throw new InvalidInputException("deliveredOn", deliveredOn + " is in the future; report units once delivered");
        }
        if (!contractPeriod.includes(deliveredOn)) {
            throw new InvalidInputException("deliveredOn", "the contract runs " + contractPeriod + "; " + deliveredOn
                    + " is outside it");
        }
        if (servedFrom != null && deliveredOn.isBefore(servedFrom)) {
            throw new InvalidInputException("deliveredOn", "the service began on " + servedFrom + "; units cannot be earlier");
        }
        if (units == null || units.signum() <= 0) {
            throw new InvalidInputException("units", "a positive number of units");
        }
        if (units.compareTo(MOST_UNITS) > 0) {
            throw new InvalidInputException("units", "at most " + MOST_UNITS.toPlainString() + " units in one report");
        }
        if (units.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("units", "at most two decimals");
        }
        return new UnitsDelivered(deliveredOn, units.setScale(2, RoundingMode.UNNECESSARY),
                units.multiply(unitRate).setScale(2, RoundingMode.HALF_UP));
    }
}
