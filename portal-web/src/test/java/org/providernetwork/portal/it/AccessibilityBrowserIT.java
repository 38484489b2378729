package org.providernetwork.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WCAG 2.1 AA: axe-core on every page every demo role reaches (its menu, the first record of each list,
 * the forms it may open, the error pages), failing on any critical or serious violation; and a person
 * using the keyboard alone signs in and takes in a referral. Each page's result is written to
 * {@code target/it-work/accessibility-results.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {

    /** Pages not in the menu: opened directly (a role that may not open one sees the page that says so, also checked). */
    private static final List<String> MORE_PAGES = List.of("referrals/referral-new.xhtml", "referrals/gaps.xhtml",
            "quality/plans.xhtml", "quality/timeline.xhtml", "quality/report.xhtml", "contracts/contract-new.xhtml",
            "reports/outcome-import.xhtml", "no-such-page.xhtml");

    private static Browser browser;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private String portal() {
        return PortalDeployment.loopback(base);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver;
    }

    @ParameterizedTest(name = "every page {0} reaches passes axe-core (no critical or serious violation)")
    @ValueSource(strings = {"state.staff", "lead.r1", "provider.admin", "provider.staff", "cqi.reviewer", "auditor", "statewide.admin"})
    void everyPageOfTheRolePassesAxe(String username) throws Exception {
        Map<String, List<Axe.Violation>> results = new LinkedHashMap<>();
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(portal() + "login.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        results.put("login.xhtml", Axe.check(browser.driver));
        browser.signIn(portal(), username, ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav")));

        Set<String> pages = new LinkedHashSet<>();
        for (WebElement link : browser.driver.findElements(By.cssSelector("#nav nav a"))) {
            pages.add(link.getAttribute("href"));
        }
        MORE_PAGES.forEach(p -> pages.add(portal() + p));
        Set<String> kinds = new LinkedHashSet<>();
        for (String page : List.copyOf(pages)) {
            results.put(relative(page), open(page));
            // the first record a list links to (one of each kind of page)
            List<String> links = browser.driver.findElements(By.cssSelector("main a[href*='id=']")).stream()
                    .map(link -> link.getAttribute("href")).toList();
            for (String href : links) {
                if (href != null && href.startsWith(portal()) && kinds.add(href.replaceAll("\\?.*", ""))) {
                    results.put(relative(href), open(href));
                }
            }
        }
        if (browser.driver.findElements(By.id("nav:referrals")).size() == 1 && !username.startsWith("provider")) {
            // the intake form showing its problems is a page of its own
            browser.driver.get(portal() + "referrals/referral-new.xhtml");
            if (!browser.driver.findElements(By.id("intake:save")).isEmpty()) {
                browser.driver.findElement(By.id("intake:save")).click();
                browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#intake .ui-messages-error")));
                browser.ajaxDone();
                results.put("referrals/referral-new.xhtml (refused, problems shown)", Axe.check(browser.driver));
            }
        }
        record(username, results);
        List<String> failing = new ArrayList<>();
        results.forEach((page, violations) -> violations.stream().filter(v -> Axe.FAILING.contains(v.impact()))
                .forEach(v -> failing.add(page + ": " + v)));
        assertTrue(results.size() >= 8, "pages checked: " + results.keySet());
        assertTrue(failing.isEmpty(), username + ": " + String.join("\n", failing));
    }

    private List<Axe.Violation> open(String page) {
        browser.driver.get(page);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("footer")));
        browser.ajaxDone();
        return Axe.check(browser.driver);
    }

    private String relative(String url) {
        return url.startsWith(portal()) ? url.substring(portal().length()) : url;
    }

    private static synchronized void record(String username, Map<String, List<Axe.Violation>> results) throws IOException {
        Path file = Path.of(System.getProperty("it.work.dir", "target/it-work"), "accessibility-results.txt");
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder("# " + username + " (axe-core " + Axe.version() + ", WCAG 2.1 A/AA)\n");
        results.forEach((page, violations) -> {
            text.append(page).append(": ").append(violations.isEmpty() ? "no violations" : violations.size() + " rule(s)").append('\n');
            violations.forEach(v -> text.append("    ").append(v).append('\n'));
        });
        Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void aPersonUsingOnlyTheKeyboardSignsInAndTakesInAReferral() throws Exception {
        jakarta.json.JsonObject offering = offering();
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(portal() + "login.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        // the first tab stop is the skip link, and it leads to the page's content
        press(Keys.TAB);
        assertEquals("skipLink", active().getAttribute("id"));
        tabTo(e -> "login:username".equals(e.getAttribute("id")));
        type("state.staff");
        press(Keys.TAB);
        assertEquals("login:password", active().getAttribute("id"));
        type(ApiClient.DEMO_PASSWORD);
        press(Keys.ENTER);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stateHome")));

        tabTo(e -> "nav:referrals".equals(e.getAttribute("id")));
        press(Keys.ENTER);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referrals:new")));
        tabTo(e -> "referrals:new".equals(e.getAttribute("id")));
        press(Keys.ENTER);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:number")));

        tabTo(e -> "intake:number".equals(e.getAttribute("id")));
        type("KEYS-" + (System.nanoTime() % 1000000));
        selectByKeys("intake:serviceType", offering.getString("serviceTypeName"));
        selectByKeys("intake:homeCounty", offering.getString("countyName"));
        selectByKeys("intake:risk", "Moderate");
        selectByKeys("intake:urgency", "Routine");
        tabTo(e -> "intake:caseManager".equals(e.getAttribute("id")));
        type("Casey Manager");
        tabTo(e -> "intake:children:0:childName".equals(e.getAttribute("id")));
        type("K.B.");
        press(Keys.TAB);
        assertEquals("intake:children:0:birthDate_input", active().getAttribute("id"));
        type(org.providernetwork.portal.shell.TypedDate.format(PortalDeployment.today().minusYears(offering.getInt("minAge")).minusDays(30)));
        assertEquals("intake:children:0:birthDate_input", active().getAttribute("id"), "the picker does not take the focus");
        selectByKeys("intake:children:0:gender", offering.getString("genders").equals("MALE") ? "Male" : "Female");

        // the assessment: each domain is one tab stop; the arrow keys move the rating
        tabTo(e -> "radio".equals(e.getAttribute("type")));
        String group = active().getAttribute("name");
        assertEquals("intake:domains:0:rating", group);
        assertTrue(active().isSelected(), "the focus lands on the chosen rating");
        press(Keys.ARROW_RIGHT);
        press(Keys.ARROW_RIGHT);
        assertEquals("2", active().getAttribute("value"));
        assertTrue(active().isSelected(), "the arrows choose");
        press(Keys.TAB);
        assertEquals("intake:domains:1:rating", active().getAttribute("name"), "one tab stop per domain, not four");
        assertTrue(js().executeScript("var s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;")
                .toString().startsWith("solid"), "the focus is visible");

        tabTo(e -> "intake:save".equals(e.getAttribute("id")));
        press(Keys.ENTER);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:confirmSave")));
        browser.wait.until(d -> "intake:confirmSave".equals(active().getAttribute("id")));
        press(Keys.ENTER);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        browser.screenshot("keyboard-referral-taken-in");
        assertTrue(browser.driver.getCurrentUrl().contains("referral.xhtml?id="));
    }

    private jakarta.json.JsonObject offering() throws Exception {
        java.net.URI uri = java.net.URI.create(portal());
        ApiClient provider = ApiClient.as(uri, "provider2.admin");
        long org = provider.get("api/v1/accounts?name=provider2.admin").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("organisationId").longValue();
        return provider.get("api/v1/offerings?size=50&contracted=true&organization=" + org).json()
                .getJsonArray("items").getJsonObject(0);
    }

    private WebElement active() {
        return browser.driver.switchTo().activeElement();
    }

    private void press(CharSequence key) {
        new Actions(browser.driver).sendKeys(key).perform();
    }

    private void type(String text) {
        new Actions(browser.driver).sendKeys(text).perform();
    }

    /** Presses Tab until the focused element is the wanted one (at most 80 times). */
    private void tabTo(Predicate<WebElement> wanted) {
        for (int i = 0; i < 80; i++) {
            press(Keys.TAB);
            if (wanted.test(active())) {
                return;
            }
        }
        throw new AssertionError("the keyboard does not reach the element; focus is on " + active().getAttribute("outerHTML"));
    }

    /**
     * Chooses an option of a PrimeFaces select with the keyboard: tab to it, open it with the space bar,
     * type to filter (or move with the arrows), confirm with Enter.
     */
    private void selectByKeys(String id, String label) {
        tabTo(e -> (id + "_label").equals(e.getAttribute("id")));
        press(Keys.SPACE);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_panel")));
        List<WebElement> filter = browser.driver.findElements(By.id(id + "_filter"));
        if (!filter.isEmpty()) {
            browser.wait.until(d -> filter.get(0).equals(active()));
            type(label);
            browser.wait.until(d -> d.findElements(By.cssSelector("[id='" + id + "_panel'] li.ui-selectonemenu-item"))
                    .stream().filter(WebElement::isDisplayed).findFirst().map(li -> li.getText().startsWith(label)).orElse(false));
            browser.wait.until(d -> highlighted(id).startsWith(label));
        } else {
            for (int i = 0; i < 20 && !highlighted(id).startsWith(label); i++) {
                press(Keys.ARROW_DOWN);
            }
        }
        press(Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
        if (!(id + "_label").equals(active().getAttribute("id"))) {
            browser.driver.findElement(By.id(id + "_label"));
        }
        assertFalse(browser.driver.findElement(By.id(id + "_label")).getText().startsWith("Choose"), id);
    }

    private String highlighted(String id) {
        List<WebElement> items = browser.driver.findElements(By.cssSelector("[id='" + id + "_panel'] li.ui-state-highlight"));
        return items.isEmpty() ? "" : items.get(0).getText();
    }
}
