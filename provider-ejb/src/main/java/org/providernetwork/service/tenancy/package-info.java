/**
 * Who may see which tenant-owned records, decided in one place: the scope of the caller's organisation
 * and role, and the query predicate every query for tenant-owned data applies.
 */
package org.providernetwork.service.tenancy;
