/** The audit trail as read by auditors: append-only records of changes. */
package org.providernetwork.domain.audit;
