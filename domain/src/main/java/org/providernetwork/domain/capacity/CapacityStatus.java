package org.providernetwork.domain.capacity;

/** Capacity status in the vocabulary of closed-loop referral standards. */
public enum CapacityStatus {
    /** Places are free. */
    CAPACITY,
    /** No place free and nobody waiting. */
    NO_CAPACITY,
    /** No place free, people are waiting. */
    WAITLIST
}
