/**
 * Reference data of the provider network: counties, regions, the service taxonomy and need codes.
 * All of it is data loaded by migrations from files the project ships, never lists in code.
 */
package org.providernetwork.domain.reference;
