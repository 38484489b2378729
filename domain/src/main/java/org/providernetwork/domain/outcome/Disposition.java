package org.providernetwork.domain.outcome;

/**
 * How the investigation of a maltreatment report ended. Substantiated and indicated reports are victimisations
 * for the indicators (as in the federal data profiles); a report not substantiated is kept but not counted.
 */
public enum Disposition {
    SUBSTANTIATED, INDICATED, NOT_SUBSTANTIATED;

    /** Counts as a victimisation. */
    public boolean substantiated() {
        return this != NOT_SUBSTANTIATED;
    }
}
