package org.providernetwork.domain.contract;

/** What a service line's rate is paid per. */
public enum ServiceUnit {
    DAY, SESSION, HOUR, CASE
}
