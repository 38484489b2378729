package org.providernetwork.portal.it;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * axe-core (the webjar from Maven Central) run inside the page the browser shows, against the WCAG 2.1
 * A and AA rules. The script is handed to the page by the driver, not served by the portal.
 */
final class Axe {

    /** What counts as failing: the two highest of axe's four impacts. */
    static final List<String> FAILING = List.of("critical", "serious");

    private static final String TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']";
    private static String source;

    private Axe() {
    }

    /** One rule broken on a page: the rule, its impact, how many elements and the first few of them. */
    record Violation(String rule, String impact, String help, int count, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + rule + " (" + count + "x: " + help + ") " + targets;
        }
    }

    static String version() {
        try (InputStream in = Axe.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("axe-core (org.webjars.npm:axe-core) is not on the test classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String source() {
        if (source == null) {
            String path = "/META-INF/resources/webjars/axe-core/" + version() + "/axe.min.js";
            try (InputStream in = Axe.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("no " + path + " on the test classpath");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** Every WCAG 2.1 A/AA rule the page breaks, of any impact. */
    @SuppressWarnings("unchecked")
    static List<Violation> check(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe;"))) {
            js.executeScript(source());
        }
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " axe.run(document, {runOnly: {type: 'tag', values: " + TAGS + "}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) { return {rule: v.id, impact: v.impact,"
                + " help: v.help, count: v.nodes.length, targets: v.nodes.slice(0, 4).map(function (n) {"
                + " return n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ').substring(0, 160) + ']' : ''); })}; })); })"
                + ".catch(function (e) { done([{rule: 'axe-error', impact: 'critical', help: String(e), count: 1, targets: []}]); });");
        List<Violation> violations = new ArrayList<>();
        for (Object o : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) o;
            violations.add(new Violation((String) v.get("rule"), String.valueOf(v.get("impact")), (String) v.get("help"),
                    ((Number) v.get("count")).intValue(), (List<String>) v.get("targets")));
        }
        return violations;
    }

    /** The violations of a critical or serious impact. */
    static List<Violation> failing(WebDriver driver) {
        return check(driver).stream().filter(v -> FAILING.contains(v.impact())).toList();
    }
}
