package org.providernetwork.domain.referral;

/** A child's gender as recorded at intake; OTHER fits only services open to every gender. */
public enum ChildGender {
    FEMALE, MALE, OTHER
}
