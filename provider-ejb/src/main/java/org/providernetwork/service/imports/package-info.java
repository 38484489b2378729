/**
 * Bulk import of providers, offerings and capacity from a CSV file: parsing, row-by-row validation into
 * a report, and applying a valid file in one transaction (synchronously, or as a job whose progress the
 * portal polls).
 */
package org.providernetwork.service.imports;
