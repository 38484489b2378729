package org.providernetwork.service.referral;

/** Unmet needs of one county, service type and need code over the report's period. */
public record GapRow(String countyFips, String countyName, String regionCode, String serviceTypeCode, String needCode,
                     long referrals) {
}
