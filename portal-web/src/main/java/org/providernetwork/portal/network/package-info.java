/** Portal pages of the network directory: the lazy organisation table, details, registration. */
package org.providernetwork.portal.network;
