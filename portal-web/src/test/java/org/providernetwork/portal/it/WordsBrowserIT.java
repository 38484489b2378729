package org.providernetwork.portal.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person reads words on the main pages, never codes: no status or urgency in capitals, no enum code, no
 * service code or county FIPS where a name belongs, no raw instant, no time in UTC, no template text; and the
 * lists open on a useful default, the provider's inbox in the order offers must be answered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WordsBrowserIT {

    /** Codes in capitals joined by underscores (IN_PROGRESS, EMOTIONAL_BEHAVIOURAL, NOT_CONTRACTED). */
    private static final Pattern ENUM_CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b");
    private static final Pattern STATUS_IN_CAPITALS = Pattern.compile(
            "\\b(?:REQUESTED|OFFERED|ACCEPTED|COMPLETED|CANCELLED|EMERGENCY|URGENT|ROUTINE|DRAFT|ACTIVE|EXPIRED)\\b");
    private static final Pattern RAW_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

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

    @Test
    void theStatesMainPagesShowWordsNotCodes() throws Exception {
        ApiClient api = ApiClient.as(URI.create(PortalDeployment.loopback(base)), "state.staff");
        List<String> services = codes(api, "api/v1/service-types", "code");
        List<String> counties = codes(api, "api/v1/counties", "fips");
        JsonObject referral = api.get("api/v1/referrals?size=1").json().getJsonArray("items").getJsonObject(0);

        signIn("state.staff");
        for (String page : List.of("home.xhtml", "referrals/referrals.xhtml", "offerings/offerings.xhtml", "capacity/board.xhtml",
                "contracts/contracts.xhtml", "reports/indicators.xhtml", "referrals/gaps.xhtml",
                "referrals/referral.xhtml?id=" + referral.getJsonNumber("id"))) {
            String text = read(page);
            assertWords(page, text);
            if (!page.startsWith("contracts") && !page.startsWith("home")) {
                for (String code : services) {
                    assertFalse(Pattern.compile("(?<![\\w-])" + Pattern.quote(code) + "(?![\\w-])").matcher(text).find(),
                            page + " shows the service code " + code);
                }
            }
            if (page.startsWith("referrals/referral")) {
                for (String fips : counties) {
                    assertFalse(Pattern.compile("\\b" + fips + "\\b").matcher(text).find(), page + " shows the FIPS code " + fips);
                }
            }
        }
        assertTrue(read("referrals/referrals.xhtml").matches("(?s).*\\b(?:CST|CDT)\\b.*"),
                "times are shown in the state's zone, with the zone");
    }

    @Test
    void aLeadsReferralListOpensOnItsRegionsReferrals() {
        signIn("lead.r1");
        String text = read("referrals/referrals.xhtml");
        assertWords("lead referrals", text);
        assertFalse(text.contains("No referral to show."), "a lead's list is not empty when it opens");
        assertFalse(browser.driver.findElements(By.cssSelector("[id='referrals:list_data'] tr")).isEmpty());
        assertWords("lead board", read("capacity/board.xhtml"));
        assertWords("lead home", read("home.xhtml"));
    }

    @Test
    void theStatewideBoardCellsOpenTheOfferingsBehindThem() {
        signIn("state.staff");
        read("capacity/board.xhtml");
        WebElement cell = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-cell]")));
        String key = cell.getAttribute("data-cell");
        cell.click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board:detailTable")));
        browser.ajaxDone();
        assertFalse(browser.driver.findElements(By.cssSelector("[id='board:detailTable_data'] tr")).isEmpty(),
                "the cell " + key + " opens its offerings");
        assertTrue(browser.driver.findElement(By.id("detailHeading")).getText().startsWith("Offerings behind "));
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "var f = document.querySelector('.board-frame'); return f.scrollWidth - f.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), "the statewide board fits the page at 1366 px");
        browser.screenshot("statewide-board-drilled");
    }

    @Test
    void theProvidersInboxListsEmergenciesFirstThenTheSoonestDeadline() {
        signIn("provider.admin");
        String text = read("referrals/referrals.xhtml");
        assertWords("provider inbox", text);
        List<String[]> rows = new ArrayList<>();
        for (WebElement row : browser.driver.findElements(By.cssSelector("[id='referrals:list_data'] tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.size() >= 8) {
                rows.add(new String[] {cells.get(2).getText().trim(),
                        cells.get(6).findElement(By.className("countdown")).getAttribute("title")});
            }
        }
        boolean otherSeen = false;
        for (int i = 0; i < rows.size(); i++) {
            boolean emergency = rows.get(i)[0].equals("Emergency");
            assertFalse(emergency && otherSeen, "an emergency below another offer: row " + i);
            otherSeen |= !emergency;
            if (i > 0 && rows.get(i - 1)[0].equals("Emergency") == emergency) {
                assertTrue(rows.get(i - 1)[1].compareTo(rows.get(i)[1]) <= 0, "soonest deadline first: row " + i);
            }
        }
        assertWords("provider home", read("home.xhtml"));
    }

    @Test
    void theAuditTrailNamesOrganisationsAndRecords() {
        signIn("auditor");
        String text = read("audit/audit.xhtml");
        assertWords("audit", text);
        assertFalse(Pattern.compile("\\b(?:UserAccount|ServiceOffering|Org\\.) \\d+").matcher(text).find(),
                "records and organisations by name: " + text.substring(0, Math.min(800, text.length())));
    }

    // ---------------------------------------------------------------------------------------------------

    private void signIn(String user) {
        browser.signIn(PortalDeployment.loopback(base), user, ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.urlContains("home.xhtml"));
    }

    private String read(String page) {
        browser.driver.get(PortalDeployment.loopback(base) + page);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".portal-main")));
        browser.ajaxDone();
        return browser.driver.findElement(By.tagName("body")).getText();
    }

    private static void assertWords(String page, String text) {
        assertFalse(text.contains("#{"), page + ": template text");
        for (Pattern code : List.of(ENUM_CODE, STATUS_IN_CAPITALS, RAW_INSTANT)) {
            Matcher found = code.matcher(text);
            assertFalse(found.find(), () -> page + " shows the code '" + found.group() + "' in: "
                    + text.substring(Math.max(0, found.start() - 80), Math.min(text.length(), found.end() + 80)));
        }
        assertFalse(text.contains(" UTC"), page + ": a time in UTC");
    }

    private static List<String> codes(ApiClient api, String path, String key) throws Exception {
        return api.get(path).array().stream().map(JsonValue::asJsonObject).map(o -> o.getString(key)).toList();
    }
}
