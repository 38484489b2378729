package org.providernetwork.service.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.providernetwork.domain.contract.Contract;
import org.providernetwork.domain.contract.ContractKind;
import org.providernetwork.domain.contract.ServiceLine;
import org.providernetwork.domain.contract.ServiceUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A request to draft a contract. The purchaser is the caller's organisation: the state agency for prime
 * and direct contracts, the caller's lead contractor for a subcontract (which names its prime contract).
 */
public record NewContract(@Size(max = Contract.NUMBER_LENGTH) String number, ContractKind kind, Long supplierId, Long primeId,
                          LocalDate start, LocalDate end, @Size(max = Contract.FUNDING_SOURCE_LENGTH) String fundingSource,
                          @DecimalMin("0") @DecimalMax(Contract.BUDGET_CEILING_MAX) @Digits(integer = 12, fraction = 2)
                          BigDecimal budgetCeiling, List<@Valid Line> lines) {

    /** One service line of the request. */
    public record Line(String serviceType, ServiceUnit unit,
                       @DecimalMax(ServiceLine.UNIT_RATE_MAX) @Digits(integer = 10, fraction = 2) BigDecimal unitRate,
                       @PositiveOrZero Integer fundedCapacity,
                       Set<String> counties) {
    }

    public NewContract {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
