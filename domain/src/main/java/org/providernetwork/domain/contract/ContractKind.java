package org.providernetwork.domain.contract;

/** Who contracts with whom. */
public enum ContractKind {
    /** The state and a region's lead contractor. */
    PRIME,
    /** The state and a statewide preferred provider. */
    DIRECT,
    /** A lead contractor and a local provider, under the lead's prime contract. */
    SUBCONTRACT
}
