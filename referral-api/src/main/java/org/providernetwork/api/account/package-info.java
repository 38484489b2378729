/** The people of the network over HTTP; tenant-owned, so scoped to the caller's organisation. */
package org.providernetwork.api.account;
