package org.providernetwork.domain.network;

/**
 * What part an organisation plays in the network. This is a closed set on purpose: tenancy, contracts
 * and matching behave differently for each, so code (not data) decides what each type may do.
 */
public enum OrganisationType {
    STATE_AGENCY("State agency"),
    LEAD_CONTRACTOR("Lead contractor"),
    LOCAL_PROVIDER("Subcontracted local provider"),
    STATEWIDE_PROVIDER("Statewide preferred provider");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean isProvider() {
        return this == LOCAL_PROVIDER || this == STATEWIDE_PROVIDER;
    }

    /** Parses a type by its name, case-insensitively; {@code null} for an unknown name. */
    public static OrganisationType parse(String value) {
        if (value == null) {
            return null;
        }
        String wanted = value.trim().replace('-', '_');
        for (OrganisationType type : values()) {
            if (type.name().equalsIgnoreCase(wanted)) {
                return type;
            }
        }
        return null;
    }
}
