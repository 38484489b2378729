package org.providernetwork.domain.network;

/** Which genders an offering serves. */
public enum GendersServed {
    ANY, FEMALE, MALE
}
