/**
 * Contracts of the network: the state's prime contracts with regional leads, its direct contracts with
 * statewide preferred providers, and the leads' subcontracts with local providers, with their service
 * lines, life cycle, numbered amendments and the rules that keep them consistent. Not yet persisted.
 */
package org.providernetwork.domain.contract;
