/**
 * Reference data of the provider network: counties, regions, the service taxonomy and need codes.
 * All of it is data loaded by migrations from files the project ships, never lists in code; the one
 * exception is the ordering of the levels of care ({@link org.providernetwork.domain.reference.LevelOfCare}),
 * which matching must know; which service is at which level is data.
 */
package org.providernetwork.domain.reference;
