/**
 * What every feature stands on: the datasource, schema migrations at start-up, the clock, configuration
 * and the readiness check.
 */
package org.providernetwork.service.platform;
