package org.providernetwork.domain.contract;

import java.time.Instant;

/** A numbered change to a contract, with what it was before and after. */
public record Amendment(int number, String description, String before, String after, String by, Instant at) {
}
