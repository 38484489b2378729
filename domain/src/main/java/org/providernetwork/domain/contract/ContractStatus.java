package org.providernetwork.domain.contract;

/** Life cycle: draft → active → expired or terminated. */
public enum ContractStatus {
    DRAFT, ACTIVE, EXPIRED, TERMINATED
}
