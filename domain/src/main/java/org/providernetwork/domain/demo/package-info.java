/**
 * The deterministic demo-network generator: from reference data, a size and a seed it produces the
 * same organisations, offerings and accounts every time, for the embedded default and for benchmarks.
 */
package org.providernetwork.domain.demo;
