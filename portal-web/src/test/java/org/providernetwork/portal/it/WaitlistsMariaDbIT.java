package org.providernetwork.portal.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.providernetwork.domain.referral.Urgency;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Waitlists on MariaDB: referrals wait on an offering with no free place; a completion that frees the place offers
 * it to the first waiting referral by urgency, then waiting time, in the completion's own transaction; a capacity
 * update that frees another does the same for the next; so do a withdrawal (of a referral holding the place or of one
 * only offered it) and a decline (a give-back of an accepted offer or a refused open offer); the capacity's waitlist
 * is the count of those waiting.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WaitlistsMariaDbIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private ApiClient as(String user) {
        return ApiClient.as(URI.create(PortalDeployment.loopback(base)), user);
    }

    private JsonObject offering;

    private long offeringId() {
        return offering.getJsonNumber("id").longValue();
    }

    private JsonObject capacity() throws Exception {
        return as("provider2.admin").get("api/v1/capacity/" + offeringId()).json();
    }

    private void declare(int available) throws Exception {
        ApiClient provider = as("provider2.admin");
        ApiClient.Reply current = provider.get("api/v1/capacity/" + offeringId());
        JsonObject c = current.json();
        int maximum = Math.max(c.getInt("maximum"), available + c.getInt("reserved"));
        ApiClient.Reply put = provider.put("api/v1/capacity/" + offeringId(), "{\"available\": " + available
                + ", \"maximum\": " + maximum + "}", current.header("ETag"));
        assertEquals(200, put.status(), put.body());
    }

    private JsonObject create(String number, String urgency) throws Exception {
        String genders = offering.getString("genders");
        LocalDate birth = PortalDeployment.today().minusYears(offering.getInt("minAge")).minusDays(10);
        ApiClient.Reply created = as("lead.r2").post("api/v1/referrals", "{\"number\": \"" + number + "\", \"serviceType\": \""
                + offering.getString("serviceTypeCode") + "\", \"homeCounty\": \"" + offering.getString("countyFips")
                + "\", \"children\": [{\"name\": \"Child " + number + "\", \"birthDate\": \"" + birth + "\", \"gender\": \""
                + (genders.equals("ANY") ? "FEMALE" : genders) + "\"}], \"ratings\": {\"TRAUMA\": 2}, \"requiredPopulations\": [],"
                + " \"risk\": \"MODERATE\", \"urgency\": \"" + urgency + "\", \"caseManagerName\": \"Casey Manager\"}");
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private static long id(JsonObject referral) {
        return referral.getJsonNumber("id").longValue();
    }

    private Optional<JsonObject> openOffer(long referralId) throws Exception {
        return as("lead.r2").get("api/v1/referrals/" + referralId).json().getJsonArray("offers").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("offeringId").longValue() == offeringId() && o.getString("status").equals("OFFERED"))
                .findFirst();
    }

    private List<JsonObject> waiting(long referralId) throws Exception {
        return as("lead.r2").get("api/v1/referrals/" + referralId).json().getJsonArray("waiting").stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private void chooseOffering() throws Exception {
        long org = as("provider2.admin").get("api/v1/accounts?name=provider2.admin").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("organisationId").longValue();
        offering = as("provider2.admin").get("api/v1/offerings?size=50&contracted=true&organization=" + org)
                .json().getJsonArray("items").getJsonObject(3);
    }

    /** Declares one free place and gives it to a new referral that the provider accepts: none is left free. */
    private JsonObject holdTheOnePlace(String number) throws Exception {
        declare(1);
        JsonObject holder = create(number, "URGENT");
        if (openOffer(id(holder)).isEmpty()) {
            ApiClient.Reply offered = as("lead.r2").post("api/v1/referrals/" + id(holder) + "/offer", "{\"offeringId\": " + offeringId() + "}");
            assertEquals(200, offered.status(), offered.body());
        }
        long holderOffer = openOffer(id(holder)).orElseThrow().getJsonNumber("id").longValue();
        ApiClient.Reply accepted = as("provider2.admin").post("api/v1/referrals/" + id(holder) + "/accept", "{\"offerId\": " + holderOffer + "}");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals(0, capacity().getInt("available"));
        return holder;
    }

    private void join(JsonObject... referrals) throws Exception {
        for (JsonObject r : referrals) {
            ApiClient.Reply joined = as("lead.r2").post("api/v1/referrals/" + id(r) + "/waitlist", "{\"offeringIds\": [" + offeringId() + "]}");
            assertEquals(200, joined.status(), joined.body());
        }
    }

    /** The referral holds an open offer of the offering whose window is its urgency's, counted from the change. */
    private void assertOfferedWithWindow(JsonObject referral, Urgency urgency, Instant before) throws Exception {
        JsonObject offer = openOffer(id(referral)).orElseThrow(() -> new AssertionError(referral.getString("number")
                + " was not offered the freed place"));
        Instant respondBy = Instant.parse(offer.getString("respondBy"));
        Duration window = urgency.defaultWindow();
        assertTrue(!respondBy.isBefore(before.plus(window).minusSeconds(120))
                && !respondBy.isAfter(Instant.now().plus(window).plusSeconds(120)),
                "the " + urgency + " window of " + window + " from the change, not " + respondBy);
        assertTrue(waiting(id(referral)).stream().noneMatch(w -> w.getJsonNumber("offeringId").longValue() == offeringId()),
                "offered: no longer waiting there");
    }

    private void withdraw(JsonObject... referrals) throws Exception {
        for (JsonObject r : referrals) {
            ApiClient.Reply withdrawn = as("lead.r2").post("api/v1/referrals/" + id(r) + "/withdraw", "{\"reason\": \"test done\"}");
            assertEquals(200, withdrawn.status(), withdrawn.body());
        }
    }

    @Test
    void withdrawalsFreeThePlaceForTheFirstWaitingReferral() throws Exception {
        chooseOffering();
        JsonObject holder = holdTheOnePlace("REF-WDH-" + RUN);
        int waitingBefore = capacity().getInt("waitlist");
        JsonObject routine = create("REF-WDA-" + RUN, "ROUTINE");
        JsonObject urgentFirst = create("REF-WDB-" + RUN, "URGENT");
        JsonObject urgentSecond = create("REF-WDC-" + RUN, "URGENT");
        join(routine, urgentFirst, urgentSecond);
        assertEquals(waitingBefore + 3, capacity().getInt("waitlist"));

        // the lead withdraws the referral whose offer the provider accepted: its held place goes to the first urgent one
        Instant before = Instant.now();
        withdraw(holder);
        assertEquals(1, capacity().getInt("available"), "the held place is given back");
        assertOfferedWithWindow(urgentFirst, Urgency.URGENT, before);
        assertTrue(openOffer(id(urgentSecond)).isEmpty(), "one place, one offer");
        assertTrue(openOffer(id(routine)).isEmpty());
        assertEquals(1, waiting(id(urgentSecond)).get(0).getInt("position"));
        assertEquals(2, waiting(id(routine)).get(0).getInt("position"));
        assertEquals(waitingBefore + 2, capacity().getInt("waitlist"));

        // the lead withdraws the referral only offered the place: the offer no longer promises it, the next urgent one
        // is offered it, ahead of the routine one that waited longer
        before = Instant.now();
        withdraw(urgentFirst);
        assertEquals("WITHDRAWN", as("state.staff").get("api/v1/referrals/" + id(urgentFirst)).json().getJsonArray("offers")
                .stream().map(JsonValue::asJsonObject).filter(o -> o.getJsonNumber("offeringId").longValue() == offeringId())
                .reduce((a, b) -> b).orElseThrow().getString("status"));
        assertOfferedWithWindow(urgentSecond, Urgency.URGENT, before);
        assertTrue(openOffer(id(routine)).isEmpty(), "the one place is promised to the open offer");
        assertEquals(1, waiting(id(routine)).get(0).getInt("position"));
        assertEquals(waitingBefore + 1, capacity().getInt("waitlist"));

        withdraw(urgentSecond, routine);
        assertEquals(waitingBefore, capacity().getInt("waitlist"), "withdrawing takes a referral off the waitlist");
    }

    @Test
    void declinesFreeThePlaceForTheFirstWaitingReferral() throws Exception {
        chooseOffering();
        JsonObject holder = holdTheOnePlace("REF-DCH-" + RUN);
        long heldOffer = as("lead.r2").get("api/v1/referrals/" + id(holder)).json().getJsonArray("offers").stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getJsonNumber("offeringId").longValue() == offeringId()
                        && o.getString("status").equals("ACCEPTED")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        int waitingBefore = capacity().getInt("waitlist");
        JsonObject first = create("REF-DCA-" + RUN, "ROUTINE");
        JsonObject second = create("REF-DCB-" + RUN, "ROUTINE");
        join(first, second);

        // the provider gives back the place it accepted: the routine referral that waited longest is offered it
        Instant before = Instant.now();
        ApiClient.Reply givenBack = as("provider2.admin").post("api/v1/referrals/" + id(holder) + "/decline",
                "{\"offerId\": " + heldOffer + ", \"reason\": \"AT_CAPACITY\"}");
        assertEquals(200, givenBack.status(), givenBack.body());
        assertEquals(1, capacity().getInt("available"));
        assertOfferedWithWindow(first, Urgency.ROUTINE, before);
        assertTrue(openOffer(id(second)).isEmpty(), "one place, one offer");
        assertTrue(openOffer(id(holder)).isEmpty(), "the referral given back is not offered the same place again");
        assertEquals(1, waiting(id(second)).get(0).getInt("position"));

        // the provider declines that offer: the offer no longer promises the place and the next one is offered it
        long firstOffer = openOffer(id(first)).orElseThrow().getJsonNumber("id").longValue();
        before = Instant.now();
        ApiClient.Reply declined = as("provider2.admin").post("api/v1/referrals/" + id(first) + "/decline",
                "{\"offerId\": " + firstOffer + ", \"reason\": \"MISSING_DOCUMENTS\"}");
        assertEquals(200, declined.status(), declined.body());
        assertTrue(openOffer(id(first)).isEmpty(), "declined here, not offered the same place again");
        assertOfferedWithWindow(second, Urgency.ROUTINE, before);
        assertEquals(waitingBefore, capacity().getInt("waitlist"));

        withdraw(holder, first, second);
    }

    @Test
    void freedPlacesGoToTheWaitingReferralsByUrgencyThenWaitingTime() throws Exception {
        chooseOffering();

        // one place, taken by a referral whose service then starts
        JsonObject holder = holdTheOnePlace("REF-WAITH-" + RUN);
        assertEquals(200, as("provider2.admin").post("api/v1/referrals/" + id(holder) + "/start", "").status());
        int waitingBefore = capacity().getInt("waitlist");

        // a routine referral joins first, then two urgent ones
        JsonObject routine = create("REF-WAITA-" + RUN, "ROUTINE");
        JsonObject urgentFirst = create("REF-WAITB-" + RUN, "URGENT");
        JsonObject urgentSecond = create("REF-WAITC-" + RUN, "URGENT");
        String join = "{\"offeringIds\": [" + offeringId() + "]}";
        assertEquals(404, as("lead.r1").post("api/v1/referrals/" + id(routine) + "/waitlist", join).status(),
                "another region's lead may not route it");
        assertEquals(403, as("provider2.admin").post("api/v1/referrals/" + id(routine) + "/waitlist", join).status(),
                "a provider routes no referral");
        join(routine, urgentFirst, urgentSecond); // at one instant, the first to join goes first (WaitlistEntry.ORDER)
        ApiClient.Reply again = as("lead.r2").post("api/v1/referrals/" + id(routine) + "/waitlist", join);
        assertEquals(200, again.status(), "waiting again keeps the place");
        assertEquals(waitingBefore + 3, capacity().getInt("waitlist"), "the waitlist counts the waiting referrals");
        assertEquals("WAITLIST", capacity().getString("status"));

        // the region's capacity board counts them in the offering's cell, and the service-gap report reads them
        ApiClient.Reply board = as("lead.r2").get("api/v1/capacity/board?region=" + routine.getString("regionCode"));
        assertEquals(200, board.status(), board.body());
        JsonObject cell = board.json().getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("serviceTypeCode").equals(offering.getString("serviceTypeCode"))).findFirst().orElseThrow()
                .getJsonObject("cells").getJsonObject(offering.getString("countyFips"));
        assertTrue(cell.getJsonNumber("waiting").longValue() >= waitingBefore + 3, "the board's cell counts the waiting: " + cell);
        assertEquals(200, as("state.staff").get("api/v1/capacity/board").status(), "the statewide board too");
        ApiClient.Reply gaps = as("lead.r2").get("api/v1/referrals/gaps");
        assertEquals(200, gaps.status(), gaps.body());
        assertEquals(1, waiting(id(urgentFirst)).get(0).getInt("position"), "urgent before routine");
        assertEquals(3, waiting(id(routine)).get(0).getInt("position"));

        // the completion frees the place: the first urgent referral is offered it, in the same transaction
        Instant before = Instant.now();
        ApiClient.Reply completed = as("provider2.admin").post("api/v1/referrals/" + id(holder) + "/complete", "{\"note\": \"done\"}");
        assertEquals(200, completed.status(), completed.body());
        JsonObject offer = openOffer(id(urgentFirst)).orElseThrow(() -> new AssertionError("no offer from the waitlist"));
        Instant respondBy = Instant.parse(offer.getString("respondBy"));
        assertTrue(!respondBy.isBefore(before.plus(Duration.ofHours(24)).minusSeconds(120))
                && !respondBy.isAfter(Instant.now().plus(Duration.ofHours(24)).plusSeconds(120)), "the urgent window: " + respondBy);
        assertTrue(openOffer(id(urgentSecond)).isEmpty(), "one place, one offer");
        assertTrue(openOffer(id(routine)).isEmpty());
        assertTrue(waiting(id(urgentFirst)).isEmpty(), "offered: no longer waiting there");
        assertEquals(waitingBefore + 2, capacity().getInt("waitlist"));
        assertEquals(1, waiting(id(urgentSecond)).get(0).getInt("position"));

        // the provider frees another place: the next urgent one is offered it, the routine one still waits
        declare(2);
        assertTrue(openOffer(id(urgentSecond)).isPresent(), "the capacity update offered the next waiting referral");
        assertTrue(openOffer(id(routine)).isEmpty(), "two places free, both promised to open offers");
        assertEquals(waitingBefore + 1, capacity().getInt("waitlist"));
        assertEquals(1, waiting(id(routine)).get(0).getInt("position"));
        assertTrue(as("state.staff").get("api/v1/referrals/" + id(urgentSecond)).json().getJsonArray("events").stream()
                .map(e -> e.asJsonObject().getString("action")).toList().containsAll(List.of("WAIT", "LEAVE_WAITLIST", "OFFER")));

        // leaving and withdrawing take a referral off; a place free is offered, not waited for
        assertEquals(404, as("lead.r2").delete("api/v1/referrals/" + id(urgentFirst) + "/waitlist/" + offeringId(), null).status());
        ApiClient.Reply left = as("lead.r2").delete("api/v1/referrals/" + id(routine) + "/waitlist/" + offeringId(), null);
        assertEquals(200, left.status(), left.body());
        assertEquals(waitingBefore, capacity().getInt("waitlist"));
        for (JsonObject r : List.of(routine, urgentFirst, urgentSecond)) {
            assertEquals(200, as("lead.r2").post("api/v1/referrals/" + id(r) + "/withdraw", "{\"reason\": \"test done\"}").status());
        }
        declare(1);
        JsonObject late = create("REF-WAITD-" + RUN, "ROUTINE");
        assertEquals(409, as("lead.r2").post("api/v1/referrals/" + id(late) + "/waitlist", join).status(),
                "a place is free there: offer it instead");
        assertEquals(200, as("lead.r2").post("api/v1/referrals/" + id(late) + "/withdraw", "{\"reason\": \"test done\"}").status());
    }
}
