package org.providernetwork.service.capacity;

import org.providernetwork.domain.capacity.CapacityStatus;

import java.time.Instant;

/**
 * The capacity of one offering, with what identifies the offering; {@code funded} is what active contract
 * lines buy, {@code contracted} whether any covers it; {@code version} is its ETag.
 */
public record CapacityView(long offeringId, String offeringName, String serviceTypeCode, String serviceTypeName,
                           long providerId, String providerName, String countyFips, String countyName, int available,
                           int maximum, int waitlist, int reserved, int funded, boolean contracted, CapacityStatus status, Instant updatedAt,
                           String updatedBy, long version) {
}
