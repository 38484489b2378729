package org.providernetwork.service.network;

/**
 * Fired when what matching reads about offerings changes (an offering added or edited, a contract
 * activated, amended, terminated or expired, a bulk import): caches of offering facts start afresh.
 */
public record NetworkChanged(String what) {
}
