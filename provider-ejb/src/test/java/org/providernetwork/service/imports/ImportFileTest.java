package org.providernetwork.service.imports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.providernetwork.domain.shared.InvalidInputException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ImportFileTest {

    private static byte[] workbook(List<CsvRows.Row> records) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("import");
            for (CsvRows.Row record : records) {
                Row row = sheet.createRow(record.number() - 1);
                for (int c = 0; c < record.fields().size(); c++) {
                    if (!record.fields().get(c).isEmpty()) {
                        row.createCell(c).setCellValue(record.fields().get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theDocumentedExampleReadsTheSameFromASpreadsheet() throws Exception {
        String csv = Files.readString(Path.of("..", "docs", "examples", "bulk-import.csv"), StandardCharsets.UTF_8);
        List<CsvRows.Row> records = CsvRows.read(csv);
        assertEquals(records, CsvRows.read(ImportFile.text(workbook(records))),
                "every field of every row, on the same row numbers");
        assertEquals(csv, ImportFile.text(csv.getBytes(StandardCharsets.UTF_8)), "a CSV file is read as it is");
    }

    @Test
    void aCellWithSeveralLinesAndAnEmptyRowKeepTheSheetsRowNumbers() throws Exception {
        List<CsvRows.Row> sheet = List.of(
                new CsvRows.Row(1, List.of("record", "provider", "description")),
                new CsvRows.Row(2, List.of("offering", "Hills Family Services", "Homes in Lee County,\nand in Pontotoc\nsince 2019")),
                new CsvRows.Row(4, List.of("offering", "Delta Care", "one line")));
        String csv = ImportFile.text(workbook(sheet));
        assertEquals(sheet, CsvRows.read(csv), "row 2's cell keeps its line breaks; row 3 is empty; the last is row 4");
    }

    @Test
    void numbersDatesAndCommasBecomeTheCsvTheImportExpects() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("county");
            header.createCell(1).setCellValue("available");
            header.createCell(2).setCellValue("address");
            header.createCell(3).setCellValue("expires");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(28049);
            row.createCell(1).setCellValue(7.0);
            row.createCell(2).setCellValue("12 Oak Street, Suite \"B\"");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            row.createCell(3).setCellValue(LocalDate.of(2027, 6, 30));
            row.getCell(3).setCellStyle(date);
            sheet.createRow(5);
            workbook.write(out);
            assertEquals("county,available,address,expires\n28049,7,\"12 Oak Street, Suite \"\"B\"\"\",2027-06-30\n",
                    ImportFile.text(out.toByteArray()), "empty trailing rows dropped");
        }
    }

    @Test
    void aBrokenWorkbookIsAClearError() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ImportFile.text(new byte[] {'P', 'K', 3, 4, 0, 0, 0}));
        assertEquals("file", e.field());
    }
}
