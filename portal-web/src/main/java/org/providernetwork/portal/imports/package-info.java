/** The bulk import page: upload a CSV file, read its validation report, apply it with a progress bar. */
package org.providernetwork.portal.imports;
