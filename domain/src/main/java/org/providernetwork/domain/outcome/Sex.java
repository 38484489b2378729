package org.providernetwork.domain.outcome;

/** A child's sex as recorded in the case file. */
public enum Sex {
    FEMALE, MALE, UNKNOWN
}
