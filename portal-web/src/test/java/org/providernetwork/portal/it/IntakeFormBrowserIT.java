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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The referral intake form as a person meets it: every problem at once, next to its field, in plain
 * words; required fields marked; nothing decided for them; dates typed as people type them; nothing lost
 * by a refused submit; an offer to a match confirmed first, naming the provider.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeFormBrowserIT {

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

    /** An offering of a demo provider with places free, so that the referral has matches. */
    private jakarta.json.JsonObject offeringWithRoom() throws Exception {
        java.net.URI uri = java.net.URI.create(portal());
        ApiClient provider = ApiClient.as(uri, "provider2.admin");
        long org = provider.get("api/v1/accounts?name=provider2.admin").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("organisationId").longValue();
        jakarta.json.JsonObject offering = provider.get("api/v1/offerings?size=50&contracted=true&organization=" + org).json()
                .getJsonArray("items").getJsonObject(1);
        long id = offering.getJsonNumber("id").longValue();
        ApiClient.Reply capacity = provider.get("api/v1/capacity/" + id);
        jakarta.json.JsonObject c = capacity.json();
        assertEquals(200, provider.put("api/v1/capacity/" + id, "{\"available\": 3, \"maximum\": "
                + Math.max(c.getInt("maximum"), 3 + c.getInt("reserved")) + ", \"waitlist\": 0}", capacity.header("ETag")).status());
        return offering;
    }

    private void openIntake() {
        browser.signIn(portal(), "state.staff", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stateHome")));
        browser.driver.get(portal() + "referrals/referral-new.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:number")));
    }

    @Test
    void aRefusedSubmitShowsEveryProblemAtOnceInPlainWordsAndKeepsWhatWasTyped() {
        openIntake();
        // nothing a person must decide is decided for them
        assertTrue(browser.driver.findElement(By.id("intake:risk_label")).getText().startsWith("Choose"), "no risk chosen");
        assertTrue(browser.driver.findElement(By.id("intake:urgency_label")).getText().startsWith("Choose"), "no urgency chosen");
        assertTrue(browser.driver.findElement(By.id("intake:children:0:gender_label")).getText().startsWith("Choose"), "no gender chosen");
        // required fields are marked, for the eye and for assistive technology
        for (String id : List.of("intake:number", "intake:caseManager", "intake:children:0:childName", "intake:children:0:birthDate_input")) {
            assertEquals("true", browser.driver.findElement(By.id(id)).getAttribute("aria-required"), id);
        }
        for (String id : List.of("intake:serviceType", "intake:homeCounty", "intake:risk", "intake:urgency")) {
            WebElement focus = browser.driver.findElement(By.id(id + "_label"));
            assertEquals("true", focus.getAttribute("aria-required"), id);
        }
        assertFalse(browser.driver.findElements(By.cssSelector("label[for='intake:number'] .ui-outputlabel-rfi")).isEmpty(),
                "the number's label carries the required mark");

        browser.driver.findElement(By.id("intake:number")).sendKeys("KEEP-ME-1");
        browser.driver.findElement(By.id("intake:children:0:birthDate_input")).sendKeys("2012-0");
        browser.driver.findElement(By.id("intake:notes")).sendKeys("typed notes stay");
        browser.driver.findElement(By.id("intake:children:0:statePersonId")).sendKeys("MS 12");
        browser.driver.findElement(By.id("intake:save")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#intake .ui-messages-error")));
        browser.ajaxDone();
        browser.screenshot("intake-all-problems");

        Map<String, String> expected = Map.of(
                "intake:serviceType", "Choose the service requested",
                "intake:homeCounty", "Choose the child's home county",
                "intake:risk", "Choose the safety risk",
                "intake:urgency", "Choose the urgency",
                "intake:caseManager", "Type the name of the family's state case manager",
                "intake:children:0:childName", "Type the name or initials of the child",
                "intake:children:0:birthDate", "Birth date: type a date such as 03/14/2012",
                "intake:children:0:gender", "Choose the gender of the child",
                "intake:children:0:statePersonId", "State person id of the child: 1 to 40 letters");
        String page = browser.driver.findElement(By.id("intake")).getText();
        expected.forEach((field, words) -> assertTrue(fieldMessage(field).contains(words),
                field + " shows '" + words + "' next to it; it shows '" + fieldMessage(field) + "'"));
        assertTrue(page.contains("9 things to fix"), page);
        assertFalse(page.contains("null"), "never 'null'");
        assertFalse(page.contains("intake:"), "never a field id");
        // nothing typed is lost
        assertEquals("KEEP-ME-1", browser.driver.findElement(By.id("intake:number")).getAttribute("value"));
        assertEquals("2012-0", browser.driver.findElement(By.id("intake:children:0:birthDate_input")).getAttribute("value"));
        assertEquals("typed notes stay", browser.driver.findElement(By.id("intake:notes")).getAttribute("value"));
        assertEquals("MS 12", browser.driver.findElement(By.id("intake:children:0:statePersonId")).getAttribute("value"));
    }

    /** The text of the message PrimeFaces shows for a field (p:message for=...), found by the field's label relation. */
    private String fieldMessage(String clientId) {
        Object text = js().executeScript("var input = document.getElementById(arguments[0]) || document.getElementById(arguments[0] + '_input');"
                + " var cell = input; while (cell && !(cell.classList && (cell.classList.contains('field') || cell.tagName === 'TD'))) cell = cell.parentElement;"
                + " if (!cell) return '';"
                + " return Array.from(cell.querySelectorAll('.ui-message')).map(function (m) { return m.textContent.trim(); }).join(' ');",
                clientId);
        return text == null ? "" : text.toString();
    }

    @Test
    void datesAreTypedInTheUsualFormatsWithoutThePickerTakingFocusAndThePickerNavigatesYears() {
        openIntake();
        WebElement birth = browser.driver.findElement(By.id("intake:children:0:birthDate_input"));
        birth.click();
        birth.sendKeys("03/14/2015");
        assertEquals("intake:children:0:birthDate_input", js().executeScript("return document.activeElement.id;"),
                "typing keeps the focus in the field");
        assertEquals("03/14/2015", birth.getAttribute("value"));
        birth.sendKeys(Keys.TAB);
        assertEquals("03/14/2015", birth.getAttribute("value"), "leaving the field keeps the date as typed");

        birth.clear();
        birth.sendKeys("2015-03-14");
        birth.sendKeys(Keys.TAB);
        assertEquals("2015-03-14", birth.getAttribute("value"), "a year-first date is kept as typed");
        browser.driver.findElement(By.id("intake:save")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#intake .ui-messages-error")));
        browser.ajaxDone();
        assertEquals("", fieldMessage("intake:children:0:birthDate"), "a year-first date is understood");
        assertEquals("03/14/2015", browser.driver.findElement(By.id("intake:children:0:birthDate_input")).getAttribute("value"),
                "and written back the usual way");

        // the picker, opened by its button, has a year control
        browser.driver.findElement(By.cssSelector("[id='intake:children:0:birthDate'] .ui-datepicker-trigger")).click();
        WebElement year = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-datepicker-year")));
        assertEquals("Year", year.getAttribute("aria-label"));
        year.click();
        year.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2010", Keys.TAB);
        browser.wait.until(d -> "2010".equals(d.findElement(By.cssSelector(".ui-datepicker-year")).getAttribute("value")));
        js().executeScript("Array.from(document.querySelectorAll('.ui-datepicker-calendar td:not(.ui-datepicker-other-month) a'))"
                + ".find(function (a) { return a.textContent.trim() === '14'; }).click();");
        browser.wait.until(d -> d.findElement(By.id("intake:children:0:birthDate_input")).getAttribute("value").matches("\\d\\d/14/2010"));
        browser.screenshot("intake-date-picker-years");
    }

    @Test
    void aCompleteReferralIsTakenInAndAnOfferToAnotherMatchIsConfirmedNamingTheProvider() throws Exception {
        jakarta.json.JsonObject offering = offeringWithRoom();
        openIntake();
        browser.driver.findElement(By.id("intake:number")).sendKeys("FORM-" + (System.nanoTime() % 1000000));
        Widgets.choose(browser, "intake:serviceType", offering.getString("serviceTypeName"));
        Widgets.choose(browser, "intake:homeCounty", offering.getString("countyName"));
        Widgets.choose(browser, "intake:risk", "Moderate");
        Widgets.choose(browser, "intake:urgency", "Routine");
        browser.driver.findElement(By.id("intake:caseManager")).sendKeys("Casey Manager");
        browser.driver.findElement(By.id("intake:children:0:childName")).sendKeys("J.D.");
        browser.driver.findElement(By.id("intake:children:0:birthDate_input")).sendKeys(org.providernetwork.portal.shell.TypedDate.format(
                PortalDeployment.today().minusYears(offering.getInt("minAge")).minusDays(20)));
        Widgets.choose(browser, "intake:children:0:gender", offering.getString("genders").equals("MALE") ? "Male" : "Female");
        browser.driver.findElement(By.id("intake:save")).click();
        // nothing is stored before the person confirms the offer to the best match
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("intake:confirmSave")));
        String asked = browser.driver.findElement(By.id("confirmIntakeText")).getText();
        assertTrue(asked.contains("offer it now to the best match"), asked);
        browser.screenshot("intake-confirm");
        browser.driver.findElement(By.id("intake:confirmBack")).click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("intake:confirmSave")));
        assertTrue(browser.driver.getCurrentUrl().contains("referral-new.xhtml"), "going back stays on the form");
        browser.driver.findElement(By.id("intake:save")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("intake:confirmSave"))).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        browser.screenshot("intake-taken-in");

        List<WebElement> offers = browser.driver.findElements(By.cssSelector("button[id$=':offer']"));
        assertFalse(offers.isEmpty(), "other matches can be offered");
        WebElement offer = offers.get(0);
        String row = offer.findElement(By.xpath("ancestor::tr")).getText();
        int offeredBefore = browser.driver.findElements(By.cssSelector("[id='referral:offers_data'] tr")).size();
        offer.click();
        WebElement dialog = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        String question = dialog.getText();
        String provider = row.lines().skip(1).findFirst().orElse("");
        assertTrue(question.contains("Offer referral"), question);
        assertTrue(!provider.isBlank() && question.contains(provider.trim()), "the question names the provider: " + question + " / " + row);
        browser.screenshot("intake-offer-confirm");
        browser.driver.findElement(By.id("confirmNo")).click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm")));
        browser.ajaxDone();
        assertEquals(offeredBefore, browser.driver.findElements(By.cssSelector("[id='referral:offers_data'] tr")).size(),
                "answering no offers nothing");

        browser.driver.findElements(By.cssSelector("button[id$=':offer']")).get(0).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        browser.driver.findElement(By.id("confirmYes")).click();
        browser.wait.until(d -> d.findElements(By.cssSelector("[id='referral:offers_data'] tr")).size() == offeredBefore + 1);
    }

    @Test
    void aReferralAllowedUpToGroupCareWithKinFirstHasItsMatchesExplainedByLevelOfCareInWords() throws Exception {
        ApiClient state = ApiClient.as(java.net.URI.create(portal()), "state.staff");
        jakarta.json.JsonObject offering = state.get("api/v1/offerings?serviceType=FOSTER&contracted=true&size=50&sort=-available")
                .json().getJsonArray("items").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(o -> o.getInt("available") > 0).findFirst()
                .orElseThrow(() -> new AssertionError("no foster care offering with a free place"));
        openIntake();
        browser.driver.findElement(By.id("intake:number")).sendKeys("LEVEL-" + (System.nanoTime() % 1000000));
        Widgets.choose(browser, "intake:serviceType", offering.getString("serviceTypeName"));
        Widgets.choose(browser, "intake:homeCounty", offering.getString("countyName"));
        Widgets.choose(browser, "intake:maxLevelOfCare", "Group care");
        Widgets.choose(browser, "intake:risk", "Moderate");
        Widgets.choose(browser, "intake:urgency", "Routine");
        browser.driver.findElement(By.cssSelector("[id='intake:kinFirst'] .ui-chkbox-box")).click();
        browser.wait.until(d -> d.findElement(By.id("intake:kinFirst_input")).isSelected());
        browser.driver.findElement(By.id("intake:caseManager")).sendKeys("Casey Manager");
        browser.driver.findElement(By.id("intake:children:0:childName")).sendKeys("K.F.");
        browser.driver.findElement(By.id("intake:children:0:birthDate_input")).sendKeys(org.providernetwork.portal.shell.TypedDate.format(
                PortalDeployment.today().minusYears(offering.getInt("minAge")).minusDays(20)));
        Widgets.choose(browser, "intake:children:0:gender", offering.getString("genders").equals("MALE") ? "Male" : "Female");
        browser.driver.findElement(By.id("intake:save")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("intake:confirmSave"))).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        browser.screenshot("intake-level-of-care");

        assertEquals("Group care", browser.driver.findElement(By.id("maxLevelOfCare")).getText());
        assertTrue(browser.driver.getPageSource().contains(", kin first"), "the referral says kin first");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("[id='referral:candidates_data'] > tr:not(.ui-datatable-empty-message)"));
        assertFalse(rows.isEmpty(), "a foster care offering has a free place: there are matches");
        java.util.regex.Pattern level = java.util.regex.Pattern.compile("kinship care, kin first asked: ranked before every other level of care"
                + "|foster care, the level of care requested: ranked before the more restrictive levels allowed \\(up to group care\\)"
                + "|(therapeutic foster care|group care), more restrictive than the foster care requested \\(allowed up to group care\\):"
                + " ranked after less restrictive levels");
        for (WebElement row : rows) {
            String why = row.getText();
            assertTrue(level.matcher(why).find(), "each match says where its level of care puts it, in words: " + why);
            assertFalse(why.matches("(?s).*\\b(KIN|FOSTER|THERAPEUTIC_FOSTER|GROUP|INSTITUTION)\\b.*"), "no codes: " + why);
        }
    }
}
