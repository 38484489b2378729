/** Capacity over HTTP: read within the caller's scope, declared by providers with If-Match. */
package org.providernetwork.api.capacity;
