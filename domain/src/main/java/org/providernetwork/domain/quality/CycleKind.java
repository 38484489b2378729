package org.providernetwork.domain.quality;

/**
 * The kinds of review: a region's baseline when it begins implementing the practice model, the follow-up
 * about a year later, and interim reviews by peers or a county team between them.
 */
public enum CycleKind {
    BASELINE("Baseline"), FOLLOW_UP("Follow-up"), PEER("Interim (peer)"), COUNTY_TEAM("Interim (county team)");

    private final String label;

    CycleKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
