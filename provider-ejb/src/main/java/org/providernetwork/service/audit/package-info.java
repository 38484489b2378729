/**
 * The audit trail: an append-only record of every change (who, organisation, when, which entity, which
 * fields from which old to which new value, request id) and of every read of a child's record (VIEW), written
 * in the transaction of the change or read, with the children, referrals and organisations it concerns; and its
 * search for auditors.
 */
package org.providernetwork.service.audit;
