package org.providernetwork.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded default as the README runs it: no MySQL, no identity provider; the demo network is
 * there on first start, and what was changed is still there after a restart (and demo data is not
 * loaded twice).
 */
class RestartEmbeddedIT {

    @Test
    void dataSurvivesARestart() throws Exception {
        Path dataDir = Files.createDirectories(Path.of(System.getProperty("it.work.dir", "target/it-work"))
                .resolve("embedded-" + System.currentTimeMillis()));
        int before;
        try (EmbeddedDefault portal = EmbeddedDefault.start(dataDir, "embedded-first-start.log")) {
            HttpResponse<String> root = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                    .send(HttpRequest.newBuilder(portal.base).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, root.statusCode());
            assertTrue(root.uri().getPath().endsWith("/login.xhtml"), "the root shows the sign-in page: " + root.uri());
            assertTrue(root.body().contains("Sign in"));

            ApiClient api = ApiClient.as(portal.base, "state.staff");
            JsonObject ready = api.get("/health/ready").json().getJsonArray("checks").getJsonObject(0);
            assertEquals("H2", ready.getJsonObject("data").getString("database"));
            before = api.get("api/v1/organizations?size=1").json().getInt("total");
            assertEquals(108, before, "the state agency, 7 leads and 100 demo providers");
            assertEquals(201, api.post("api/v1/organizations", """
                    {"name": "Restart Proof Services", "type": "STATEWIDE_PROVIDER", "headquartersCountyFips": "28049",
                     "regions": ["R1", "R2", "R3", "R4", "R5", "R6", "R7"]}""").status());
        }
        try (EmbeddedDefault portal = EmbeddedDefault.start(dataDir, "embedded-second-start.log")) {
            ApiClient api = ApiClient.as(portal.base, "provider.staff");
            assertEquals(before + 1, api.get("api/v1/organizations?size=1").json().getInt("total"));
            JsonObject found = api.get("api/v1/organizations?name=restart%20proof").json();
            assertEquals(1, found.getInt("total"));
            assertEquals(7, found.getJsonArray("items").getJsonObject(0).getJsonArray("regions").size());
            assertEquals(7, api.get("api/v1/organizations?type=LEAD_CONTRACTOR").json().getInt("total"));
        }
    }
}
