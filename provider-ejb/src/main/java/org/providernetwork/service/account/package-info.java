/**
 * Signing in with local accounts: checking passwords against their hashes and describing the
 * signed-in user (organisation, region, roles) to the portal and the API.
 */
package org.providernetwork.service.account;
