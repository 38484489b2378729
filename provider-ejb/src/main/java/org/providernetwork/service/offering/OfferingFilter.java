package org.providernetwork.service.offering;

/** Filters of an offering search; null means any. {@code text} matches the offering's or provider's name. */
public record OfferingFilter(Long providerId, String serviceType, String county, String need, String language,
                             Boolean active, Boolean contracted, String text) {
}
