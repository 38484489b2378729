package org.providernetwork.domain.matching;

/**
 * What ranks a candidate. {@link #LEVEL_OF_CARE} comes first and gives no points: candidates are ordered by
 * level of care (least restrictive first, kin first when asked) before their score. Each other factor is
 * weighted: it gives a fraction between 0 and 1 that is multiplied by its weight ({@link MatchWeights}); the
 * score is the sum. {@link #configKey()} is the key of the weight in configuration.
 */
public enum Factor {
    /**
     * The offering's level of care: ranks before the score, the least restrictive level first (kin, when kin
     * first is asked, before every other). Not weighted: no key in configuration, no points.
     */
    LEVEL_OF_CARE(null, "Level of care"),
    /** Closeness: 1 at the home county's centroid, falling linearly to 0 at the distance scale. */
    DISTANCE("distance", "Distance from home county"),
    /** Share of the sibling group the offering can keep together (when keeping them together is asked). */
    SIBLINGS_TOGETHER("siblings", "Keeps siblings together"),
    /** Located in the home county (when staying in the home county is asked). */
    HOME_COUNTY("home-county", "In the home county"),
    /** Located in the school's county (when a school county is given). */
    SCHOOL_COUNTY("school-county", "In the school's county"),
    /** Share of the actionable needs (rated 2-3) whose specialised population the offering serves. */
    SPECIALISATION("specialisation", "Serves the actionable needs"),
    /** In the network of the lead that routes the referral. */
    OWN_NETWORK("own-network", "In the lead's own network"),
    /** Share of referrals the provider accepted, once outcomes exist. */
    ACCEPTANCE("acceptance", "Acceptance rate"),
    /** Placement stability (few moves per 1,000 days), once outcomes exist. */
    STABILITY("stability", "Placement stability");

    private final String configKey;
    private final String label;

    Factor(String configKey, String label) {
        this.configKey = configKey;
        this.label = label;
    }

    /** Key of this factor's weight in configuration; {@code null} for {@link #LEVEL_OF_CARE}, which has none. */
    public String configKey() {
        return configKey;
    }

    /** Whether the factor adds points to the score (every factor but {@link #LEVEL_OF_CARE}). */
    public boolean scored() {
        return configKey != null;
    }

    /** Short text for users. */
    public String label() {
        return label;
    }
}
