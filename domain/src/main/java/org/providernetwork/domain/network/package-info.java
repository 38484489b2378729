/**
 * The provider network: organisations (state agency, lead contractors, local and statewide providers)
 * and the service offerings providers register.
 */
package org.providernetwork.domain.network;
