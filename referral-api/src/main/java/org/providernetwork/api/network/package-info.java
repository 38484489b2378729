/** The network directory over HTTP: organisations, paged and filtered, and registering new ones. */
package org.providernetwork.api.network;
