package org.providernetwork.service.referral;

/**
 * Unmet needs of one county, service type and need code over the report's period; {@code waiting} of those
 * referrals wait now for a place on some offering's waitlist, the longest for {@code longestWaitDays} whole days.
 */
public record GapRow(String countyFips, String countyName, String regionCode, String serviceTypeCode, String needCode,
                     long referrals, long waiting, long longestWaitDays) {
}
