package org.providernetwork.portal.shell;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every table a page exports names each column's exported value: PrimeFaces writes the raw template text
 * ({@code #{v.numerator()}}) of a cell holding plain text, and evaluates {@code field} as a bean property
 * (which a record does not have). Exports cover the whole filtered result, never the page alone.
 */
class ExportedTablesTest {

    private static final String PRIMEFACES = "http://primefaces.org/ui";
    private static final Path PAGES = Path.of("src/main/webapp");

    @Test
    void everyColumnOfAnExportedTableSaysWhatItExports() throws Exception {
        List<String> problems = new ArrayList<>();
        int tables = 0;
        for (Path page : pages()) {
            Document document = parse(page);
            NodeList exporters = document.getElementsByTagNameNS(PRIMEFACES, "dataExporter");
            for (int e = 0; e < exporters.getLength(); e++) {
                Element exporter = (Element) exporters.item(e);
                if ("true".equals(exporter.getAttribute("pageOnly"))) {
                    problems.add(page + ": an export of the current page only");
                }
                for (String target : exporter.getAttribute("target").trim().split("\\s+")) {
                    Element table = table(document, target);
                    if (table == null) {
                        problems.add(page + ": no table '" + target + "' to export");
                        continue;
                    }
                    tables++;
                    if ("true".equals(table.getAttribute("lazy")) && exporter.getAttribute("bufferSize").isBlank()) {
                        problems.add(page + ": lazy table '" + target + "' exported without a bufferSize");
                    }
                    NodeList columns = table.getElementsByTagNameNS(PRIMEFACES, "column");
                    for (int c = 0; c < columns.getLength(); c++) {
                        Element column = (Element) columns.item(c);
                        if (column.getAttribute("exportValue").isBlank() && column.getAttribute("exportFunction").isBlank()
                                && !"false".equals(column.getAttribute("exportable"))) {
                            problems.add(page + ": column '" + column.getAttribute("headerText") + "' of '" + target
                                    + "' has no exportValue");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertFalse(tables < 10, "the portal's exported tables were found: " + tables);
    }

    private static List<Path> pages() throws Exception {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    private static Document parse(Path page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(page.toFile());
    }

    private static Element table(Document document, String id) {
        NodeList tables = document.getElementsByTagNameNS(PRIMEFACES, "dataTable");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            if (id.equals(table.getAttribute("id"))) {
                return table;
            }
        }
        return null;
    }
}
