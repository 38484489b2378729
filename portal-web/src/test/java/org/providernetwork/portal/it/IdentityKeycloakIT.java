package org.providernetwork.portal.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal configured for the identity provider (local accounts off), against the test Keycloak and
 * this run's MariaDB: browser sign-in and sign-out through Keycloak, and the API's bearer tokens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "arquillian.launch", matches = "payara-micro-keycloak",
        disabledReason = "needs the deployment configured for the test Keycloak (the keycloak-it execution)")
class IdentityKeycloakIT {

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

    private URI portal() {
        return URI.create(PortalDeployment.loopback(base));
    }

    @Test
    void aRegionalLeadSignsInThroughKeycloakLandsOnTheLeadHomeAndSignsOutOfBoth() {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(portal() + "home.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("lead.r3");
        assertTrue(browser.driver.getCurrentUrl().startsWith(Keycloak.ISSUER), browser.driver.getCurrentUrl());
        browser.driver.findElement(By.id("password")).sendKeys(ApiClient.DEMO_PASSWORD);
        browser.driver.findElement(By.id("kc-login")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("leadHome")));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/home.xhtml"), browser.driver.getCurrentUrl());
        assertTrue(browser.driver.findElement(By.id("regionName")).getText().startsWith("Region 3"));
        browser.screenshot("keycloak-lead-home");

        browser.driver.findElement(By.id("nav:signOut")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signedOutNote")));
        assertTrue(browser.driver.findElements(By.id("login:username")).isEmpty(), "no local sign-in form");
        browser.driver.get(portal() + "home.xhtml");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue(browser.driver.getCurrentUrl().startsWith(Keycloak.ISSUER), "the Keycloak session ended too");
    }

    @Test
    void aKeycloakAccessTokenOpensTheApiAndRolesStillApply() throws Exception {
        String lead = Keycloak.password("portal-cli", "lead.r1");
        assertEquals(101, Keycloak.claims(lead).getInt("organisation_id"));
        ApiClient asLead = ApiClient.bearer(portal(), lead);
        ApiClient.Reply regions = asLead.get("api/v1/regions");
        assertEquals(200, regions.status(), regions.body());
        assertEquals(7, regions.array().size());
        ApiClient.Reply forbidden = asLead.post("api/v1/organizations",
                "{\"name\": \"Lead Made This\", \"type\": \"LOCAL_PROVIDER\", \"headquartersCountyFips\": \"28033\"}");
        assertEquals(403, forbidden.status(), "a valid token lacking the role");
        assertTrue(forbidden.contentType().startsWith("application/problem+json"));

        ApiClient.Reply created = ApiClient.bearer(portal(), Keycloak.password("portal-cli", "state.staff")).post("api/v1/organizations",
                "{\"name\": \"Token Made Services\", \"type\": \"LOCAL_PROVIDER\", \"headquartersCountyFips\": \"28033\"}");
        assertEquals(201, created.status(), created.body());
    }

    @Test
    void theStateIntakeSystemSignsInMachineToMachine() throws Exception {
        String token = Keycloak.clientCredentials("state-intake", "state-intake-local-only-secret");
        ApiClient.Reply list = ApiClient.bearer(portal(), token).get("api/v1/organizations?type=LEAD_CONTRACTOR");
        assertEquals(200, list.status(), list.body());
        assertEquals(7, list.json().getInt("total"));
    }

    @Test
    void badTokensAreRefusedWith401() throws Exception {
        String valid = Keycloak.password("portal-cli", "state.staff");
        String[] parts = valid.split("\\.");
        JsonObject claims = Keycloak.claims(valid);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.toString().replace("\"state.staff\"", "\"auditor\"").getBytes(StandardCharsets.UTF_8));
        assertUnauthorized(parts[0] + "." + forged + "." + parts[2], "bad signature");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertUnauthorized(none + "." + parts[1] + ".", "alg=none");
        assertUnauthorized(Keycloak.password(Keycloak.ISSUER.replace("/realms/portal", "/realms/elsewhere"), "elsewhere-cli", "outsider"),
                "wrong issuer");
        assertUnauthorized(Keycloak.password("no-audience", "state.staff"), "wrong audience");
        String shortLived = Keycloak.password("short-lived", "state.staff");
        assertEquals(200, ApiClient.bearer(portal(), shortLived).get("api/v1/regions").status(), "valid while fresh");
        // this deployment allows no clock skew: once the 2-second lifespan is over the token is refused
        ApiClient.Reply expired = ApiClient.bearer(portal(), shortLived).get("api/v1/regions");
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(15);
        while (expired.status() == 200 && java.time.Instant.now().isBefore(deadline)) {
            java.util.concurrent.TimeUnit.MILLISECONDS.sleep(250);
            expired = ApiClient.bearer(portal(), shortLived).get("api/v1/regions");
        }
        assertEquals(401, expired.status(), "past expiry");
        assertTrue(Keycloak.claims(shortLived).getJsonNumber("exp").longValue() * 1000 <= System.currentTimeMillis(),
                "refused only once its expiry has passed");
    }

    @Test
    void tokensSignedWithARotatedRealmKeyAreAcceptedWithoutARestart() throws Exception {
        String before = Keycloak.password("portal-cli", "state.staff");
        assertEquals(200, ApiClient.bearer(portal(), before).get("api/v1/regions").status(), "a token of the realm's first key");
        String component = Keycloak.addSigningKey("portal", "rotated-key", 500);
        try {
            String after = Keycloak.password("portal-cli", "lead.r1");
            assertNotEquals(Keycloak.header(before).getString("kid"), Keycloak.header(after).getString("kid"),
                    "the realm signs with its new key");
            // the unknown key id makes the portal fetch the realm's keys again; such fetches are rate limited
            // (this deployment: at most two in 5 s), so allow for one interval
            ApiClient.Reply reply = ApiClient.bearer(portal(), after).get("api/v1/accounts?size=200");
            java.time.Instant deadline = java.time.Instant.now().plusSeconds(20);
            while (reply.status() == 401 && java.time.Instant.now().isBefore(deadline)) {
                java.util.concurrent.TimeUnit.MILLISECONDS.sleep(500);
                reply = ApiClient.bearer(portal(), after).get("api/v1/accounts?size=200");
            }
            assertEquals(200, reply.status(), reply.body());
            java.util.Set<String> listed = new java.util.TreeSet<>();
            reply.json().getJsonArray("items").forEach(v -> listed.add(v.asJsonObject().getString("username")));
            assertEquals(java.util.Set.of("lead.r1", "provider.admin", "provider.staff"), listed, "the token's organisation and role apply");
            assertEquals(200, ApiClient.bearer(portal(), before).get("api/v1/regions").status(),
                    "a token of the earlier key stays valid while the realm still publishes that key");

            // a browser sign-in: the ID token is signed with the new key too
            browser.driver.manage().deleteAllCookies();
            browser.driver.get(portal() + "home.xhtml");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("lead.r3");
            browser.driver.findElement(By.id("password")).sendKeys(ApiClient.DEMO_PASSWORD);
            browser.driver.findElement(By.id("kc-login")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("leadHome")));
            assertTrue(browser.driver.findElement(By.id("regionName")).getText().startsWith("Region 3"));
            browser.driver.findElement(By.id("nav:signOut")).click(); // ends the Keycloak session too
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signedOutNote")));
        } finally {
            Keycloak.removeComponent("portal", component);
        }
    }

    @Test
    void aRegionalLeadSignedInThroughKeycloakSeesNoRecordOfAnotherRegion() throws Exception {
        ApiClient state = ApiClient.bearer(portal(), Keycloak.password("portal-cli", "state.staff"));
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        state.get("api/v1/accounts?size=200").json().getJsonArray("items").forEach(v ->
                ids.put(v.asJsonObject().getString("username"), v.asJsonObject().getJsonNumber("id").longValue()));
        ApiClient lead = ApiClient.bearer(portal(), Keycloak.password("portal-cli", "lead.r1"));
        for (String other : java.util.List.of("provider2.admin", "lead.r2", "statewide.admin", "state.staff")) {
            ApiClient.Reply reply = lead.get("api/v1/accounts/" + ids.get(other));
            assertEquals(404, reply.status(), "lead.r1 must not see " + other);
            assertTrue(!reply.body().contains(other));
        }
        assertEquals(200, lead.get("api/v1/accounts/" + ids.get("provider.admin")).status(), "its own region's provider");
        java.util.Set<String> listed = new java.util.TreeSet<>();
        lead.get("api/v1/accounts?size=200").json().getJsonArray("items")
                .forEach(v -> listed.add(v.asJsonObject().getString("username")));
        assertEquals(java.util.Set.of("lead.r1", "provider.admin", "provider.staff"), listed);

        browser.driver.manage().deleteAllCookies();
        browser.driver.get(portal() + "people/person.xhtml?id=" + ids.get("provider2.admin"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("lead.r1");
        browser.driver.findElement(By.id("password")).sendKeys(ApiClient.DEMO_PASSWORD);
        browser.driver.findElement(By.id("kc-login")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("leadHome")));
        browser.driver.get(portal() + "people/person.xhtml?id=" + ids.get("provider2.admin"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(browser.driver.findElement(By.id("error")).getText().contains("Not found"));
        assertTrue(!browser.driver.getPageSource().contains("provider2.admin"));
    }

    @Test
    void localAccountsAreOffWhenTheIdentityProviderIsConfigured() throws Exception {
        ApiClient.Reply basic = ApiClient.as(portal(), "state.staff").get("api/v1/regions");
        assertEquals(401, basic.status());
        assertTrue(basic.body().contains("bearer token"), basic.body());
    }

    private void assertUnauthorized(String token, String what) throws Exception {
        ApiClient.Reply reply = ApiClient.bearer(portal(), token).get("api/v1/regions");
        assertEquals(401, reply.status(), what + ": " + reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), what);
    }
}
