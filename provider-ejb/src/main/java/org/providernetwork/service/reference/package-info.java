/**
 * Reading reference data: the shipped reference files (for migrations and demo data) and the cached
 * queries the portal and API use (regions, counties, service types, need codes).
 */
package org.providernetwork.service.reference;
