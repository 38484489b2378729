/** Bulk import over HTTP: a CSV file checked (dry run) or applied whole, with the row-by-row report. */
package org.providernetwork.api.imports;
