package org.providernetwork.domain.outcome;

/**
 * Which part of the state an indicator is computed for; every field set must match ({@code null} = any).
 * Region and county follow the child's home county; provider, lead and contract follow the placement (see
 * docs/indicators.md for which placement each indicator looks at).
 */
public record Cut(String region, String county, Long provider, Long lead, Long contract) {

    /** The whole state. */
    public static final Cut STATE = new Cut(null, null, null, null, null);

    public static Cut region(String region) {
        return new Cut(region, null, null, null, null);
    }

    public static Cut county(String countyFips) {
        return new Cut(null, countyFips, null, null, null);
    }

    public static Cut provider(long providerId) {
        return new Cut(null, null, providerId, null, null);
    }

    public static Cut lead(long leadId) {
        return new Cut(null, null, null, leadId, null);
    }

    public static Cut contract(long contractId) {
        return new Cut(null, null, null, null, contractId);
    }

    public boolean isGeographic() {
        return region != null || county != null;
    }

    public boolean isOrganisational() {
        return provider != null || lead != null || contract != null;
    }

    public boolean isState() {
        return !isGeographic() && !isOrganisational();
    }
}
