package org.providernetwork.service.imports;

import java.io.Serializable;

/**
 * One problem of an import file.
 *
 * @param row    the row number a spreadsheet shows (the header is row 1)
 * @param column the column's header, or {@code record} for a problem of the whole row
 * @param value  the offending value as written, or empty
 */
public record RowError(int row, String column, String value, String message) implements Serializable {
}
