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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Errors answer as pages that say what happened, with a fitting status: never a server error or a cut-off page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorPagesBrowserIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

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

    @Test
    void aFailedSignInShowsItsMessageOnTheSignInPage() throws Exception {
        browser.signIn(portal(), "state.staff", "not-the-password");
        WebElement messages = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:messages")));
        assertTrue(messages.getText().contains("Unknown username or wrong password"), messages.getText());
        long status = Widgets.status(browser);
        assertTrue(status == 200 || status == 401, "status " + status);
        assertTrue(browser.driver.findElement(By.tagName("footer")).isDisplayed(), "the whole page is drawn");

        // the same without a browser's scripts: a plain form post
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        URI login = URI.create(portal()).resolve("login.xhtml");
        String form = http.send(HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(form);
        assertTrue(viewState.find(), "the sign-in form");
        Matcher nonce = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"").matcher(form);
        assertTrue(nonce.find(), "the form carries its nonce");
        String body = "login=login&login%3Ausername=state.staff&login%3Apassword=wrong&login%3Asubmit="
                + "&primefaces.nonce=" + enc(nonce.group(1)) + "&jakarta.faces.ViewState=" + enc(viewState.group(1));
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(login).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(refused.statusCode() == 200 || refused.statusCode() == 401, "status " + refused.statusCode());
        assertTrue(refused.body().contains("Unknown username or wrong password"), refused.body());
        assertTrue(refused.body().trim().endsWith("</html>"), "the page is whole");
    }

    @Test
    void unknownPagesAndRecordsAnswer404WithAPageThatSaysSo() {
        browser.signIn(portal(), "state.staff", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stateHome")));
        for (String path : List.of("no-such-page.xhtml", "no/such/place", "referrals/referral.xhtml?id=987654321")) {
            browser.driver.get(portal() + path);
            WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
            assertTrue(error.getText().contains("Not found"), path + ": " + error.getText());
            assertEquals(404, Widgets.status(browser), path);
        }
        browser.screenshot("error-not-found");
    }

    @Test
    void anExpiredPageExplainsAndReloads() {
        browser.signIn(portal(), "state.staff", ApiClient.DEMO_PASSWORD);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stateHome")));
        browser.driver.get(portal() + "referrals/referral-new.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:number"))).sendKeys("EXPIRED-1");
        expireTheView();
        browser.driver.findElement(By.id("intake:save")).click();
        WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(error.getText().contains("Your page expired"), error.getText());
        browser.screenshot("error-expired-ajax");
        browser.driver.findElement(By.id("reload")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:number")));
        assertTrue(browser.driver.getCurrentUrl().contains("referral-new.xhtml"), "reloaded where the person was");

        // a whole-page post (the sign-in form) of an expired page: the same explanation, not a server error
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(portal() + "login.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys("state.staff");
        browser.driver.findElement(By.id("login:password")).sendKeys(ApiClient.DEMO_PASSWORD);
        expireTheView();
        browser.driver.findElement(By.id("login:submit")).click();
        error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(error.getText().contains("Your page expired"), error.getText());
        assertEquals(200, Widgets.status(browser));
        browser.driver.findElement(By.id("reload")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    }

    /** Makes the server forget the page's view, as a long pause or a second sign-in does. */
    private void expireTheView() {
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(function (i) { i.value = '-1:-1'; });");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
