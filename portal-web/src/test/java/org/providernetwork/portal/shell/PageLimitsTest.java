package org.providernetwork.portal.shell;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.shared.UploadLimits;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages read their limits from the domain ({@code o:importConstants}), never write the figure themselves:
 * a length, a largest value or a file size written on a page drifts from the rule it repeats. The container's
 * ceiling on uploads, which {@code web.xml} must spell out, is the domain's.
 */
class PageLimitsTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    /** Attributes that state a limit of the domain. */
    private static final Set<String> LIMITS = Set.of("maxlength", "maxValue", "sizeLimit");
    /** A need rating compared with a figure instead of {@code NeedDomain.ACTIONABLE}. */
    private static final Pattern RATING = Pattern.compile("\\.value\\s+(ge|gt|le|lt)\\s+\\d");

    @Test
    void noPageWritesALimitOfItsOwn() throws Exception {
        List<String> problems = new ArrayList<>();
        int limits = 0;
        for (Path page : pages()) {
            NodeList elements = parse(page).getElementsByTagName("*");
            for (int e = 0; e < elements.getLength(); e++) {
                NamedNodeMap attributes = elements.item(e).getAttributes();
                for (int a = 0; a < attributes.getLength(); a++) {
                    Node attribute = attributes.item(a);
                    String value = attribute.getNodeValue().trim();
                    if (LIMITS.contains(attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName())) {
                        limits++;
                        if (!value.startsWith("#{")) {
                            problems.add(page + ": " + attribute.getNodeName() + "=\"" + value + "\"");
                        }
                    }
                    Matcher rating = RATING.matcher(value);
                    if (rating.find()) {
                        problems.add(page + ": " + value);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(limits > 20, "the pages' limits were found: " + limits);
    }

    @Test
    void theContainersUploadCeilingIsTheDomains() throws Exception {
        Document web = parse(PAGES.resolve("WEB-INF/web.xml"));
        assertEquals(UploadLimits.LARGEST_FILE_BYTES, Long.parseLong(text(web, "max-file-size")), "max-file-size");
        assertEquals(UploadLimits.LARGEST_REQUEST_BYTES, Long.parseLong(text(web, "max-request-size")), "max-request-size");
    }

    private static String text(Document document, String tag) {
        NodeList nodes = document.getElementsByTagNameNS("*", tag);
        assertEquals(1, nodes.getLength(), tag);
        return ((Element) nodes.item(0)).getTextContent().trim();
    }

    private static List<Path> pages() throws Exception {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
