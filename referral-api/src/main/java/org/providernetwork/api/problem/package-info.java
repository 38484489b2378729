/**
 * Problem documents (RFC 9457) and the exception mappers that turn every failure into one, without
 * stack traces or SQL.
 */
package org.providernetwork.api.problem;
