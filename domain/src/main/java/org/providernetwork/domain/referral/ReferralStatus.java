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

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
