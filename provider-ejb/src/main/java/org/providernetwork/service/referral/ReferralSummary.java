package org.providernetwork.service.referral;

import org.providernetwork.domain.referral.ReferralStatus;
import org.providernetwork.domain.referral.Urgency;

import java.time.Instant;

/** One row of a referral list; {@code respondBy} is the earliest open offer's deadline, if any. */
public record ReferralSummary(long id, String number, ReferralStatus status, Urgency urgency, String serviceTypeCode,
                              String homeCountyFips, String regionCode, int children, boolean escalated,
                              Instant createdAt, Instant respondBy) {
}
