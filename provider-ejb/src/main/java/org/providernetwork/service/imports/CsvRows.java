package org.providernetwork.service.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.providernetwork.domain.shared.InvalidInputException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The rows of a CSV file (RFC 4180, read by Apache Commons CSV), numbered as a spreadsheet shows them:
 * the first row is row 1, every record is one row (a quoted field that holds line breaks stays in its
 * row, as a cell with several lines does), and an empty line is an empty row. Fields in double quotes
 * may hold commas, line breaks and doubled quotes; lines end with CRLF, LF or CR; a leading byte-order
 * mark is ignored. Rows with nothing but empty fields are left out, but keep their numbers counted.
 */
public final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvRows() {
    }

    /** One non-empty row of the file: its spreadsheet row number and its fields. */
    public record Row(int number, List<String> fields) {

        public Row {
            fields = List.copyOf(fields);
        }

        public boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /**
     * Reads the whole text.
     *
     * @throws FormatException for a quote that is never closed or text after a closing quote, naming the row
     */
    public static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return rows;
        }
        String body = text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw new FormatException(Math.toIntExact(parser.getRecordNumber() + 1), reason(e.getCause()));
                }
                Row row = new Row(Math.toIntExact(record.getRecordNumber()), record.toList());
                if (!row.blank()) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string has nothing to fail on closing
        }
        return rows;
    }

    /** The library's reason in the words of someone who edits the file. */
    private static String reason(IOException e) {
        String message = e == null || e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field is never closed";
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return "text after a closing quote; a quote inside a quoted field is written twice (\"\")";
        }
        return "not readable as CSV (" + message + ")";
    }

    /** The text is not well-formed CSV; the row where reading stopped is named. */
    public static class FormatException extends InvalidInputException {

        private final int row;

        public FormatException(int row, String message) {
            super("file", "row " + row + ": " + message);
            this.row = row;
        }

        public int row() {
            return row;
        }
    }
}
