package org.providernetwork.domain.demo;

import org.providernetwork.domain.account.PortalRole;
import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.network.OrganisationType;

import java.util.List;
import java.util.Set;

/**
 * A generated network. Organisations are referred to by a key; {@link #STATE_AGENCY_KEY} stands for the
 * state agency, which the schema itself creates.
 */
public record DemoNetwork(List<Organisation> organisations, List<Offering> offerings, List<User> users) {

    public static final String STATE_AGENCY_KEY = "state";

    public record Organisation(String key, String name, OrganisationType type, String leadRegionCode,
                               String headquartersCountyFips, Set<String> serviceRegionCodes, String city,
                               String phone, String email, String website) {
    }

    public record Offering(String providerKey, String serviceTypeCode, String name, String locationCountyFips,
                           List<String> servedCountyFips, List<String> needCodes, int minAge, int maxAge,
                           GendersServed genders, int maxSiblingGroup, boolean acceptsOutOfCounty,
                           int maximum, int available, int waitlist) {
    }

    public record User(String username, String displayName, String organisationKey, Set<PortalRole> roles) {
    }

    public DemoNetwork {
        organisations = List.copyOf(organisations);
        offerings = List.copyOf(offerings);
        users = List.copyOf(users);
    }

    public long count(OrganisationType type) {
        return organisations.stream().filter(o -> o.type() == type).count();
    }
}
