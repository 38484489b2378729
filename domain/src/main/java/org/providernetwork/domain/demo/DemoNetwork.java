package org.providernetwork.domain.demo;

import org.providernetwork.domain.account.PortalRole;
import org.providernetwork.domain.contract.ContractKind;
import org.providernetwork.domain.contract.ServiceUnit;
import org.providernetwork.domain.contract.TargetDirection;
import org.providernetwork.domain.network.CredentialKind;
import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.outcome.Indicator;

import java.math.BigDecimal;

import java.util.List;
import java.util.Set;

/**
 * A generated network. Organisations are referred to by a key; {@link #STATE_AGENCY_KEY} stands for the
 * state agency, which the schema itself creates.
 */
public record DemoNetwork(List<Organisation> organisations, List<Offering> offerings, List<Contract> contracts,
                          List<User> users) {

    public static final String STATE_AGENCY_KEY = "state";

    public record Organisation(String key, String name, OrganisationType type, String leadRegionCode,
                               String headquartersCountyFips, Set<String> serviceRegionCodes, String city,
                               String phone, String email, String website) {
    }

    public record Offering(String providerKey, String serviceTypeCode, String name, String locationCountyFips,
                           List<String> servedCountyFips, List<String> needCodes, int minAge, int maxAge,
                           GendersServed genders, int maxSiblingGroup, boolean acceptsOutOfCounty,
                           int maximum, int available, int waitlist, String description, List<String> languages,
                           List<Credential> credentials) {
    }

    /** A licence or accreditation, expiring a number of days after the day the network is loaded. */
    public record Credential(CredentialKind kind, String issuer, String identifier, int expiresInDays) {
    }

    /**
     * An active contract; its period runs from {@code startOffsetDays} to {@code endOffsetDays} counted
     * from the day the network is loaded, so that expiry alerts show whatever the day.
     */
    public record Contract(String number, ContractKind kind, String purchaserKey, String supplierKey, String primeNumber,
                           int startOffsetDays, int endOffsetDays, String fundingSource, BigDecimal budgetCeiling,
                           List<Line> lines, List<Target> targets) {
    }

    public record Line(String serviceTypeCode, ServiceUnit unit, BigDecimal unitRate, int fundedCapacity,
                       List<String> countyFips) {
    }

    public record Target(Indicator indicator, BigDecimal target, TargetDirection direction) {
    }

    public record User(String username, String displayName, String organisationKey, Set<PortalRole> roles) {
    }

    public DemoNetwork {
        organisations = List.copyOf(organisations);
        offerings = List.copyOf(offerings);
        contracts = List.copyOf(contracts);
        users = List.copyOf(users);
    }

    public long count(OrganisationType type) {
        return organisations.stream().filter(o -> o.type() == type).count();
    }
}
