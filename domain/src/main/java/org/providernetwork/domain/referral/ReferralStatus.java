package org.providernetwork.domain.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands (after the referral task of the HL7 Gravity guide): requested until a service
 * is offered, offered while an offer waits for an answer, accepted by a provider, in progress once the
 * service starts, completed at discharge; cancelled when the referrer withdraws it.
 */
public enum ReferralStatus {
    REQUESTED, OFFERED, ACCEPTED, IN_PROGRESS, COMPLETED, CANCELLED;

    private static final Set<ReferralStatus> OPEN = EnumSet.of(REQUESTED, OFFERED, ACCEPTED, IN_PROGRESS);
    private static final Set<ReferralStatus> UNPLACED = EnumSet.of(REQUESTED, OFFERED);
    private static final Set<ReferralStatus> WITHDRAWABLE = EnumSet.of(REQUESTED, OFFERED, ACCEPTED);
    private static final Set<ReferralStatus> SERVED = EnumSet.of(IN_PROGRESS, COMPLETED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /**
     * Whether a referral in this status is still to be placed: it may be offered to a service (again) and may
     * wait on a waitlist for a place.
     */
    public boolean isUnplaced() {
        return UNPLACED.contains(this);
    }

    /** Whether the referrer may still withdraw a referral in this status: until its service starts. */
    public boolean isWithdrawable() {
        return WITHDRAWABLE.contains(this);
    }

    /** Whether a referral in this status has been served: its service started, so it has an outcome record. */
    public boolean isServed() {
        return SERVED.contains(this);
    }
}
