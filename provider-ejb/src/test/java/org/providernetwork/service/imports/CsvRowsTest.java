package org.providernetwork.service.imports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading CSV into rows numbered as a spreadsheet numbers them: every record one row, the header row 1,
 * an empty line an empty row, a quoted field with line breaks one cell of one row.
 */
class CsvRowsTest {

    @Test
    void plainFieldsAndLineEndings() {
        List<CsvRows.Row> rows = CsvRows.read("a,b,c\r\n1,2,3\n4,,6\r7,8,9");
        assertEquals(4, rows.size());
        assertEquals(List.of("a", "b", "c"), rows.get(0).fields());
        assertEquals(List.of("4", "", "6"), rows.get(2).fields());
        assertEquals(List.of("7", "8", "9"), rows.get(3).fields());
        assertEquals(List.of(1, 2, 3, 4), numbers(rows));
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        List<CsvRows.Row> rows = CsvRows.read("name,description\n\"Smith, Jones & Co\",\"says \"\"hello\"\"\nand\r\nbye\"\nnext,row\n");
        assertEquals(3, rows.size());
        assertEquals(List.of("Smith, Jones & Co", "says \"hello\"\nand\r\nbye"), rows.get(1).fields());
        assertEquals(2, rows.get(1).number());
        assertEquals(3, rows.get(2).number(), "a cell with line breaks is one row: the next record is the next row");
    }

    @Test
    void aByteOrderMarkBlankLinesAndEmptyTrailingFieldsAreHandled() {
        List<CsvRows.Row> rows = CsvRows.read("\uFEFFrecord,x\n\n,,\norganisation,\n");
        assertEquals(2, rows.size());
        assertEquals("record", rows.get(0).fields().get(0), "no byte-order mark in the first column's name");
        assertEquals(List.of("organisation", ""), rows.get(1).fields());
        assertEquals(4, rows.get(1).number(), "the empty line and the row of empty fields are rows 2 and 3, left out");
    }

    @Test
    void emptyLinesBeforeTheHeaderAreRowsToo() {
        List<CsvRows.Row> rows = CsvRows.read("\r\n\r\nrecord\r\norganisation\r\n");
        assertEquals(List.of(3, 4), numbers(rows));
    }

    @Test
    void raggedRowsKeepTheFieldsTheyHave() {
        List<CsvRows.Row> rows = CsvRows.read("a,b,c\n1\n1,2,3,4\n\"x\",,\n");
        assertEquals(List.of("1"), rows.get(1).fields());
        assertEquals(List.of("1", "2", "3", "4"), rows.get(2).fields());
        assertEquals(List.of("x", "", ""), rows.get(3).fields());
    }

    @Test
    void anEmptyQuotedFieldAtTheEnd() {
        assertEquals(List.of("a", ""), CsvRows.read("a,\"\"").get(0).fields());
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() {
        assertEquals(List.of("5\" wide", "b"), CsvRows.read("5\" wide,b\n").get(0).fields());
    }

    @Test
    void aFinalLineBreakAddsNoRow() {
        assertEquals(List.of(1, 2), numbers(CsvRows.read("a\nb\n")));
        assertEquals(List.of(1, 2), numbers(CsvRows.read("a\nb")));
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsRow() {
        CsvRows.FormatException e = assertThrows(CsvRows.FormatException.class,
                () -> CsvRows.read("a,b\n1,\"open\n2,3\n"));
        assertEquals(2, e.row());
        assertEquals("row 2: a quoted field is never closed", e.getMessage());
        assertEquals("file", e.field());
    }

    @Test
    void anUnclosedQuoteAfterACellWithLineBreaksNamesTheSpreadsheetRow() {
        CsvRows.FormatException e = assertThrows(CsvRows.FormatException.class,
                () -> CsvRows.read("a,b\n\"two\nlines\",1\n\n3,\"open\n4,5\n"));
        assertEquals(4, e.row(), "header, the two-line cell, an empty row, then the open quote");
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        CsvRows.FormatException e = assertThrows(CsvRows.FormatException.class, () -> CsvRows.read("\"a\"b,c"));
        assertEquals(1, e.row());
        assertTrue(e.getMessage().contains("text after a closing quote"), e.getMessage());
        CsvRows.FormatException later = assertThrows(CsvRows.FormatException.class, () -> CsvRows.read("a\nb\n\"c\"d\n"));
        assertEquals(3, later.row());
    }

    @Test
    void nothingIsNothing() {
        assertTrue(CsvRows.read("").isEmpty());
        assertTrue(CsvRows.read(null).isEmpty());
        assertTrue(CsvRows.read("\uFEFF").isEmpty());
        assertTrue(CsvRows.read("\n\n,,\n").isEmpty());
    }

    private static List<Integer> numbers(List<CsvRows.Row> rows) {
        return rows.stream().map(CsvRows.Row::number).toList();
    }
}
