package org.providernetwork.service.offering;

import org.providernetwork.domain.network.GendersServed;

import java.time.Instant;

/** One row of an offering list, with its capacity. */
public record OfferingSummary(long id, String name, String serviceTypeCode, String serviceTypeName, long providerId,
                              String providerName, String countyFips, String countyName, int minAge, int maxAge,
                              GendersServed genders, int maxSiblingGroup, int available, int maximum, int funded,
                              boolean contracted, boolean active, Instant capacityUpdatedAt) {
}
