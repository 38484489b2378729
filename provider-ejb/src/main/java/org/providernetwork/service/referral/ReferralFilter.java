package org.providernetwork.service.referral;

import org.providernetwork.domain.referral.ReferralStatus;
import org.providernetwork.domain.referral.Urgency;

/**
 * Filters of a referral list; null means any. {@code awaitingMe}: offers open to the caller's organisation;
 * {@code number}: referrals whose number starts with it (case as typed is ignored).
 */
public record ReferralFilter(ReferralStatus status, Urgency urgency, String region, String serviceType,
                             Boolean escalated, boolean awaitingMe, String number) {

    public ReferralFilter(ReferralStatus status, Urgency urgency, String region, String serviceType, Boolean escalated,
                          boolean awaitingMe) {
        this(status, urgency, region, serviceType, escalated, awaitingMe, null);
    }
}
