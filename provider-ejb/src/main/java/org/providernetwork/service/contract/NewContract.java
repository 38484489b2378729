package org.providernetwork.service.contract;

import org.providernetwork.domain.contract.ContractKind;
import org.providernetwork.domain.contract.ServiceUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A request to draft a contract. The purchaser is the caller's organisation: the state agency for prime
 * and direct contracts, the caller's lead contractor for a subcontract (which names its prime contract).
 */
public record NewContract(String number, ContractKind kind, Long supplierId, Long primeId, LocalDate start,
                          LocalDate end, String fundingSource, BigDecimal budgetCeiling, List<Line> lines) {

    /** One service line of the request. */
    public record Line(String serviceType, ServiceUnit unit, BigDecimal unitRate, Integer fundedCapacity,
                       Set<String> counties) {
    }

    public NewContract {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
