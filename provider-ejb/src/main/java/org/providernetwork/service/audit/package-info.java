/**
 * The audit trail: an append-only record of every change (who, organisation, when, which entity, which
 * fields from which old to which new value, request id), written in the transaction of the change, and
 * its search for auditors.
 */
package org.providernetwork.service.audit;
