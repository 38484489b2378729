/** Portal pieces of live capacity: the provider's one-step update on its home page. */
package org.providernetwork.portal.capacity;
