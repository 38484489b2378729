package org.providernetwork.domain.referral;

/** Why a provider declines an offer. OTHER needs a note. */
public enum DeclineReason {
    AT_CAPACITY("At capacity"),
    OUTSIDE_SERVICE_AREA("Outside service area"),
    NOT_ELIGIBLE("Not eligible"),
    MISSING_DOCUMENTS("Missing documents"),
    OTHER("Other");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
