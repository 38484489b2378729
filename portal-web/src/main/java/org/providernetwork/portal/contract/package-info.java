/** Portal pages of contracts: the list of the signed-in organisation's scope, one contract, drafting one. */
package org.providernetwork.portal.contract;
