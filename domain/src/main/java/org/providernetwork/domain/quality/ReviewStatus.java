package org.providernetwork.domain.quality;

/** A sampled case, a review begun, a review completed (every item rated). */
public enum ReviewStatus { SAMPLED, IN_PROGRESS, COMPLETED }
