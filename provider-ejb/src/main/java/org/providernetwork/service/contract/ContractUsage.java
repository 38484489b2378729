package org.providernetwork.service.contract;

import org.providernetwork.domain.contract.ServiceUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How much of a contract is used: per service line the places in use beside the funded places and the units
 * delivered with what they cost; for the contract, the spend beside its budget ceiling and beside the share of its
 * period gone by (spending ahead of time shows as a spend share above the elapsed share). For a prime contract
 * the units delivered under its active subcontracts count on the prime's line of the same service.
 */
public record ContractUsage(long contractId, String number, LocalDate start, LocalDate end, BigDecimal budgetCeiling,
                            BigDecimal spent, double spentPercent, double elapsedPercent, List<LineUsage> lines) {

    public record LineUsage(long lineId, String serviceType, ServiceUnit unit, BigDecimal unitRate, int fundedPlaces,
                            long placesInUse, BigDecimal units, BigDecimal spent) {

        public long usePercent() {
            return fundedPlaces <= 0 ? 0 : Math.round(placesInUse * 100.0 / fundedPlaces);
        }
    }

    /** Spending ahead of the calendar: more of the budget spent than of the period gone by (by 10 points). */
    public boolean ahead() {
        return spentPercent > elapsedPercent + 10;
    }
}
