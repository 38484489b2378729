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
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.providernetwork.portal.shell.Formats;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person in a real browser: signing in with every demo role, the directory, registering an organisation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {

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

    @ParameterizedTest(name = "{0} signs in and sees the {1} home page")
    @CsvSource({
        "state.staff, stateHome",
        "cqi.reviewer, stateHome",
        "auditor, stateHome",
        "lead.r1, leadHome",
        "lead.r7, leadHome",
        "provider.admin, orgHome",
        "provider.staff, orgHome",
        "statewide.admin, orgHome"})
    void everyDemoRoleSignsInToItsOwnHomePage(String username, String section) {
        browser.signIn(PortalDeployment.loopback(base), username, ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(section)));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/home.xhtml"), browser.driver.getCurrentUrl());
        for (String other : List.of("stateHome", "leadHome")) {
            if (!other.equals(section)) {
                assertTrue(browser.driver.findElements(By.id(other)).isEmpty(), username + " must not see " + other);
            }
        }
        if (section.equals("stateHome")) {
            assertEquals("7", browser.driver.findElement(By.id("leadCount")).getText());
            assertEquals("82", browser.driver.findElement(By.id("countyCount")).getText());
        }
        if (section.equals("leadHome")) {
            String region = username.substring("lead.".length()).toUpperCase();
            assertTrue(browser.driver.findElement(By.id("regionName")).getText().startsWith("Region " + region.substring(1)));
            assertTrue(Integer.parseInt(browser.driver.findElement(By.id("regionLocal")).getText()) >= 2);
        }
        if (section.equals("orgHome")) {
            assertFalse(browser.driver.findElement(By.id("orgName")).getText().isBlank());
            assertFalse(browser.driver.findElements(By.cssSelector("[id$='ownOfferings_data'] tr")).isEmpty());
        }
        browser.screenshot("home-" + username);
        browser.driver.findElement(By.id("nav:signOut")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signedOutNote")));
        browser.driver.get(PortalDeployment.loopback(base) + "home.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    }

    @Test
    void aProviderUpdatesCapacityInOneStepFromItsHomePage() {
        browser.signIn(PortalDeployment.loopback(base), "provider.staff", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orgHome")));
        replace(By.id("capacity:ownOfferings:0:maximum_input"), "30");
        replace(By.id("capacity:ownOfferings:0:available_input"), "7");
        browser.driver.findElement(By.id("capacity:ownOfferings:0:save")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("capacity:capacityMessages"), "7 of 30 places free"));
        browser.screenshot("provider-capacity-saved");
        browser.driver.navigate().refresh();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("capacity:ownOfferings:0:available_input")));
        assertEquals("7", browser.driver.findElement(By.id("capacity:ownOfferings:0:available_input")).getAttribute("value"));

        replace(By.id("capacity:ownOfferings:0:available_input"), "31");
        browser.driver.findElement(By.id("capacity:ownOfferings:0:save")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("capacity:capacityMessages"), "places can be available"));
    }

    @Test
    void aProviderUpdatesCapacityAndTheLeadsBoardShowsIt() throws Exception {
        java.net.URI portal = java.net.URI.create(PortalDeployment.loopback(base));
        ApiClient provider = ApiClient.as(portal, "provider.admin");
        long organisation = provider.get("api/v1/accounts?name=provider.admin").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("organisationId").longValue();
        jakarta.json.JsonObject offering = provider.get("api/v1/organizations/" + organisation).json()
                .getJsonArray("offerings").getJsonObject(0);
        long offeringId = offering.getJsonNumber("id").longValue();
        String cellKey = offering.getString("serviceType") + "-" + offering.getJsonObject("location").getString("fips");

        browser.signIn(PortalDeployment.loopback(base), "lead.r1", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("leadHome")));
        browser.driver.findElement(By.id("nav:board")).click();
        By cell = By.cssSelector("[data-cell='" + cellKey + "']");
        int before = Integer.parseInt(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(cell)).getText().split("/")[0]);

        ApiClient.Reply capacity = provider.get("api/v1/capacity/" + offeringId);
        int available = capacity.json().getInt("available");
        int maximum = capacity.json().getInt("maximum");
        int changed = available == maximum ? available - 1 : available + 1;
        assertEquals(200, provider.put("api/v1/capacity/" + offeringId,
                "{\"available\": " + changed + ", \"maximum\": " + maximum + "}", capacity.header("ETag")).status());

        browser.driver.navigate().refresh();
        int after = Integer.parseInt(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(cell)).getText().split("/")[0]);
        assertEquals(before + (changed - available), after, "the board shows the provider's new figure");
        browser.driver.findElement(cell).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board:detail"), offering.getString("name")));
        browser.screenshot("lead-capacity-board");
    }

    @Test
    void stateStaffDraftAPrimeContractAndALeadsSubcontractOutsideItIsRefused() throws Exception {
        String number = "PORTAL-PRIME-" + (System.nanoTime() % 100000);
        ApiClient state = ApiClient.as(java.net.URI.create(PortalDeployment.loopback(base)), "state.staff");
        long lead = state.get("api/v1/organizations?type=LEAD_CONTRACTOR&region=R1&size=1").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        // after every active prime of the region's lead (the demo's runs about two years from loading)
        java.time.LocalDate from = ContractsMariaDbIT.afterEveryActivePrimeOf(state, lead);
        browser.signIn(PortalDeployment.loopback(base), "state.staff", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stateHome")));
        browser.driver.findElement(By.id("nav:contracts")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("contracts:new"))).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form:number"))).sendKeys(number);
        // the suppliers offered follow the kind: a direct contract is with a statewide provider, never a lead
        assertTrue(options("form:supplier").contains("Northwest Family Partnership"), "a prime contract's supplier is a lead");
        switchTo("form:kind", "Direct");
        browser.wait.until(d -> !options("form:supplier").contains("Northwest Family Partnership")
                && options("form:supplier").size() > 1);
        switchTo("form:kind", "Prime");
        browser.wait.until(d -> options("form:supplier").contains("Northwest Family Partnership"));
        choose("form:supplier", "Northwest Family Partnership");
        date("form:start", from.toString());
        date("form:end", from.plusYears(1).minusDays(1).toString());
        type("form:budget_input", "900000");
        choose("form:service", "Foster care");
        type("form:rate_input", "80");
        type("form:funded_input", "12");
        tick("form:counties", "Lafayette");
        browser.driver.findElement(By.id("form:save")).click();
        try {
            browser.wait.until(ExpectedConditions.textToBe(By.id("contractStatus"), "Draft"));
        } finally {
            browser.screenshot("contract-drafted");
        }
        browser.driver.findElement(By.id("contract:activate")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("contractStatus"), "Active"));

        browser.signIn(PortalDeployment.loopback(base), "lead.r1", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("leadHome")));
        browser.driver.get(PortalDeployment.loopback(base) + "contracts/contract-new.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form:number"))).sendKeys(number + "-SUB");
        choose("form:supplier", "Lafayette County Family Services");
        choose("form:prime", number);
        date("form:start", from.plusMonths(1).toString());
        date("form:end", from.plusMonths(6).minusDays(1).toString());
        type("form:budget_input", "40000");
        choose("form:service", "Foster care");
        type("form:rate_input", "75");
        type("form:funded_input", "3");
        tick("form:counties", "DeSoto");
        browser.driver.findElement(By.id("form:save")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form:countiesMessage"), "does not cover county"));
        browser.screenshot("subcontract-outside-prime");
        assertEquals(number + "-SUB", browser.driver.findElement(By.id("form:number")).getAttribute("value"), "nothing typed is lost");
    }

    @Test
    void twoPeopleAmendingTheSameContractTheSecondIsToldAndKeepsWhatTheyTyped() throws Exception {
        java.net.URI portal = java.net.URI.create(PortalDeployment.loopback(base));
        ApiClient other = ApiClient.as(portal, "state.staff");
        long lead = other.get("api/v1/organizations?type=LEAD_CONTRACTOR&region=R2&size=1").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        String county = other.get("api/v1/counties?region=R2").array().getJsonObject(0).getString("fips");
        String number = "TWO-EDITORS-" + (System.nanoTime() % 100000);
        // a draft on days the calendar has not reached
        java.time.LocalDate start = PortalDeployment.today().plusYears(1);
        String period = "\"start\": \"" + start + "\", \"end\": \"" + start.plusYears(1).minusDays(1) + "\"";
        ApiClient.Reply drafted = other.post("api/v1/contracts", "{\"number\": \"" + number + "\", \"kind\": \"PRIME\","
                + " \"supplierId\": " + lead + ", " + period + ", \"budgetCeiling\": 500000,"
                + " \"lines\": [{\"serviceType\": \"FOSTER\", \"unit\": \"DAY\", \"unitRate\": 80, \"fundedCapacity\": 5,"
                + " \"counties\": [\"" + county + "\"]}]}");
        assertEquals(201, drafted.status(), drafted.body());
        long id = drafted.json().getJsonNumber("id").longValue();

        browser.signIn(PortalDeployment.loopback(base), "state.staff", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stateHome")));
        browser.driver.get(PortalDeployment.loopback(base) + "contracts/contract.xhtml?id=" + id);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contract:amendDescription")))
                .sendKeys("Budget for a second site");
        type("contract:amendBudget_input", "750000");

        // meanwhile a colleague saves an amendment of the same contract
        ApiClient.Reply first = other.post("api/v1/contracts/" + id + "/amendments", "{\"description\": \"Rate review\","
                + " " + period + ", \"budgetCeiling\": 520000}", null,
                "\"" + drafted.json().getJsonNumber("version") + "\"");
        assertEquals(200, first.status(), first.body());

        browser.driver.findElement(By.id("contract:amend")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contract:messages"), "Someone else saved"));
        browser.screenshot("contract-second-editor-refused");
        assertEquals("Budget for a second site", browser.driver.findElement(By.id("contract:amendDescription")).getAttribute("value"),
                "what the second person typed is still there");
        assertEquals(1, other.get("api/v1/contracts/" + id).json().getJsonArray("amendments").size(), "nothing of the refused save is written");

        browser.driver.findElement(By.id("contract:reload")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contract:messages"), "Reloaded"));
        assertEquals("Budget for a second site", browser.driver.findElement(By.id("contract:amendDescription")).getAttribute("value"));
        browser.driver.findElement(By.id("contract:amend")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contract:messages"), "Amendment recorded"));
        jakarta.json.JsonObject now = other.get("api/v1/contracts/" + id).json();
        assertEquals(2, now.getJsonArray("amendments").size(), "both changes are kept, in order");
        assertEquals(750000, now.getJsonNumber("budgetCeiling").intValue());
    }

    @Test
    void aProviderAdministratorEditsItsOfferingAndSeesErrorsNextToTheFields() throws Exception {
        browser.signIn(PortalDeployment.loopback(base), "provider.admin", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orgHome")));
        browser.driver.findElement(By.id("nav:offerings")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='offerings:list'] tbody tr a"))).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("edit"))).click();
        WebElement name = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("offering:name")));
        String original = name.getAttribute("value");
        number("offering:maxSiblingGroup", "0");
        browser.driver.findElement(By.id("offering:save")).click();
        browser.wait.until(d -> d.getPageSource().contains("a sibling group kept together has 1 to 12 children"));
        browser.ajaxDone();
        browser.screenshot("offering-error-next-to-field");
        assertEquals(original, browser.driver.findElement(By.id("offering:name")).getAttribute("value"), "nothing typed is lost");

        number("offering:maxSiblingGroup", "3");
        replace(By.id("offering:description"), "Weekend and evening visits available.");
        int before = browser.driver.findElements(By.cssSelector("input[id$=':issuer']")).size();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("offering:addCredential"))).click();
        // the table is replaced by the reply: wait for the new row and the finished request, then find the inputs afresh
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("input[id$=':issuer']"), before + 1));
        browser.ajaxDone();
        List<WebElement> issuers = browser.driver.findElements(By.cssSelector("input[id$=':issuer']"));
        issuers.get(issuers.size() - 1).sendKeys("Council on Accreditation");
        List<WebElement> identifiers = browser.driver.findElements(By.cssSelector("input[id$=':identifier']"));
        identifiers.get(identifiers.size() - 1).sendKeys("COA-BROWSER");
        List<WebElement> expiries = browser.driver.findElements(By.cssSelector("[id$=':expiresOn']"));
        date(expiries.get(expiries.size() - 1).getAttribute("id"), PortalDeployment.today().plusYears(3).toString());
        browser.driver.findElement(By.id("offering:save")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("credentials")));
        assertEquals("3", browser.driver.findElement(By.id("siblings")).getText());
        assertTrue(browser.driver.findElement(By.id("credentials")).getText().contains("COA-BROWSER"));
        browser.screenshot("offering-saved");
    }

    @Test
    void aReferralTakenInThePortalIsOfferedAcceptedStartedAndCompletedByTheProvider() throws Exception {
        java.net.URI portal = java.net.URI.create(PortalDeployment.loopback(base));
        ApiClient state = ApiClient.as(portal, "state.staff");
        ApiClient provider = ApiClient.as(portal, "provider2.admin");
        ApiClient.Reply account = provider.get("api/v1/accounts?name=provider2.admin");
        assertEquals(200, account.status(), account.body());
        long org = account.json().getJsonArray("items").getJsonObject(0).getJsonNumber("organisationId").longValue();
        ApiClient.Reply offerings = provider.get("api/v1/offerings?size=50&contracted=true&organization=" + org);
        assertEquals(200, offerings.status(), offerings.body());
        jakarta.json.JsonObject offering = offerings.json().getJsonArray("items").getJsonObject(2);
        long offeringId = offering.getJsonNumber("id").longValue();
        ApiClient.Reply capacity = provider.get("api/v1/capacity/" + offeringId);
        jakarta.json.JsonObject c = capacity.json();
        assertEquals(200, provider.put("api/v1/capacity/" + offeringId, "{\"available\": 2, \"maximum\": "
                + Math.max(c.getInt("maximum"), 2 + c.getInt("reserved")) + ", \"waitlist\": 0}", capacity.header("ETag")).status());
        String number = "PORTAL-REF-" + (System.nanoTime() % 100000);

        browser.signIn(PortalDeployment.loopback(base), "state.staff", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stateHome")));
        browser.driver.findElement(By.id("nav:referrals")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("referrals:new"))).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:number"))).sendKeys(number);
        choose("intake:serviceType", offering.getString("serviceTypeName"));
        choose("intake:homeCounty", offering.getString("countyName"));
        browser.driver.findElement(By.id("intake:caseManager")).sendKeys("Casey Manager");
        browser.driver.findElement(By.id("intake:children:0:childName")).sendKeys("J.D.");
        browser.driver.findElement(By.id("intake:children:0:birthDate_input")).sendKeys(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")
                .format(PortalDeployment.today().minusYears(offering.getInt("minAge")).minusDays(20)));
        choose("intake:children:0:gender", offering.getString("genders").equals("MALE") ? "Male" : "Female");
        choose("intake:risk", "Moderate");
        choose("intake:urgency", "Urgent");
        browser.driver.findElement(By.id("intake:save")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("intake:confirmSave"))).click();
        try {
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        } finally {
            browser.screenshot("referral-taken-in");
        }
        assertTrue(browser.driver.getPageSource().contains(number));
        assertTrue(browser.driver.findElement(By.id("referral:candidates")).getText().contains("km"),
                "the matches explain themselves");

        long referralId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        jakarta.json.JsonObject referral = state.get("api/v1/referrals/" + referralId).json();
        boolean offered = referral.getJsonArray("offers").stream().map(jakarta.json.JsonValue::asJsonObject)
                .anyMatch(o -> o.getJsonNumber("offeringId").longValue() == offeringId);
        if (!offered) {
            assertEquals(200, state.post("api/v1/referrals/" + referralId + "/offer", "{\"offeringId\": " + offeringId + "}").status());
        }
        int before = provider.get("api/v1/capacity/" + offeringId).json().getInt("available");

        browser.signIn(PortalDeployment.loopback(base), "provider2.admin", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orgHome")));
        browser.driver.findElement(By.id("nav:referrals")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("referrals:number"))).sendKeys(number);
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.linkText(number))).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[id$=':accept']"))).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("status"), "Accepted"));
        browser.screenshot("referral-accepted");
        assertEquals(before - 1, provider.get("api/v1/capacity/" + offeringId).json().getInt("available"),
                "the provider's capacity drops by the place it holds");
        browser.driver.findElement(By.id("referral:start")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("status"), "In progress"));

        // the outcome record: units delivered, refused with the error next to the field, then recorded and priced
        browser.driver.findElement(By.id("referral:outcomesLink")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("caseStatus"), "In progress"));
        assertEquals("$0.00", browser.driver.findElement(By.id("totalAmount")).getText());
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Service units"))).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forms:units:unitsCount_input")));
        number("forms:units:unitsCount", "0");
        browser.driver.findElement(By.id("forms:units:recordUnits")).click();
        browser.wait.until(d -> d.getPageSource().contains("a positive number of units"));
        browser.ajaxDone();
        browser.screenshot("outcome-units-error");
        number("forms:units:unitsCount", "2");
        browser.driver.findElement(By.id("forms:units:recordUnits")).click();
        browser.wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("totalAmount"), "$0.00")));
        assertTrue(browser.driver.findElement(By.id("unitsTable")).getText().contains("2.00"), "the units are listed");
        browser.screenshot("outcome-units-recorded");
        browser.driver.get(PortalDeployment.loopback(base) + "referrals/referral.xhtml?id=" + referralId);
        browser.wait.until(ExpectedConditions.textToBe(By.id("status"), "In progress"));

        if (!browser.driver.findElements(By.id("referral:dischargeReason")).isEmpty()) {
            choose("referral:dischargeReason", "The child stays in care");
        }
        browser.driver.findElement(By.id("referral:completionNote")).sendKeys("returned home");
        browser.driver.findElement(By.id("referral:complete")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("status"), "Completed"));
        assertEquals(before, provider.get("api/v1/capacity/" + offeringId).json().getInt("available"), "and rises at discharge");

        browser.signIn(PortalDeployment.loopback(base), "provider.admin", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orgHome")));
        browser.driver.get(PortalDeployment.loopback(base) + "referrals/referral.xhtml?id=" + referralId);
        assertTrue(browser.driver.getPageSource().contains("Not found"), "another provider does not see it");
    }

    @Test
    void aLeadPutsAReferralOnAWaitlistAndTheProviderFreeingAPlaceOffersItThePlace() throws Exception {
        java.net.URI portal = java.net.URI.create(PortalDeployment.loopback(base));
        ApiClient lead = ApiClient.as(portal, "lead.r2");
        ApiClient provider = ApiClient.as(portal, "provider2.admin");
        long org = provider.get("api/v1/accounts?name=provider2.admin").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("organisationId").longValue();
        jakarta.json.JsonObject offering = provider.get("api/v1/offerings?size=50&contracted=true&organization=" + org).json()
                .getJsonArray("items").getJsonObject(3);
        long offeringId = offering.getJsonNumber("id").longValue();
        String offeringName = offering.getString("name");

        // no place is free at the offering when the region's lead takes the referral in
        ApiClient.Reply capacity = provider.get("api/v1/capacity/" + offeringId);
        jakarta.json.JsonObject c = capacity.json();
        assertEquals(200, provider.put("api/v1/capacity/" + offeringId, "{\"available\": 0, \"maximum\": "
                + Math.max(c.getInt("maximum"), c.getInt("reserved")) + "}", capacity.header("ETag")).status());
        String number = "PORTAL-WAIT-" + (System.nanoTime() % 100000);
        String genders = offering.getString("genders");
        ApiClient.Reply created = lead.post("api/v1/referrals", "{\"number\": \"" + number + "\", \"serviceType\": \""
                + offering.getString("serviceTypeCode") + "\", \"homeCounty\": \"" + offering.getString("countyFips")
                + "\", \"children\": [{\"name\": \"W.P.\", \"birthDate\": \""
                + PortalDeployment.today().minusYears(offering.getInt("minAge")).minusDays(10) + "\", \"gender\": \""
                + (genders.equals("ANY") ? "FEMALE" : genders) + "\"}], \"ratings\": {\"TRAUMA\": 2}, \"requiredPopulations\": [],"
                + " \"risk\": \"MODERATE\", \"urgency\": \"URGENT\", \"caseManagerName\": \"Casey Manager\"}");
        assertEquals(201, created.status(), created.body());
        long referralId = created.json().getJsonNumber("id").longValue();

        // the lead opens the referral and waits for a place at the offering left out for want of one
        browser.signIn(PortalDeployment.loopback(base), "lead.r2", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("leadHome")));
        browser.driver.get(PortalDeployment.loopback(base) + "referrals/referral.xhtml?id=" + referralId);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        assertTrue(browser.driver.findElement(By.id("referral:waiting")).getText().contains("Not waiting anywhere."),
                "it waits nowhere yet");
        waitButton(offeringName).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queuePlace-" + offeringId)));
        browser.ajaxDone();
        int position = lead.get("api/v1/referrals/" + referralId).json().getJsonArray("waiting").getJsonObject(0).getInt("position");
        String place = browser.driver.findElement(By.id("queuePlace-" + offeringId)).getText();
        assertEquals(Formats.ordinal(position) + " in the queue", place.replaceAll("[:,].*", ""),
                "the place in the queue in words: " + place);
        assertTrue(browser.driver.findElement(By.id("referral:waiting")).getText().contains(offeringName));
        assertTrue(browser.driver.findElements(By.cssSelector("button[id$=':waitFor']")).stream()
                .noneMatch(b -> String.valueOf(b.getAttribute("aria-label")).startsWith("Wait for a place at " + offeringName + ",")),
                "waiting there already: no second button");
        browser.screenshot("referral-waiting");
        List<Axe.Violation> violations = Axe.failing(browser.driver);
        assertTrue(violations.isEmpty(), "the referral page waiting for a place passes axe-core: " + violations);

        // the lead's capacity board counts the referral waiting in the offering's cell
        int waiting = provider.get("api/v1/capacity/" + offeringId).json().getInt("waitlist");
        assertTrue(waiting >= 1, "the capacity counts the waiting referral");
        browser.driver.get(PortalDeployment.loopback(base) + "capacity/board.xhtml");
        By cell = By.cssSelector("[data-cell='" + offering.getString("serviceTypeCode") + "-" + offering.getString("countyFips") + "']");
        String cellText;
        try {
            cellText = browser.wait.until(ExpectedConditions.presenceOfElementLocated(cell))
                    .findElement(By.xpath("./ancestor::td[1]")).getText();
        } finally {
            browser.screenshot("lead-board-waiting");
        }
        assertTrue(cellText.contains(waiting + " waiting, longest 0 d"), "the board shows who waits: " + cellText);

        // the provider frees a place from its home page, where it sees the referral waiting
        browser.signIn(PortalDeployment.loopback(base), "provider2.admin", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orgHome")));
        WebElement row = browser.driver.findElements(By.cssSelector("[id='capacity:ownOfferings_data'] > tr")).stream()
                .filter(r -> r.findElements(By.tagName("td")).size() > 1
                        && r.findElements(By.tagName("td")).get(1).getText().trim().equals(offeringName))
                .findFirst().orElseThrow(() -> new AssertionError(offeringName + " is not on provider2's home page"));
        String ri = row.getAttribute("data-ri");
        assertEquals(Integer.toString(waiting), row.findElements(By.tagName("td")).get(4).getText().trim(),
                "the waiting referrals show on the provider's row: " + row.getText());
        java.time.Instant before = java.time.Instant.now();
        replace(By.id("capacity:ownOfferings:" + ri + ":available_input"), "1");
        browser.driver.findElement(By.id("capacity:ownOfferings:" + ri + ":save")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("capacity:capacityMessages"), "1 of "));
        browser.screenshot("provider-frees-a-place");

        // the waiting referral now holds an offer of that place, its answer due by the urgent window in the state's zone
        jakarta.json.JsonObject offer = lead.get("api/v1/referrals/" + referralId).json().getJsonArray("offers").stream()
                .map(jakarta.json.JsonValue::asJsonObject).filter(o -> o.getJsonNumber("offeringId").longValue() == offeringId
                        && o.getString("status").equals("OFFERED")).findFirst()
                .orElseThrow(() -> new AssertionError("the freed place was not offered to the waiting referral"));
        java.time.Instant respondBy = java.time.Instant.parse(offer.getString("respondBy"));
        assertTrue(!respondBy.isBefore(before.plus(java.time.Duration.ofHours(24)).minusSeconds(120)), "the urgent window: " + respondBy);
        String answerBy = Formats.instant(respondBy, java.time.ZoneId.of("America/Chicago"));
        browser.signIn(PortalDeployment.loopback(base), "lead.r2", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("leadHome")));
        browser.driver.get(PortalDeployment.loopback(base) + "referrals/referral.xhtml?id=" + referralId);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("offerStatus-" + offer.getJsonNumber("id"))));
        assertEquals("Waiting for an answer", browser.driver.findElement(By.id("offerStatus-" + offer.getJsonNumber("id"))).getText(),
                "an open offer, in words");
        WebElement offerRow = browser.driver.findElement(By.xpath("//span[@id='offerStatus-" + offer.getJsonNumber("id") + "']/ancestor::tr[1]"));
        assertTrue(offerRow.getText().contains(offeringName), offerRow.getText());
        assertTrue(offerRow.getText().contains(answerBy) && answerBy.matches(".* C[SD]T"),
                "answer by " + answerBy + ", in the state's zone: " + offerRow.getText());
        assertTrue(browser.driver.findElement(By.id("referral:waiting")).getText().contains("Not waiting anywhere."),
                "offered: no longer waiting");
        browser.screenshot("referral-offered-from-waitlist");
        assertEquals(200, lead.post("api/v1/referrals/" + referralId + "/withdraw", "{\"reason\": \"test done\"}").status());
    }

    /** The "Wait for a place" button of an offering among the matches left out, turning the table's pages to find it. */
    private WebElement waitButton(String offeringName) {
        for (int page = 0; page < 50; page++) {
            java.util.Optional<WebElement> button = browser.driver.findElements(By.cssSelector("button[id$=':waitFor']")).stream()
                    .filter(b -> String.valueOf(b.getAttribute("aria-label")).startsWith("Wait for a place at " + offeringName + ","))
                    .findFirst();
            if (button.isPresent()) {
                return button.get();
            }
            List<WebElement> next = browser.driver.findElements(By.cssSelector(
                    "[id='referral:exclusions_paginator_bottom'] .ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                break;
            }
            next.get(0).click();
            browser.ajaxDone();
        }
        throw new AssertionError("no Wait for a place button for " + offeringName + " among the matches left out");
    }

    /**
     * Picks an option of a PrimeFaces select by (the start of) its label, through the widget's own API:
     * the overlay panel animates in ways headless clicks do not follow reliably.
     */
    private void choose(String id, String label) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver;
        Object value = browser.wait.until(d -> js.executeScript("var s = document.getElementById(arguments[0] + '_input');"
                + " if (!s) return null; for (var o of s.options) { if (o.text.trim().indexOf(arguments[1]) === 0) return o.value; }"
                + " return null;", id, label));
        js.executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
    }

    /** The labels of the options of a PrimeFaces select menu, as its hidden select holds them. */
    @SuppressWarnings("unchecked")
    private List<String> options(String id) {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "var s = document.getElementById(arguments[0] + '_input'); var out = [];"
                        + " if (s) { for (var o of s.options) { out.push(o.text.trim()); } } return out;", id);
    }

    /** Chooses an option of a PrimeFaces select menu by clicking it open and clicking the option, so that its ajax change runs. */
    private void switchTo(String id, String label) {
        browser.driver.findElement(By.id(id)).click();
        org.openqa.selenium.WebElement option = browser.wait.until(d -> d.findElements(By.cssSelector("li.ui-selectonemenu-item"))
                .stream().filter(li -> li.isDisplayed() && (label.equals(li.getAttribute("data-label")) || label.equals(li.getText().trim())))
                .findFirst().orElse(null));
        option.click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
    }

    /** Ticks the option of a PrimeFaces checkbox menu whose label is the given text. */
    private void tick(String id, String label) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver;
        Object ticked = js.executeScript("var labels = document.querySelectorAll(\"label[for^='\" + arguments[0] + \":']\");"
                + " for (var l of labels) { if (l.textContent.trim() === arguments[1]) {"
                + " var box = document.getElementById(l.getAttribute('for')); box.checked = true; return box.value; } }"
                + " return null;", id, label);
        assertTrue(ticked != null, "no option " + label + " in " + id);
    }

    /** Sets a PrimeFaces number input through its widget (no click: the field may sit under an overlay). */
    private void number(String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).setValue(arguments[1]);", id, value);
    }

    private void type(String id, String value) {
        replace(By.id(id), value);
        browser.driver.findElement(By.id(id)).sendKeys(org.openqa.selenium.Keys.TAB);
    }

    /** Sets a PrimeFaces date picker (yyyy-MM-dd) through its widget, as choosing the day in its calendar does. */
    private void date(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "var p = arguments[1].split('-'); PrimeFaces.getWidgetById(arguments[0]).setDate(new Date(p[0], p[1] - 1, p[2]));",
                id, isoDate);
        browser.wait.until(ExpectedConditions.attributeToBe(By.id(id + "_input"), "value", isoDate));
    }

    @Test
    void aUserChoosesHowEachEventReachesThemByMail() throws Exception {
        browser.signIn(PortalDeployment.loopback(base), "provider.staff", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("nav:myNotifications"))).click();
        By accepted = By.xpath("//tbody[@id='preferences:events_data']/tr[td//label[normalize-space()='Offer accepted']]//select");
        org.openqa.selenium.support.ui.Select mode = new org.openqa.selenium.support.ui.Select(
                browser.wait.until(ExpectedConditions.visibilityOfElementLocated(accepted)));
        assertEquals("At once", mode.getFirstSelectedOption().getText(), "every event comes at once until chosen otherwise");
        mode.selectByVisibleText("In the daily digest");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.xpath(
                "//tbody[@id='preferences:events_data']/tr[td//label[normalize-space()='New offer to answer']]//select")))
                .selectByVisibleText("Not by e-mail");
        browser.driver.findElement(By.id("preferences:save")).click();
        browser.wait.until(d -> d.getPageSource().contains("Your notification settings are saved."));
        browser.driver.navigate().refresh();
        assertEquals("In the daily digest", new org.openqa.selenium.support.ui.Select(
                browser.wait.until(ExpectedConditions.visibilityOfElementLocated(accepted))).getFirstSelectedOption().getText(),
                "the choice is kept");
        java.util.Map<String, String> stored = new java.util.HashMap<>();
        ApiClient.as(java.net.URI.create(PortalDeployment.loopback(base)), "provider.staff").get("api/v1/notifications/preferences")
                .array().forEach(v -> stored.put(v.asJsonObject().getString("eventType"), v.asJsonObject().getString("mode")));
        assertEquals("DIGEST", stored.get("OFFER_ACCEPTED"));
        assertEquals("OFF", stored.get("OFFER_MADE"));
        assertEquals("IMMEDIATE", stored.get("OFFER_DECLINED"), "untouched events stay as they were");
        browser.screenshot("my-notifications");
    }

    private static final String REGION_7 = "Region 7 - Gulf Coast and Pine Belt";

    @Test
    void stateStaffAssignAReviewerToARegionAndSetAStageOnTheTimeline() {
        browser.signIn(PortalDeployment.loopback(base), "state.staff", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stateHome")));
        browser.driver.get(PortalDeployment.loopback(base) + "quality/timeline.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assignForm:username"))).sendKeys("auditor");
        choose("assignForm:assignRegion", "Region 7");
        browser.driver.findElement(By.id("assignForm:assign")).click();
        browser.wait.until(d -> d.getPageSource().contains("auditor is not a CQI reviewer"));
        browser.ajaxDone();
        replace(By.id("assignForm:username"), "cqi.reviewer");
        browser.driver.findElement(By.id("assignForm:assign")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignForm:reviewers"), REGION_7));
        browser.ajaxDone();
        browser.screenshot("timeline-reviewer-assigned");
        // people and regions by name, not by username and code
        By r7 = By.xpath("//tbody[@id='assignForm:reviewers_data']/tr[td[1]='Casey Review (CQI)' and td[2]='" + REGION_7 + "']");
        browser.driver.findElement(r7).findElement(By.tagName("button")).click();
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(r7, 0));
        browser.ajaxDone();

        choose("stageForm:stageRegion", "Region 7");
        choose("stageForm:stage", "Ongoing");
        String startsOn = PortalDeployment.today().plusYears(4).withDayOfMonth(1).toString();
        date("stageForm:startsOn", startsOn);
        browser.driver.findElement(By.id("stageForm:saveStage")).click();
        browser.wait.until(d -> d.getPageSource().contains("Stage dates saved for " + REGION_7));
        assertTrue(browser.driver.findElement(By.id("timeline")).getText().contains(startsOn), "the timeline shows the new stage");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        browser.signIn(PortalDeployment.loopback(base), "state.staff", "not-the-password");
        WebElement messages = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:messages")));
        assertTrue(messages.getText().contains("Unknown username or wrong password"), messages.getText());
        assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml"));
    }

    @Test
    void theDirectoryPagesAndFiltersInTheDatabase() {
        browser.signIn(PortalDeployment.loopback(base), "lead.r1", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("leadHome")));
        browser.driver.findElement(By.id("nav:directory")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("directory:organisations")));
        assertEquals(25, rows().size(), "first page of 25");
        String report = browser.driver.findElement(By.cssSelector(".ui-paginator-current")).getText();
        assertTrue(report.matches("1–25 of \\d+"), report);

        browser.driver.findElement(By.id("directory:name")).sendKeys("family partnership");
        browser.wait.until(d -> rows().size() == 7);
        browser.screenshot("directory-filtered");
        rows().forEach(r -> assertTrue(r.getText().contains("Family Partnership"), r.getText()));
        assertTrue(rows().get(0).getText().matches("(?s).*\\bR[1-7]\\b.*"), "the regions column shows codes: " + rows().get(0).getText());

        browser.driver.findElement(By.cssSelector("[id='directory:organisations'] tbody tr a")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orgType")));
        assertEquals("Lead contractor", browser.driver.findElement(By.id("orgType")).getText());
    }

    @Test
    void registeringADuplicateOrAnUnknownCountyShowsTheErrorNextToTheField() {
        browser.signIn(PortalDeployment.loopback(base), "state.staff", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stateHome")));
        browser.driver.findElement(By.id("nav:register")).click();
        WebElement name = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form:name")));
        name.sendKeys("Northwest Family Partnership");
        browser.driver.findElement(By.id("form:county_input")).sendKeys("28081");
        browser.driver.findElement(By.id("form:save")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form:nameMessage"), "already exists"));

        WebElement nameInput = browser.driver.findElement(By.id("form:name"));
        nameInput.clear();
        nameInput.sendKeys("Brand New Youth Services");
        WebElement county = browser.driver.findElement(By.id("form:county_input"));
        county.clear();
        county.sendKeys("28999");
        browser.driver.findElement(By.id("form:save")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form:countyMessage"), "unknown county code 28999"));
        browser.screenshot("register-unknown-county");
        assertEquals("Brand New Youth Services", browser.driver.findElement(By.id("form:name")).getAttribute("value"),
                "what was typed is kept");

        county = browser.driver.findElement(By.id("form:county_input"));
        county.clear();
        county.sendKeys("28081");
        browser.driver.findElement(By.id("form:save")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orgType")));
        assertEquals("Subcontracted local provider", browser.driver.findElement(By.id("orgType")).getText());
        assertTrue(browser.driver.findElement(By.id("orgCounty")).getText().contains("Lee County"));
    }

    @Test
    void anAuditorSearchesTheTrailAndOthersCannotOpenIt() {
        browser.signIn(PortalDeployment.loopback(base), "auditor", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stateHome")));
        browser.driver.findElement(By.id("nav:audit")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:events")));
        List<WebElement> events = browser.driver.findElements(By.cssSelector("[id='audit:events_data'] > tr:not(.ui-datatable-empty-message)"));
        assertFalse(events.isEmpty(), "sign-ins are audited, so the trail is never empty here");
        assertTrue(events.get(0).getText().contains("Account of"), events.get(0).getText());
        browser.screenshot("audit-trail");

        browser.signIn(PortalDeployment.loopback(base), "state.staff", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stateHome")));
        assertTrue(browser.driver.findElements(By.id("nav:audit")).isEmpty());
        browser.driver.get(PortalDeployment.loopback(base) + "audit/audit.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(browser.driver.findElement(By.id("error")).getText().contains("Not allowed"));
    }

    @Test
    void otherRolesCannotOpenTheRegistrationPage() {
        browser.signIn(PortalDeployment.loopback(base), "provider.admin", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orgHome")));
        assertTrue(browser.driver.findElements(By.id("nav:register")).isEmpty());
        browser.driver.get(PortalDeployment.loopback(base) + "network/organisation-new.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(browser.driver.findElement(By.id("error")).getText().contains("Not allowed"));
        browser.driver.get(PortalDeployment.loopback(base) + "network/organisation.xhtml?id=999999");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(browser.driver.findElement(By.id("error")).getText().contains("Not found"));
    }

    @Test
    void aReviewerCompletesACaseReviewAndTheRegionsReportShowsIt() {
        browser.signIn(PortalDeployment.loopback(base), "cqi.reviewer", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stateHome")));
        browser.driver.findElement(By.id("nav:quality")).click();
        WebElement assigned = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='mineReview']")));
        String caseNumber = assigned.getText();
        assigned.click();
        int interviews = browser.driver.findElements(By.cssSelector("select[id$=':role']")).size();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("review:addInterview"))).click();
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("select[id$=':role']"), interviews + 1));
        browser.ajaxDone();
        new org.openqa.selenium.support.ui.Select(browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.id("review:interviews:0:role")))).selectByVisibleText("Caseworker");
        for (WebElement strength : browser.driver.findElements(By.cssSelector("input[type='radio'][value='STRENGTH']"))) {
            strength.click();
        }
        for (WebElement rationale : browser.driver.findElements(By.cssSelector("textarea[id$=':rationale']"))) {
            rationale.sendKeys("Confirmed in the caseworker interview");
        }
        String feedback = "Strong engagement " + System.nanoTime() % 100_000;
        browser.driver.findElement(By.id("review:feedback")).sendKeys(feedback);
        browser.driver.findElement(By.id("review:complete")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewStatus"), "Completed"));
        assertTrue(browser.driver.findElement(By.id("feedbackText")).getText().contains(feedback));
        browser.screenshot("cqi-review-completed");
        browser.driver.get(PortalDeployment.loopback(base) + "quality/report.xhtml?region=R1");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:components")));
        assertTrue(browser.driver.findElement(By.id("report:cases")).getText().contains(caseNumber),
                "the region's report lists the completed review of " + caseNumber);
        assertFalse(browser.driver.findElement(By.id("report:components")).getText().contains("No completed review"));
        browser.screenshot("cqi-region-report");
    }

    /** Replaces the whole content of a (formatted) number input, as a person selecting it all and typing does. */
    private void replace(By input, String value) {
        WebElement element = browser.driver.findElement(input);
        element.click();
        element.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        element.sendKeys(org.openqa.selenium.Keys.DELETE);
        element.sendKeys(value);
    }

    private List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("[id='directory:organisations_data'] > tr:not(.ui-datatable-empty-message)"));
    }
}
