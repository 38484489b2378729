package org.providernetwork.domain.quality;

/** The stages of a region's implementation of the practice model, in order. */
public enum ImplementationStage {
    PLANNING("Planning"), INITIAL_IMPLEMENTATION("Initial implementation"), ONGOING("Ongoing");

    private final String label;

    ImplementationStage(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
