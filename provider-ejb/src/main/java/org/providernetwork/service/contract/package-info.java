/** Contracts: drafting, activating, amending and terminating them, and reading them within the caller's scope. */
package org.providernetwork.service.contract;
