package org.providernetwork.domain.referral;

/**
 * A child's gender as recorded at intake and as matching reads it (the one gender type of the project); OTHER fits
 * only services open to every gender.
 */
public enum ChildGender {
    FEMALE("female"), MALE("male"), OTHER("other");

    private final String label;

    ChildGender(String label) {
        this.label = label;
    }

    /** The gender in words, lower case, for a sentence. */
    public String label() {
        return label;
    }
}
