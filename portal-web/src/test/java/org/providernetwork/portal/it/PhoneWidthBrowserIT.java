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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At a phone's width (390 x 844 CSS pixels) the header folds into a menu, and the provider's home, inbox,
 * referral page and accept/decline work without the page scrolling sideways.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneWidthBrowserIT {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

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
        browser.driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
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

    private void fits(String what) {
        browser.ajaxDone();
        long[] widths = Widgets.widths(browser);
        browser.screenshot("phone-" + what);
        assertTrue(widths[1] <= WIDTH, "the window is a phone's: " + widths[1]);
        assertTrue(widths[0] <= widths[1], what + " scrolls sideways: " + widths[0] + " px wide in " + widths[1]);
    }

    @Test
    void theHeaderFoldsIntoAMenu() {
        browser.signIn(portal(), "state.staff", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stateHome")));
        fits("state-home");
        WebElement toggle = browser.driver.findElement(By.id("menuToggle"));
        assertTrue(toggle.isDisplayed(), "a menu button");
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertFalse(browser.driver.findElement(By.id("nav:referrals")).isDisplayed(), "the menu is folded");
        toggle.click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav:referrals")));
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        for (WebElement link : browser.driver.findElements(By.cssSelector("#nav nav a"))) {
            assertTrue(link.isDisplayed() && link.getRect().getX() + link.getRect().getWidth() <= WIDTH,
                    link.getText() + " is reachable");
        }
        assertTrue(browser.driver.findElement(By.id("nav:signOut")).isDisplayed());
        fits("menu-open");
        browser.driver.findElement(By.id("nav:referrals")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referrals:new")));
        fits("state-referrals");
        browser.driver.findElement(By.id("referrals:new")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:number")));
        fits("intake-form");
        // pages this wave changed: the user's own notifications and the quality timeline
        browser.driver.get(portal() + "notifications/preferences.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preferences:save")));
        fits("my-notifications");
        browser.driver.get(portal() + "quality/timeline.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timeline")));
        fits("quality-timeline");
        // the outcomes page: the period chooser labelled, each figure's cohort readable on a phone
        browser.driver.get(portal() + "reports/indicators.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("indicators:table")));
        assertTrue(browser.driver.findElements(By.cssSelector("label[for^='indicators:periodChoice']")).stream()
                .anyMatch(l -> l.getText().trim().equals("Period")), "the period chooser has its label");
        assertTrue(browser.driver.findElements(By.cssSelector("label[for^='indicators:fiscalYear']")).stream()
                .anyMatch(l -> l.getText().trim().equals("Federal fiscal year")), "the year chooser has its label");
        WebElement cohort = browser.driver.findElement(By.cssSelector("[id='indicators:table_data'] tr td:nth-child(2)"));
        assertTrue(cohort.isDisplayed() && cohort.getText().contains("Children entering care"), cohort.getText());
        assertTrue(cohort.getRect().getX() + cohort.getRect().getWidth() <= WIDTH, "the cohort fits the phone's width");
        fits("outcomes");
    }

    @Test
    void aProviderWorksItsHomeInboxAndAnOfferWithoutScrollingSideways() throws Exception {
        URI uri = URI.create(portal());
        ApiClient provider = ApiClient.as(uri, "provider2.admin");
        ApiClient state = ApiClient.as(uri, "state.staff");
        long org = provider.get("api/v1/accounts?name=provider2.admin").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("organisationId").longValue();
        jakarta.json.JsonObject offering = provider.get("api/v1/offerings?size=50&contracted=true&organization=" + org).json()
                .getJsonArray("items").getJsonObject(3);
        long offeringId = offering.getJsonNumber("id").longValue();
        ApiClient.Reply capacity = provider.get("api/v1/capacity/" + offeringId);
        jakarta.json.JsonObject c = capacity.json();
        assertEquals(200, provider.put("api/v1/capacity/" + offeringId, "{\"available\": 2, \"maximum\": "
                + Math.max(c.getInt("maximum"), 2 + c.getInt("reserved")) + ", \"waitlist\": 0}", capacity.header("ETag")).status());
        String number = "PHONE-" + (System.nanoTime() % 1000000);
        String gender = offering.getString("genders").equals("ANY") ? "FEMALE" : offering.getString("genders");
        ApiClient.Reply created = state.post("api/v1/referrals", "{\"number\": \"" + number + "\", \"serviceType\": \""
                + offering.getString("serviceTypeCode") + "\", \"homeCounty\": \"" + offering.getString("countyFips")
                + "\", \"children\": [{\"name\": \"P.W.\", \"birthDate\": \"" + PortalDeployment.today().minusYears(offering.getInt("minAge"))
                .minusDays(15) + "\", \"gender\": \"" + gender + "\"}], \"ratings\": {\"TRAUMA\": 2}, \"risk\": \"LOW\","
                + " \"urgency\": \"ROUTINE\", \"caseManagerName\": \"Casey Manager\"}", "application/json", null);
        assertEquals(201, created.status(), created.body());
        long referralId = created.json().getJsonNumber("id").longValue();
        boolean offered = created.json().getJsonArray("offers").stream().map(jakarta.json.JsonValue::asJsonObject)
                .anyMatch(o -> o.getJsonNumber("offeringId").longValue() == offeringId);
        if (!offered) {
            ApiClient.Reply offer = state.post("api/v1/referrals/" + referralId + "/offer", "{\"offeringId\": " + offeringId + "}");
            assertEquals(200, offer.status(), offer.body());
        }

        browser.signIn(portal(), "provider2.admin", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orgHome")));
        fits("provider-home");
        browser.driver.get(portal() + "referrals/referrals.xhtml");
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("referrals:number"))).sendKeys(number);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(number)));
        fits("provider-inbox");
        browser.driver.findElement(By.linkText(number)).click();
        WebElement decline = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[id$=':decline']")));
        assertTrue(browser.driver.findElement(By.cssSelector("button[id$=':accept']")).isDisplayed(), "accept is there");
        fits("provider-referral");
        decline.click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("declineForm:confirmDecline")));
        fits("provider-decline-dialog");
        WebElement dialog = browser.driver.findElement(By.id("declineDialog"));
        assertTrue(dialog.getRect().getX() >= 0 && dialog.getRect().getX() + dialog.getRect().getWidth() <= WIDTH,
                "the decline dialog fits: " + dialog.getRect());
    }
}
