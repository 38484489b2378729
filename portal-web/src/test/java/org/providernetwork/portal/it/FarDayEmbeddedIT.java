package org.providernetwork.portal.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded default loaded and used on a day a decade away (29 February 2036, in the evening when it is
 * already 1 March in UTC), with the server's clock started there ({@code portal.clock.start}): the demo's
 * contracts, expiries and history count from that day, and what the suite does with dates on today's
 * calendar works the same on that one. A fixed year in the demo or the services shows up here first.
 */
class FarDayEmbeddedIT {

    private static final LocalDate FAR_DAY = LocalDate.parse("2036-02-29");

    @Test
    void theDemoWorksOnALeapDayADecadeAway() throws Exception {
        Path dataDir = Files.createDirectories(Path.of(System.getProperty("it.work.dir", "target/it-work"))
                .resolve("far-day-" + System.currentTimeMillis()));
        try (EmbeddedDefault portal = EmbeddedDefault.start(dataDir, "embedded-far-day.log",
                "portal.clock.start=2036-03-01T04:30:00Z")) {
            ApiClient state = ApiClient.as(portal.base, "state.staff");

            // one active prime per region, running on the portal's today
            List<JsonObject> primes = state.get("api/v1/contracts?kind=PRIME&status=ACTIVE&size=200").json()
                    .getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
            assertEquals(7, primes.size(), "one prime contract per region");
            for (JsonObject prime : primes) {
                assertFalse(LocalDate.parse(prime.getString("start")).isAfter(FAR_DAY), prime.toString());
                assertTrue(LocalDate.parse(prime.getString("end")).isAfter(FAR_DAY.plusYears(1)), prime.toString());
            }
            // the alerts the demo is made to show: contracts and licences ending within 60 days of that day
            List<JsonObject> endingSoon = state.get("api/v1/contracts/expiring?days=60").array().stream()
                    .map(JsonValue::asJsonObject).toList();
            List<LocalDate> ending = endingSoon.stream().map(c -> LocalDate.parse(c.getString("end"))).toList();
            assertFalse(ending.isEmpty(), "some demo contracts end within 60 days");
            assertTrue(ending.stream().allMatch(d -> !d.isBefore(FAR_DAY) && !d.isAfter(FAR_DAY.plusDays(60))), ending.toString());
            assertFalse(state.get("api/v1/offerings/credentials/expiring?days=60").array().isEmpty(), "some licences expire soon");
            assertTrue(PortalSession.signIn(portal.base, "state.staff").page("home.xhtml").body()
                    .contains(endingSoon.get(0).getString("number")), "the state's home page shows the contracts ending soon");

            // the indicators of the latest federal fiscal year over on that day (FFY2035, to 30 September 2035), each
            // with a cohort from the demo history
            JsonObject report = state.get("api/v1/reports/indicators").json();
            assertEquals("FFY2035", report.getString("period"), "the default period: the latest complete federal fiscal year");
            assertEquals("2035-09-30", report.getString("to"), "the default period ends before the state's today");
            Map<String, Integer> denominators = report.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(v -> v.getString("id"), v -> v.getInt("denominator")));
            for (String federal : List.of("permanency-12m-entries", "permanency-12m-in-care-12-23", "permanency-12m-in-care-24plus",
                    "reentry-12m", "placement-stability")) {
                assertTrue(denominators.get(federal) > 0, federal + " has children to count: " + denominators);
            }

            // a prime contract after the demo's own, drafted and activated on that day
            long lead = state.get("api/v1/organizations?type=LEAD_CONTRACTOR&region=R2&size=1").json().getJsonArray("items")
                    .getJsonObject(0).getJsonNumber("id").longValue();
            LocalDate from = ContractsMariaDbIT.afterEveryActivePrimeOf(state, lead);
            String county = state.get("api/v1/counties?region=R2").array().getJsonObject(0).getString("fips");
            ApiClient.Reply drafted = state.post("api/v1/contracts", "{\"number\": \"FAR-PRIME\", \"kind\": \"PRIME\", \"supplierId\": "
                    + lead + ", \"start\": \"" + from + "\", \"end\": \"" + from.plusYears(1).minusDays(1) + "\", \"budgetCeiling\": 500000,"
                    + " \"lines\": [{\"serviceType\": \"FOSTER\", \"unit\": \"DAY\", \"unitRate\": 80, \"fundedCapacity\": 5,"
                    + " \"counties\": [\"" + county + "\"]}]}");
            assertEquals(201, drafted.status(), drafted.body());
            ApiClient.Reply active = state.post("api/v1/contracts/" + drafted.json().getJsonNumber("id") + "/activate", "", null,
                    "\"" + drafted.json().getJsonNumber("version") + "\"");
            assertEquals(200, active.status(), active.body());
        }
    }
}
