package org.providernetwork.domain.quality;

/**
 * The kinds of review: a region's baseline when it begins implementing the practice model, the follow-up
 * about a year later, and interim reviews by peers or a county team between them.
 * <p>Quality assurance is a regional responsibility: the region's lead plans and runs its interim
 * reviews with its own reviewers; the state keeps the baseline and the follow-up, which measure the
 * region from outside.
 */
public enum CycleKind {
    BASELINE("Baseline", false), FOLLOW_UP("Follow-up", false), PEER("Interim (peer)", true),
    COUNTY_TEAM("Interim (county team)", true);

    private final String label;
    private final boolean regional;

    CycleKind(String label, boolean regional) {
        this.label = label;
        this.regional = regional;
    }

    /** Whether the region's lead plans and runs reviews of this kind (the state runs every kind). */
    public boolean isRegional() {
        return regional;
    }

    public String getLabel() {
        return label;
    }
}
