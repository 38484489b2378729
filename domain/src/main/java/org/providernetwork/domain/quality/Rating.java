package org.providernetwork.domain.quality;

/** How a reviewer rates one item of the instrument for one case. */
public enum Rating {
    STRENGTH("Strength"),
    NEEDS_WORK("Area needing improvement"),
    NOT_APPLICABLE("Not applicable");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
