package org.providernetwork.domain.network;

/** Which genders an offering serves. */
public enum GendersServed {
    ANY, FEMALE, MALE;

    public boolean accepts(String gender) {
        return this == ANY || gender == null || name().equalsIgnoreCase(gender);
    }
}
