package org.providernetwork.service.contract;

import org.providernetwork.domain.contract.ContractKind;
import org.providernetwork.domain.contract.ContractStatus;
import org.providernetwork.domain.contract.ServiceUnit;
import org.providernetwork.domain.contract.TargetDirection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A contract as the portal and API show it; {@code version} is its ETag. */
public record ContractView(long id, String number, ContractKind kind, ContractStatus status, long purchaserId,
                           String purchaserName, long supplierId, String supplierName, Long primeId, String primeNumber,
                           LocalDate start, LocalDate end, String fundingSource, BigDecimal budgetCeiling,
                           List<LineView> lines, List<TargetView> targets, List<AmendmentView> amendments,
                           String terminationReason, long version) {

    /** One performance target: indicator code and label, the figure, floor or ceiling, and the unit. */
    public record TargetView(String indicator, String label, BigDecimal target, TargetDirection direction, String unit) {
    }

    /** One service line. */
    public record LineView(String serviceType, ServiceUnit unit, BigDecimal unitRate, int fundedCapacity,
                           List<String> counties) {
    }

    /** One amendment. */
    public record AmendmentView(int number, String description, String before, String after, String by, Instant at) {
    }
}
