/** The auditors' page of the audit trail. */
package org.providernetwork.portal.audit;
