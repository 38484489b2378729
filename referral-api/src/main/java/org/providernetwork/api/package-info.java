/**
 * The REST API under {@code /api/v1}: JAX-RS resources that map HTTP to the application services and
 * back, with records as DTOs and problem documents (RFC 9457) for every error.
 */
package org.providernetwork.api;
