/** Contracts over HTTP: tenant-scoped reads, and changes by the purchaser with If-Match. */
package org.providernetwork.api.contract;
