/**
 * Identity from the identity provider: verifying its signed tokens (issuer, audience, expiry, RSA
 * signature against its published keys), the authorisation-code flow of the portal, and turning a
 * verified token into the signed-in user. Plain Java except the configured {@link IdentityProvider}.
 */
package org.providernetwork.service.security;
