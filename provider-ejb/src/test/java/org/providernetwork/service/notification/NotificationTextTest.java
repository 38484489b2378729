package org.providernetwork.service.notification;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.notification.EventType;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationTextTest {

    private static final ZoneId ZONE = ZoneId.of("America/Chicago");

    private static Delivery delivery(String id, EventType type, String payload) {
        return new Delivery(id, "e-" + id, type, "REF-2026-0042", "referrals/referral.xhtml?id=7", payload,
                Instant.parse("2026-12-05T14:00:00Z"), 5, "EMAIL", false, 1, 9L, "pat@example.org", null, null);
    }

    @Test
    void anOfferMailNamesTheReferralNumberAndDeadlineInTheStatesZoneAndLinksToIt() {
        Delivery d = delivery("d1", EventType.OFFER_MADE,
                "{\"referralId\": 7, \"offerStatus\": \"OFFERED\", \"respondBy\": \"2026-12-06T21:00:00Z\"}");
        NotificationText.Mail mail = NotificationText.of(d, "https://portal.example/referrals/referral.xhtml?id=7", ZONE);
        assertEquals("New offer: referral REF-2026-0042 - answer by 6 Dec 2026, 3:00 PM CST", mail.subject());
        assertTrue(mail.body().contains("https://portal.example/referrals/referral.xhtml?id=7"), mail.body());
        assertTrue(mail.body().contains("Delivery d1"));
    }

    @Test
    void everyEventTypeHasWordsAndADeclineSaysWhy() {
        for (EventType type : EventType.values()) {
            NotificationText.Mail mail = NotificationText.of(delivery("x", type, "{}"), "https://p/x", ZONE);
            assertTrue(!mail.subject().isBlank() && !mail.body().isBlank(), type.name());
        }
        NotificationText.Mail declined = NotificationText.of(delivery("d2", EventType.OFFER_DECLINED,
                "{\"reason\": \"NO_CAPACITY\"}"), "https://p/x", ZONE);
        assertTrue(declined.body().contains("reason: no capacity"), declined.body());
    }

    @Test
    void aLicenceNoticeAsksTheProviderToRenewAndTellsTheLeadItsProviderWasAsked() {
        String payload = "{\"offeringId\": 3, \"providerId\": 5, \"expiresOn\": \"2027-01-20\", \"daysLeft\": 60}";
        NotificationText.Mail provider = NotificationText.of(delivery("l1", EventType.LICENCE_EXPIRING, payload), "https://p/x", ZONE);
        assertEquals("Licence REF-2026-0042 expires in 60 days", provider.subject());
        assertTrue(provider.body().startsWith("The licence expires on 2027-01-20. Please upload the renewed licence."), provider.body());
        NotificationText.Mail lead = NotificationText.of(delivery("l2", EventType.LICENCE_EXPIRING,
                payload.replace("\"providerId\": 5", "\"providerId\": 6")), "https://p/x", ZONE);
        assertTrue(lead.body().startsWith("A licence of an offering of a local provider in your region expires on 2027-01-20."
                + " The provider has been asked to upload the renewed licence"), lead.body());
    }

    @Test
    void aDigestListsEachItemWithItsLink() {
        List<Delivery> items = List.of(delivery("a", EventType.OFFER_ACCEPTED, "{}"), delivery("b", EventType.OFFER_DECLINED, "{}"));
        NotificationText.Mail digest = NotificationText.digest(items, d -> "https://p/" + d.id(), ZONE);
        assertEquals("Your daily portal summary: 2 notices", digest.subject());
        assertTrue(digest.body().contains("Offer accepted: referral REF-2026-0042") && digest.body().contains("https://p/b"),
                digest.body());
    }

    @Test
    void aWebhookBodyIsThePayloadWithTheDeliveryIdAndRecipient() {
        String body = Dispatcher.body(delivery("d9", EventType.OFFER_ACCEPTED, "{\"event\": \"OFFER_ACCEPTED\", \"referralId\": 7}"));
        assertEquals("{\"deliveryId\":\"d9\",\"organisationId\":5,\"event\":\"OFFER_ACCEPTED\",\"referralId\":7}", body);
    }
}
