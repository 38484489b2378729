package org.providernetwork.domain.account;

/**
 * Role names as the security layer sees them (in {@code @RolesAllowed}, in Keycloak's {@code groups}
 * claim and in the portal's navigation). {@link PortalRole} carries the same names with their rules.
 */
public final class Roles {

    public static final String STATE_STAFF = "state-staff";
    public static final String REGIONAL_LEAD = "regional-lead";
    public static final String PROVIDER_ADMIN = "provider-admin";
    public static final String PROVIDER_STAFF = "provider-staff";
    public static final String CQI_REVIEWER = "cqi-reviewer";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
