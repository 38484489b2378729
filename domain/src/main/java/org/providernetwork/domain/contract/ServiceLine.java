package org.providernetwork.domain.contract;

import org.providernetwork.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What a contract buys: a service type, its unit and rate, the places it funds and the counties it covers.
 */
public record ServiceLine(String serviceTypeCode, ServiceUnit unit, BigDecimal unitRate, int fundedCapacity,
                          Set<String> countyFips) {

    public ServiceLine {
        if (serviceTypeCode == null || serviceTypeCode.isBlank()) {
            throw new InvalidInputException("lines", "a service line names its service type");
        }
        if (unit == null) {
            throw new InvalidInputException("lines", "a service line names its unit (day, session, hour, case)");
        }
        if (unitRate == null || unitRate.signum() <= 0) {
            throw new InvalidInputException("lines", "the unit rate of " + serviceTypeCode + " must be more than zero");
        }
        if (fundedCapacity < 0) {
            throw new InvalidInputException("lines", "funded capacity cannot be negative");
        }
        if (countyFips == null || countyFips.isEmpty()) {
            throw new InvalidInputException("lines", "the line for " + serviceTypeCode + " covers at least one county");
        }
        countyFips = Set.copyOf(countyFips);
    }

    public boolean covers(String serviceType, String county) {
        return serviceTypeCode.equals(serviceType) && countyFips.contains(county);
    }
}
