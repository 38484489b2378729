package org.providernetwork.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The security headers on a sample of every kind of response (page, redirect, 401, 404, API 200, API
 * error, static resource), exactly one Content-Security-Policy everywhere and none allowing
 * {@code 'unsafe-eval'}, the session cookie Secure behind a TLS proxy, and the main pages of every role
 * working in Chromium under the policy without a single violation in the console.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final String CSP = "Content-Security-Policy";
    private static final String[] ROLES = {"state.staff", "cqi.reviewer", "auditor", "lead.r1", "provider.admin", "provider.staff"};

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private URI portal() {
        return URI.create(PortalDeployment.loopback(base));
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal().resolve(path)).timeout(Duration.ofSeconds(60)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + ApiClient.DEMO_PASSWORD).getBytes());
    }

    /** The headers every response carries; {@code cacheable} only for static resources. */
    private static void assertSecurityHeaders(String kind, HttpResponse<String> response, boolean cacheable) {
        var h = response.headers();
        assertEquals(List.of("nosniff"), h.allValues("X-Content-Type-Options"), kind);
        assertEquals(List.of("DENY"), h.allValues("X-Frame-Options"), kind);
        assertEquals(List.of("same-origin"), h.allValues("Referrer-Policy"), kind);
        assertTrue(h.firstValue("Permissions-Policy").orElse("").contains("camera=()"), kind);
        List<String> policies = h.allValues(CSP);
        assertEquals(1, policies.size(), kind + ": exactly one policy, not " + policies);
        String policy = policies.get(0);
        assertFalse(policy.contains("unsafe-eval"), kind + ": " + policy);
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'")
                || policy.startsWith("default-src 'none'"), kind + ": " + policy);
        Matcher scripts = Pattern.compile("script-src ([^;]*)").matcher(policy);
        if (scripts.find()) {
            assertFalse(scripts.group(1).contains("unsafe-inline"), kind + ": inline scripts only with the nonce: " + policy);
        }
        if (!cacheable) {
            assertEquals(List.of("no-store"), h.allValues("Cache-Control"), kind);
        }
    }

    @Test
    void everyKindOfResponseCarriesTheHeaders() throws Exception {
        HttpResponse<String> page = get("login.xhtml");
        assertEquals(200, page.statusCode());
        assertSecurityHeaders("page", page, false);
        String policy = page.headers().firstValue(CSP).orElseThrow();
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
        assertTrue(nonce.find(), policy);
        assertTrue(page.body().contains("nonce=\"" + nonce.group(1) + "\""), "PrimeFaces' scripts carry the policy's nonce");

        HttpResponse<String> redirect = get("home.xhtml");
        assertEquals(302, redirect.statusCode(), "signed out, a page redirects to the sign-in page");
        assertTrue(redirect.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        assertSecurityHeaders("redirect", redirect, false);

        HttpResponse<String> unauthorized = get("api/v1/regions");
        assertEquals(401, unauthorized.statusCode());
        assertSecurityHeaders("401", unauthorized, false);
        assertEquals(List.of("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"),
                unauthorized.headers().allValues(CSP));

        HttpResponse<String> missingPage = get("error/no-such-page.xhtml");
        assertEquals(404, missingPage.statusCode());
        assertSecurityHeaders("404 page", missingPage, false);
        HttpResponse<String> missingFile = get("resources/no-such-file.css");
        assertEquals(404, missingFile.statusCode());
        assertSecurityHeaders("404 of the container", missingFile, false);

        HttpResponse<String> api = get("api/v1/regions", "Authorization", basic("provider.staff"));
        assertEquals(200, api.statusCode());
        assertSecurityHeaders("API 200", api, false);
        assertTrue(api.headers().firstValue(CSP).orElseThrow().startsWith("default-src 'none'"));

        HttpResponse<String> apiError = get("api/v1/organizations/987654321", "Authorization", basic("provider.staff"));
        assertEquals(404, apiError.statusCode());
        assertTrue(apiError.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertSecurityHeaders("API error", apiError, false);

        Matcher script = Pattern.compile("<script[^>]+src=\"([^\"]+)\"").matcher(page.body());
        assertTrue(script.find(), "the sign-in page loads a script file");
        String resource = script.group(1).replace("&amp;", "&");
        HttpResponse<String> file = get(resource);
        assertEquals(200, file.statusCode(), resource);
        assertSecurityHeaders("static resource", file, true);
        assertNotNull(file.headers().firstValue("Content-Type").orElse(null));
    }

    @Test
    void theSessionCookieIsSecureWhenTheRequestCameOverTls() throws Exception {
        HttpResponse<String> plain = get("login.xhtml");
        String cookie = plain.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + plain.headers().map()));
        assertFalse(cookie.toLowerCase().contains("secure"), cookie);
        assertNull(plain.headers().firstValue("Strict-Transport-Security").orElse(null));

        HttpResponse<String> proxied = get("login.xhtml", "X-Forwarded-Proto", "https");
        String secure = proxied.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + proxied.headers().map()));
        assertTrue(secure.toLowerCase().contains("; secure"), secure);
        assertTrue(secure.contains("HttpOnly") && secure.toLowerCase().contains("samesite=lax"), secure);
        assertTrue(proxied.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
        assertSecurityHeaders("page over TLS", proxied, false);
    }

    @Test
    void theMainPagesOfEveryRoleRunUnderThePolicy() throws Exception {
        String root = PortalDeployment.loopback(base);
        Map<String, List<String>> violations = new java.util.LinkedHashMap<>();
        int pages = 0;
        try (Browser browser = new Browser()) {
            for (String role : ROLES) {
                browser.signIn(root, role, ApiClient.DEMO_PASSWORD);
                browser.wait.until(ExpectedConditions.urlContains("/home.xhtml"));
                Set<String> visit = new LinkedHashSet<>();
                for (WebElement link : browser.driver.findElements(By.cssSelector("nav[aria-label=Main] a"))) {
                    visit.add(link.getAttribute("href"));
                }
                List<String> details = new ArrayList<>();
                for (String url : visit) {
                    pages += check(browser, url, role, violations);
                    browser.driver.findElements(By.cssSelector("main a[href*='?id='], a[href*='.xhtml?id=']")).stream()
                            .map(a -> a.getAttribute("href")).filter(h -> h.startsWith(root)).findFirst()
                            .filter(h -> details.size() < 3 && !details.contains(h)).ifPresent(details::add);
                    pagedOnce(browser, role, violations);
                }
                for (String url : details) {
                    pages += check(browser, url, role, violations);
                }
            }
        }
        assertTrue(pages >= 40, "pages visited: " + pages);
        assertEquals(Map.of(), violations, "console errors under the Content-Security-Policy");
    }

    /** Opens a page and checks that its scripts ran (PrimeFaces is there) and the console stayed clean. */
    private static int check(Browser browser, String url, String role, Map<String, List<String>> violations) {
        browser.driver.get(url);
        browser.ajaxDone();
        Object primeFaces = ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return !!(window.PrimeFaces && PrimeFaces.widgets);");
        assertEquals(Boolean.TRUE, primeFaces, role + " " + url + ": PrimeFaces' scripts ran");
        List<String> errors = errors(browser);
        if (!errors.isEmpty()) {
            violations.put(role + " " + url, errors);
        }
        return 1;
    }

    /** Where the page has a paged table, moves to its next page by ajax: the partial response's scripts run too. */
    private static void pagedOnce(Browser browser, String role, Map<String, List<String>> violations) {
        List<WebElement> next = browser.driver.findElements(By.cssSelector(".ui-paginator-next:not(.ui-state-disabled)"));
        if (next.isEmpty() || !next.get(0).isDisplayed()) {
            return;
        }
        next.get(0).click();
        browser.ajaxDone();
        List<String> errors = errors(browser);
        if (!errors.isEmpty()) {
            violations.put(role + " " + browser.driver.getCurrentUrl() + " (next page)", errors);
        }
    }

    /**
     * The console's errors but one: the test deployment has a context root, so the browser's own request for
     * {@code /favicon.ico} at the server's root finds nothing (the portal is deployed at the root in use).
     */
    private static List<String> errors(Browser browser) {
        return browser.consoleErrors().stream().filter(e -> !e.contains("/favicon.ico - Failed to load resource")).toList();
    }
}
