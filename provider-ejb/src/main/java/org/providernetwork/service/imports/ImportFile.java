package org.providernetwork.service.imports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.providernetwork.domain.shared.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An uploaded import file as the CSV text the import reads: a CSV file as it is (UTF-8), or the first sheet of an
 * Excel workbook (xlsx) with the same columns, one CSV line per sheet row so that row numbers in the report are the
 * sheet's. Dates become ISO dates, whole numbers lose the ".0", formulas give their cached values.
 */
public final class ImportFile {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private ImportFile() {
    }

    public static String text(byte[] file) {
        if (file.length >= ZIP.length && file[0] == ZIP[0] && file[1] == ZIP[1] && file[2] == ZIP[2] && file[3] == ZIP[3]) {
            return sheetAsCsv(file);
        }
        return new String(file, StandardCharsets.UTF_8);
    }

    static String sheetAsCsv(byte[] file) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidInputException("file", "the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            int width = sheet.getRow(sheet.getFirstRowNum()) == null ? 0 : sheet.getRow(sheet.getFirstRowNum()).getLastCellNum();
            List<String> lines = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                for (int c = 0; c < Math.max(width, row == null ? 0 : row.getLastCellNum()); c++) {
                    values.add(quote(value(row == null ? null : row.getCell(c), formatter)));
                }
                lines.add(String.join(",", values));
            }
            while (!lines.isEmpty() && lines.get(lines.size() - 1).replace(",", "").isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return String.join("\n", lines) + "\n";
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            // the library's message names its own classes: say what the sender can act on
            throw new InvalidInputException("file", "not a readable Excel workbook (xlsx); save the file again as"
                    + " an Excel workbook or send it as CSV");
        }
    }

    private static String value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (type == CellType.NUMERIC) {
            double number = cell.getNumericCellValue();
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number)
                    : java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.BOOLEAN) {
            return Boolean.toString(cell.getBooleanCellValue());
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue().trim();
        }
        return formatter.formatCellValue(cell).trim();
    }

    private static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
