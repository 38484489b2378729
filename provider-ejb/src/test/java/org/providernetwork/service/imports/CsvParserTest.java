package org.providernetwork.service.imports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvParserTest {

    @Test
    void plainFieldsAndLineEndings() {
        List<CsvParser.Record> records = CsvParser.parse("a,b,c\r\n1,2,3\n4,,6\r7,8,9");
        assertEquals(4, records.size());
        assertEquals(List.of("a", "b", "c"), records.get(0).fields());
        assertEquals(List.of("4", "", "6"), records.get(2).fields());
        assertEquals(List.of("7", "8", "9"), records.get(3).fields());
        assertEquals(4, records.get(3).line());
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        List<CsvParser.Record> records = CsvParser.parse("name,description\n\"Smith, Jones & Co\",\"says \"\"hello\"\"\nand\r\nbye\"\nnext,row\n");
        assertEquals(3, records.size());
        assertEquals(List.of("Smith, Jones & Co", "says \"hello\"\nand\r\nbye"), records.get(1).fields());
        assertEquals(2, records.get(1).line());
        assertEquals(5, records.get(2).line(), "the line count goes on after a quoted line break");
    }

    @Test
    void aByteOrderMarkBlankLinesAndEmptyTrailingFieldsAreHandled() {
        List<CsvParser.Record> records = CsvParser.parse("\uFEFFrecord,x\n\n,,\norganisation,\n");
        assertEquals(2, records.size());
        assertEquals("record", records.get(0).fields().get(0));
        assertEquals(List.of("organisation", ""), records.get(1).fields());
        assertEquals(4, records.get(1).line());
    }

    @Test
    void anEmptyQuotedFieldAtTheEnd() {
        assertEquals(List.of("a", ""), CsvParser.parse("a,\"\"").get(0).fields());
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() {
        CsvParser.FormatException e = assertThrows(CsvParser.FormatException.class,
                () -> CsvParser.parse("a,b\n1,\"open\n2,3\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("never closed"));
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        CsvParser.FormatException e = assertThrows(CsvParser.FormatException.class, () -> CsvParser.parse("\"a\"b,c"));
        assertEquals(1, e.line());
    }

    @Test
    void nothingIsNothing() {
        assertTrue(CsvParser.parse("").isEmpty());
        assertTrue(CsvParser.parse(null).isEmpty());
    }
}
