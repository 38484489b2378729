package org.providernetwork.service.imports;

import org.providernetwork.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: comma-separated fields, fields in double quotes may hold commas, line breaks
 * and doubled quotes; lines end with CRLF, LF or CR. A leading byte-order mark is ignored, and so are
 * lines with nothing but empty fields. Each record keeps the line on which it starts, which is the row
 * number a spreadsheet shows.
 */
public final class CsvParser {

    private CsvParser() {
    }

    /** One record of the file and the (1-based) line it starts on. */
    public record Record(int line, List<String> fields) {

        public Record {
            fields = List.copyOf(fields);
        }

        public boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /**
     * Parses the whole text.
     *
     * @throws FormatException for a quote that is never closed or text after a closing quote
     */
    public static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return records;
        }
        int i = text.charAt(0) == '\uFEFF' ? 1 : 0;
        int n = text.length();
        int line = 1;
        int recordLine = 1;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                add(records, recordLine, fields);
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else if (afterQuote) {
                throw new FormatException(line, "text after a closing quote; a quote inside a quoted field"
                        + " is written twice (\"\")");
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new FormatException(recordLine, "a quoted field is never closed");
        }
        if (!field.isEmpty() || !fields.isEmpty() || afterQuote) {
            fields.add(field.toString());
            add(records, recordLine, fields);
        }
        return records;
    }

    /** The text is not well-formed CSV; nothing after {@link #line()} was read. */
    public static class FormatException extends InvalidInputException {

        private final int line;

        public FormatException(int line, String message) {
            super("file", "line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private static void add(List<Record> records, int line, List<String> fields) {
        Record record = new Record(line, fields);
        if (!record.blank()) {
            records.add(record);
        }
    }
}
