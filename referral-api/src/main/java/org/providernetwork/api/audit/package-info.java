/** The audit trail over HTTP, for auditors. */
package org.providernetwork.api.audit;
