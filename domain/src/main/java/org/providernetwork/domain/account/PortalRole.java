package org.providernetwork.domain.account;

import org.providernetwork.domain.network.OrganisationType;

import java.util.EnumSet;
import java.util.Set;

/** The portal's roles, and which kind of organisation a holder of each role must belong to. */
public enum PortalRole {
    STATE_STAFF(Roles.STATE_STAFF, "State resource staff", EnumSet.of(OrganisationType.STATE_AGENCY)),
    REGIONAL_LEAD(Roles.REGIONAL_LEAD, "Regional lead", EnumSet.of(OrganisationType.LEAD_CONTRACTOR)),
    PROVIDER_ADMIN(Roles.PROVIDER_ADMIN, "Provider administrator",
            EnumSet.of(OrganisationType.LOCAL_PROVIDER, OrganisationType.STATEWIDE_PROVIDER)),
    PROVIDER_STAFF(Roles.PROVIDER_STAFF, "Provider staff",
            EnumSet.of(OrganisationType.LOCAL_PROVIDER, OrganisationType.STATEWIDE_PROVIDER)),
    CQI_REVIEWER(Roles.CQI_REVIEWER, "CQI reviewer", EnumSet.of(OrganisationType.STATE_AGENCY)),
    AUDITOR(Roles.AUDITOR, "Auditor", EnumSet.of(OrganisationType.STATE_AGENCY));

    private final String code;
    private final String label;
    private final Set<OrganisationType> organisationTypes;

    PortalRole(String code, String label, Set<OrganisationType> organisationTypes) {
        this.code = code;
        this.label = label;
        this.organisationTypes = organisationTypes;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public boolean fits(OrganisationType type) {
        return organisationTypes.contains(type);
    }

    public static PortalRole ofCode(String code) {
        for (PortalRole role : values()) {
            if (role.code.equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown portal role " + code);
    }
}
