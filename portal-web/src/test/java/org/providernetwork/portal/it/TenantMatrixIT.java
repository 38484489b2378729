package org.providernetwork.portal.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.providernetwork.api.ApiApplication;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may read which record, tried for every demo role against every API endpoint and portal page that
 * takes an id (contracts and their usage: ContractsMariaDbIT; referral outcome records: ReferralsMariaDbIT and the browser
 * test). The endpoints and pages are discovered (resource classes of the API, pages with an id
 * parameter), and each must have an entry here: a new one without an entry fails this test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantMatrixIT {

    /** What kind of data an endpoint or page serves. */
    enum Kind { REFERENCE, DIRECTORY, TENANT }

    /** Every API path (GET, with an id) and every page (with an id) and what it serves. */
    static final Map<String, Kind> MATRIX = Map.ofEntries(
            Map.entry("GET /regions/{code}", Kind.REFERENCE),
            Map.entry("GET /counties/{fips}", Kind.REFERENCE),
            Map.entry("GET /organizations/{id}", Kind.DIRECTORY),
            Map.entry("GET /accounts/{id}", Kind.TENANT),
            Map.entry("GET /capacity/{offeringId}", Kind.TENANT),
            Map.entry("GET /contracts/{id}", Kind.TENANT),
            Map.entry("GET /contracts/{id}/usage", Kind.TENANT),
            Map.entry("GET /referrals/{id}/outcomes", Kind.TENANT),
            Map.entry("GET /offerings/{id}", Kind.TENANT),
            Map.entry("GET /hsds/services/{id}", Kind.TENANT),
            Map.entry("GET /referrals/{id}", Kind.TENANT),
            Map.entry("GET /reports/indicators/{id}", Kind.TENANT),
            Map.entry("GET /referrals/{id}/matches", Kind.TENANT),
            Map.entry("GET /hsds/organizations/{id}", Kind.TENANT),
            Map.entry("GET /quality/instruments/{id}", Kind.REFERENCE),
            Map.entry("GET /quality/cycles/{id}", Kind.TENANT),
            Map.entry("GET /quality/reviews/{id}", Kind.TENANT),
            Map.entry("GET /quality/reports/{region}", Kind.TENANT),
            Map.entry("GET /quality/plans/{id}", Kind.TENANT),
            Map.entry("GET /organizations/{organizationId}/webhooks", Kind.TENANT),
            Map.entry("PAGE quality/cycle.xhtml", Kind.TENANT),
            Map.entry("PAGE quality/review.xhtml", Kind.TENANT),
            Map.entry("PAGE quality/plan.xhtml", Kind.TENANT),
            Map.entry("PAGE network/organisation.xhtml", Kind.DIRECTORY),
            Map.entry("PAGE people/person.xhtml", Kind.TENANT),
            Map.entry("PAGE contracts/contract.xhtml", Kind.TENANT),
            Map.entry("PAGE offerings/offering.xhtml", Kind.TENANT),
            Map.entry("PAGE referrals/referral.xhtml", Kind.TENANT),
            Map.entry("PAGE referrals/outcomes.xhtml", Kind.TENANT),
            Map.entry("PAGE offerings/offering-edit.xhtml", Kind.TENANT));

    static final List<String> USERS = List.of("state.staff", "cqi.reviewer", "auditor", "lead.r1", "lead.r2",
            "provider.admin", "provider.staff", "provider2.admin", "statewide.admin");

    /** Whose accounts each user's organisation may see (by the usernames of the demo accounts). */
    static final Map<String, Set<String>> VISIBLE = Map.of(
            "lead.r1", Set.of("lead.r1", "provider.admin", "provider.staff"),
            "lead.r2", Set.of("lead.r2", "provider2.admin"),
            "provider.admin", Set.of("provider.admin", "provider.staff"),
            "provider.staff", Set.of("provider.admin", "provider.staff"),
            "provider2.admin", Set.of("provider2.admin"),
            "statewide.admin", Set.of("statewide.admin"));

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private URI portal() {
        return URI.create(PortalDeployment.loopback(base));
    }

    @Test
    void everyEndpointAndPageWithAnIdHasAMatrixEntry() throws Exception {
        Set<String> found = new TreeSet<>(apiEndpointsWithIds());
        found.addAll(pagesWithIds());
        assertEquals(new TreeSet<>(MATRIX.keySet()), found,
                "add the new endpoint or page to the tenant matrix (and its rule to this test)");
    }

    @Test
    void everyRoleSeesExactlyTheAccountsOfItsScopeThroughTheApi() throws Exception {
        Map<String, Long> accountIds = accountIds();
        for (String user : USERS) {
            ApiClient api = ApiClient.as(portal(), user);
            for (Map.Entry<String, Long> account : accountIds.entrySet()) {
                ApiClient.Reply reply = api.get("api/v1/accounts/" + account.getValue());
                boolean visible = !VISIBLE.containsKey(user) || VISIBLE.get(user).contains(account.getKey());
                if (visible) {
                    assertEquals(200, reply.status(), user + " reads " + account.getKey());
                    assertEquals(account.getKey(), reply.json().getString("username"));
                } else {
                    assertEquals(404, reply.status(), user + " must not see " + account.getKey());
                    assertFalse(reply.body().contains(account.getKey()), "a refusal leaks nothing");
                }
            }
            Set<String> listed = new TreeSet<>();
            for (JsonValue item : api.get("api/v1/accounts?size=200").json().getJsonArray("items")) {
                listed.add(item.asJsonObject().getString("username"));
            }
            Set<String> expected = new TreeSet<>(VISIBLE.containsKey(user) ? VISIBLE.get(user) : accountIds.keySet());
            expected.retainAll(accountIds.keySet());
            Set<String> listedDemo = new TreeSet<>(listed);
            listedDemo.retainAll(accountIds.keySet());
            assertEquals(expected, listedDemo, user + " lists exactly its scope");
        }
        assertEquals(404, ApiClient.as(portal(), "state.staff").get("api/v1/accounts/999999").status());
    }

    @Test
    void capacityIsReadWithinTheScopeOfTheOfferingsProvider() throws Exception {
        Map<String, Long> accounts = accountIds();
        long region1Offering = firstOffering(accountOrganisation(accounts.get("provider.admin")));
        long region2Offering = firstOffering(accountOrganisation(accounts.get("provider2.admin")));
        Map<String, boolean[]> expected = Map.of(
                "state.staff", new boolean[] {true, true},
                "auditor", new boolean[] {true, true},
                "lead.r1", new boolean[] {true, false},
                "lead.r2", new boolean[] {false, true},
                "provider.admin", new boolean[] {true, false},
                "provider2.admin", new boolean[] {false, true},
                "statewide.admin", new boolean[] {false, false});
        for (Map.Entry<String, boolean[]> rule : expected.entrySet()) {
            ApiClient api = ApiClient.as(portal(), rule.getKey());
            long[] offerings = {region1Offering, region2Offering};
            for (int i = 0; i < 2; i++) {
                ApiClient.Reply reply = api.get("api/v1/capacity/" + offerings[i]);
                assertEquals(rule.getValue()[i] ? 200 : 404, reply.status(), rule.getKey() + " reads capacity of " + offerings[i]);
            }
        }
    }

    @Test
    void offeringsAreReadWithinTheScopeOfTheirProviderAndEditedOnlyByItsAdministrators() throws Exception {
        Map<String, Long> accounts = accountIds();
        long region1Offering = firstOffering(accountOrganisation(accounts.get("provider.admin")));
        long region2Offering = firstOffering(accountOrganisation(accounts.get("provider2.admin")));
        Map<String, boolean[]> expected = Map.of(
                "state.staff", new boolean[] {true, true},
                "cqi.reviewer", new boolean[] {true, true},
                "lead.r1", new boolean[] {true, false},
                "lead.r2", new boolean[] {false, true},
                "provider.staff", new boolean[] {true, false},
                "provider2.admin", new boolean[] {false, true},
                "statewide.admin", new boolean[] {false, false});
        long[] offerings = {region1Offering, region2Offering};
        for (Map.Entry<String, boolean[]> rule : expected.entrySet()) {
            ApiClient api = ApiClient.as(portal(), rule.getKey());
            for (int i = 0; i < 2; i++) {
                ApiClient.Reply reply = api.get("api/v1/offerings/" + offerings[i]);
                assertEquals(rule.getValue()[i] ? 200 : 404, reply.status(), rule.getKey() + " reads offering " + offerings[i]);
            }
            long listedForeign = api.get("api/v1/offerings?size=200&organization="
                    + accountOrganisation(accounts.get(rule.getValue()[1] ? "provider.admin" : "provider2.admin"))).json().getInt("total");
            if (!rule.getValue()[0] && !rule.getValue()[1]) {
                assertEquals(0, listedForeign, rule.getKey() + " lists none of another provider's offerings");
            }
        }
        for (String user : List.of("lead.r1", "provider.admin", "state.staff")) {
            PortalSession session = PortalSession.signIn(portal(), user);
            String own = session.page("offerings/offering.xhtml?id=" + region1Offering).body();
            assertTrue(own.contains("id=\"serviceType\""), user + " reads a region 1 offering");
            String foreign = session.page("offerings/offering.xhtml?id=" + region2Offering).body();
            if (user.equals("state.staff")) {
                assertTrue(foreign.contains("id=\"serviceType\""), "the state reads every offering");
            } else {
                assertTrue(foreign.contains("Not found"), user + " gets not found for a region 2 offering");
            }
            String edit = session.page("offerings/offering-edit.xhtml?id=" + region1Offering).body();
            assertEquals(user.equals("provider.admin"), edit.contains("id=\"offering:save\""),
                    user + (user.equals("provider.admin") ? " edits its own offering" : " edits no provider's offering"));
        }
        PortalSession other = PortalSession.signIn(portal(), "provider2.admin");
        assertTrue(other.page("offerings/offering-edit.xhtml?id=" + region1Offering).body().contains("Not found"),
                "another provider's administrator cannot open the form");
        ApiClient foreignAdmin = ApiClient.as(portal(), "provider2.admin");
        assertEquals(404, foreignAdmin.put("api/v1/offerings/" + region1Offering, "{}", "\"1\"").status(),
                "nor change it through the API");
    }

    @Test
    void anOrganisationsWebhooksAreSeenOnlyByItsOwnAdministrators() throws Exception {
        Map<String, Long> accounts = accountIds();
        long provider2 = accountOrganisation(accounts.get("provider2.admin"));
        long provider1 = accountOrganisation(accounts.get("provider.admin"));
        for (String user : USERS) {
            ApiClient.Reply reply = ApiClient.as(portal(), user).get("api/v1/organizations/" + provider2 + "/webhooks");
            int expected = user.equals("provider2.admin") ? 200
                    : Set.of("state.staff", "lead.r1", "lead.r2", "provider.admin", "statewide.admin").contains(user) ? 404 : 403;
            assertEquals(expected, reply.status(), user + " reads provider2's webhooks: " + reply.body());
        }
        assertEquals(200, ApiClient.as(portal(), "provider.admin").get("api/v1/organizations/" + provider1 + "/webhooks").status(),
                "an administrator reads its own organisation's");
    }

    @Test
    void aBoardShowsOnlyTheOfferingsTheCallerMaySee() throws Exception {
        assertFalse(ApiClient.as(portal(), "lead.r1").get("api/v1/capacity/board?region=R1").json().getJsonArray("rows").isEmpty());
        assertTrue(ApiClient.as(portal(), "lead.r2").get("api/v1/capacity/board?region=R1").json().getJsonArray("rows").isEmpty(),
                "another region's board is empty for a lead");
        assertFalse(ApiClient.as(portal(), "state.staff").get("api/v1/capacity/board?region=R1").json().getJsonArray("rows").isEmpty());
        assertEquals(403, ApiClient.as(portal(), "provider.admin").get("api/v1/capacity/board?region=R1").status());
        JsonObject state = ApiClient.as(portal(), "state.staff").get("api/v1/capacity/board").json();
        assertEquals(7, state.getJsonArray("columns").size(), "the statewide board has a column per region");
        assertFalse(state.getJsonArray("rows").isEmpty());
        assertEquals(403, ApiClient.as(portal(), "lead.r1").get("api/v1/capacity/board").status(), "the statewide board is the state's");
    }

    private long firstOffering(long organisation) throws Exception {
        return ApiClient.as(portal(), "state.staff").get("api/v1/organizations/" + organisation).json()
                .getJsonArray("offerings").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void directoryAndReferenceDataAreReadableByEveryone() throws Exception {
        long otherRegionProvider = ApiClient.as(portal(), "state.staff").get("api/v1/organizations?region=R7&type=LOCAL_PROVIDER&size=1")
                .json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        for (String user : USERS) {
            ApiClient api = ApiClient.as(portal(), user);
            assertEquals(200, api.get("api/v1/organizations/" + otherRegionProvider).status(), user);
            assertEquals(200, api.get("api/v1/regions/R7").status(), user);
            assertEquals(200, api.get("api/v1/counties/28047").status(), user);
        }
    }

    @Test
    void portalPagesWithAnIdFollowTheSameRules() throws Exception {
        Map<String, Long> accountIds = accountIds();
        for (String user : List.of("lead.r1", "provider.admin", "state.staff")) {
            PortalSession session = PortalSession.signIn(portal(), user);
            for (Map.Entry<String, Long> account : accountIds.entrySet()) {
                String html = session.page("people/person.xhtml?id=" + account.getValue()).body();
                boolean visible = !VISIBLE.containsKey(user) || VISIBLE.get(user).contains(account.getKey());
                if (visible) {
                    assertTrue(html.contains("id=\"personUsername\">" + account.getKey()), user + " sees " + account.getKey());
                } else {
                    assertTrue(html.contains("Not found"), user + " gets not found for " + account.getKey());
                    assertFalse(html.contains(">" + account.getKey() + "<"), "the page leaks nothing");
                }
            }
            long organisation = accountOrganisation(accountIds.get("provider2.admin"));
            String directory = session.page("network/organisation.xhtml?id=" + organisation).body();
            assertTrue(directory.contains("id=\"orgType\""), user + " reads the directory");
        }
    }

    @Test
    void qualityRecordsStayInTheirRegionForReviewersLeadsAndProviders() throws Exception {
        ApiClient state = ApiClient.as(portal(), "state.staff");
        long r1Cycle = -1;
        long r2Cycle = -1;
        for (JsonValue c : state.get("api/v1/quality/cycles").array()) {
            JsonObject cycle = c.asJsonObject();
            if (cycle.getString("regionCode").equals("R1") && r1Cycle < 0) {
                r1Cycle = cycle.getJsonNumber("id").longValue();
            }
            if (cycle.getString("regionCode").equals("R2") && r2Cycle < 0) {
                r2Cycle = cycle.getJsonNumber("id").longValue();
            }
        }
        long r2Review = state.get("api/v1/quality/cycles/" + r2Cycle).json().getJsonArray("reviews").getJsonObject(0).getJsonNumber("id").longValue();
        long r1Review = state.get("api/v1/quality/cycles/" + r1Cycle).json().getJsonArray("reviews").getJsonObject(0).getJsonNumber("id").longValue();
        long r2Plan = state.get("api/v1/quality/plans?region=R2").array().getJsonObject(0).getJsonNumber("id").longValue();
        Map<String, boolean[]> expected = Map.of(
                "state.staff", new boolean[] {true, true},
                "auditor", new boolean[] {true, true},
                "cqi.reviewer", new boolean[] {true, false},
                "lead.r1", new boolean[] {true, false},
                "lead.r2", new boolean[] {false, true});
        for (Map.Entry<String, boolean[]> rule : expected.entrySet()) {
            ApiClient api = ApiClient.as(portal(), rule.getKey());
            assertEquals(rule.getValue()[0] ? 200 : 404, api.get("api/v1/quality/cycles/" + r1Cycle).status(), rule.getKey() + " R1 cycle");
            assertEquals(rule.getValue()[1] ? 200 : 404, api.get("api/v1/quality/cycles/" + r2Cycle).status(), rule.getKey() + " R2 cycle");
            assertEquals(rule.getValue()[1] ? 200 : 404, api.get("api/v1/quality/reviews/" + r2Review).status(), rule.getKey() + " R2 review");
            assertEquals(rule.getValue()[1] ? 200 : 404, api.get("api/v1/quality/reports/R2").status(), rule.getKey() + " R2 report");
            boolean planVisible = rule.getValue()[1] && !rule.getKey().equals("cqi.reviewer");
            assertEquals(planVisible ? 200 : 404, api.get("api/v1/quality/plans/" + r2Plan).status(), rule.getKey() + " R2 plan");
        }
        assertEquals(404, ApiClient.as(portal(), "provider2.admin").get("api/v1/quality/reviews/" + r1Review).status());
        assertEquals(403, ApiClient.as(portal(), "provider2.admin").get("api/v1/quality/cycles/" + r2Cycle).status());
        for (String user : List.of("lead.r1", "cqi.reviewer")) {
            PortalSession session = PortalSession.signIn(portal(), user);
            assertTrue(session.page("quality/review.xhtml?id=" + r2Review).body().contains("Not found"), user + " R2 review page");
            assertTrue(session.page("quality/cycle.xhtml?id=" + r2Cycle).body().contains("Not found"), user + " R2 cycle page");
            assertTrue(session.page("quality/plan.xhtml?id=" + r2Plan).body().contains("Not found"), user + " R2 plan page");
            assertTrue(session.page("quality/cycle.xhtml?id=" + r1Cycle).body().contains("id=\"cycleKind\""), user + " R1 cycle page");
        }
    }

    private Map<String, Long> accountIds() throws Exception {
        Map<String, Long> ids = new HashMap<>();
        for (JsonValue item : ApiClient.as(portal(), "state.staff").get("api/v1/accounts?size=200").json().getJsonArray("items")) {
            JsonObject account = item.asJsonObject();
            if (USERS.contains(account.getString("username")) || account.getString("username").startsWith("lead.")) {
                ids.put(account.getString("username"), account.getJsonNumber("id").longValue());
            }
        }
        assertTrue(ids.keySet().containsAll(USERS), ids.toString());
        return ids;
    }

    private long accountOrganisation(long accountId) throws Exception {
        return ApiClient.as(portal(), "state.staff").get("api/v1/accounts/" + accountId).json()
                .getJsonNumber("organisationId").longValue();
    }

    /** "GET /x/{id}" for every resource method of the API with a path parameter. */
    static Set<String> apiEndpointsWithIds() throws Exception {
        Set<String> endpoints = new TreeSet<>();
        for (Class<?> type : apiClasses()) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                Path methodPath = method.getAnnotation(Path.class);
                String path = ("/" + classPath.value() + "/" + (methodPath == null ? "" : methodPath.value()))
                        .replaceAll("/+", "/").replaceAll("(.)/$", "$1");
                if (method.isAnnotationPresent(GET.class) && path.contains("{")) {
                    endpoints.add("GET " + path);
                }
            }
        }
        return endpoints;
    }

    private static List<Class<?>> apiClasses() throws Exception {
        File location = new File(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Stream<String> names;
        if (location.isDirectory()) {
            try (Stream<java.nio.file.Path> files = Files.walk(location.toPath())) {
                names = files.map(p -> location.toPath().relativize(p).toString()).toList().stream();
            }
        } else {
            try (JarFile jar = new JarFile(location)) {
                names = jar.stream().map(e -> e.getName()).toList().stream();
            }
        }
        List<String> classes = names.filter(n -> n.endsWith(".class") && !n.contains("$") && !n.endsWith("package-info.class"))
                .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.').replace('\\', '.')).toList();
        List<Class<?>> result = new java.util.ArrayList<>();
        for (String name : classes) {
            result.add(Class.forName(name, false, TenantMatrixIT.class.getClassLoader()));
        }
        return result;
    }

    /** "PAGE a/b.xhtml" for every page that takes an id parameter. */
    static Set<String> pagesWithIds() throws Exception {
        java.nio.file.Path webapp = java.nio.file.Path.of(System.getProperty("portal.webapp", "src/main/webapp"));
        Set<String> pages = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(webapp)) {
            for (java.nio.file.Path file : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                if (Files.readString(file).contains("f:viewParam name=\"id\"")) {
                    pages.add("PAGE " + webapp.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        return pages;
    }
}
