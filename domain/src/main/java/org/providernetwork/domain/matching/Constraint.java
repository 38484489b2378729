package org.providernetwork.domain.matching;

/**
 * The hard constraints of matching. An offering that fails one is excluded, never ranked.
 * <p>They are checked in the order declared here and the first that fails is the one reported: what
 * the offering is and whom it may serve first (status, service, licence, contract, area), then whether it fits
 * these children (age, gender, specialised populations, risk, sibling-group size), and capacity last, because
 * capacity changes from day to day while the others do not. "No capacity" therefore means the offering
 * would otherwise have been a candidate.
 */
public enum Constraint {
    /** The offering is not active. */
    INACTIVE("Offering inactive"),
    /**
     * The offering provides another service type, and not one at a level of care the referral may use: above
     * the requested level up to the referral's highest level, or at the kin level when kin first is asked.
     */
    WRONG_SERVICE("Different service or level of care"),
    /**
     * Every licence the offering holds has expired by the day of matching. An offering licensed to
     * operate may not take a child once its licence lapses; it comes back when a renewed licence is
     * recorded. Accreditations do not gate (their expiry raises an alert only), and an offering with no
     * licence on record is not gated here: recording the licence is the provider's part of registration.
     */
    LICENCE_EXPIRED("Licence expired"),
    /**
     * No active contract or subcontract buys the service in the home county. A statewide preferred
     * provider offering a statewide specialised service needs only an active contract for it (the state
     * contracts those services for the whole state); every other offering needs one that covers the home
     * county.
     */
    NOT_CONTRACTED("Not under contract for the home county"),
    /** The offering neither serves the home county nor accepts out-of-county placements. */
    OUT_OF_AREA("Does not serve the home county"),
    /** A child is younger or older than the offering serves. */
    AGE("Age outside the range served"),
    /** A child's gender is not served. */
    GENDER("Gender not served"),
    /** A required specialised population is not served. */
    POPULATION("Required specialised population not served"),
    /** The offering does not accept children at the referral's assessed risk level. */
    RISK_NOT_ACCEPTED("Risk level not accepted"),
    /** The sibling group is larger than the offering takes, and the referral does not allow splitting. */
    SIBLING_GROUP("Sibling group too large"),
    /** Too few free places: the whole group, or one place when splitting is allowed. */
    NO_CAPACITY("No free capacity");

    private final String label;

    Constraint(String label) {
        this.label = label;
    }

    /** Short text for users. */
    public String label() {
        return label;
    }
}
