package org.providernetwork.domain.matching;

/** A child's gender as matching sees it. {@link #OTHER} fits only offerings that serve any gender. */
public enum Gender {
    FEMALE("female"), MALE("male"), OTHER("other");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
