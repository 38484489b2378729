package org.providernetwork.portal.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.providernetwork.domain.notification.WebhookSignature;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications end to end against real receivers: an SMTP server (GreenMail) and an HTTP receiver (the
 * JDK's server on 127.0.0.1) that checks every webhook signature. A referral is offered to a provider and
 * accepted; the server is stopped while the acceptance's webhook call is in flight and started again; every
 * expected mail and webhook event then arrives exactly once (a receiver drops the repeated call by its
 * delivery id, as the documentation tells receivers to). Also: preferences (off, digest), a failing webhook
 * shown to the state's staff and retried, and webhooks and preferences closed to other organisations.
 */
class NotificationsEmbeddedIT {

    private static final String CHILD = "Zelda Quill";

    /** One webhook call as the receiver saw it. */
    record Call(String path, String deliveryId, String event, boolean signatureValid, JsonObject body) {
    }

    /** The webhook receiver: records every call, answers 500 on /broken, and can hold the first call of an event. */
    static final class Receiver implements AutoCloseable {
        final HttpServer server;
        final ExecutorService threads = Executors.newCachedThreadPool();
        final List<Call> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        final Map<String, String> secrets = new ConcurrentHashMap<>();
        final AtomicBoolean holdNext = new AtomicBoolean();
        volatile String holdPath;
        volatile String holdEvent;
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", this::handle);
            server.setExecutor(threads);
            server.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        private void handle(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            String secret = secrets.get(path);
            String timestamp = exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER);
            boolean valid = secret != null && timestamp != null && WebhookSignature.verify(secret, Long.parseLong(timestamp),
                    body, exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER),
                    Instant.now().getEpochSecond());
            JsonObject json;
            try (var reader = Json.createReader(new StringReader(body))) {
                json = reader.readObject();
            }
            String event = exchange.getRequestHeaders().getFirst(WebhookSignature.EVENT_HEADER);
            calls.add(new Call(path, exchange.getRequestHeaders().getFirst(WebhookSignature.DELIVERY_HEADER), event, valid, json));
            if (path.equals(holdPath) && event.equals(holdEvent) && holdNext.compareAndSet(true, false)) {
                held.countDown();
                try {
                    release.await(10, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = path.equals("/broken") ? 500 : valid ? 204 : 401;
            try {
                exchange.sendResponseHeaders(status, -1);
            } catch (IOException e) {
                // the caller is gone (the server stopped mid-delivery)
            }
            exchange.close();
        }

        List<Call> of(String path, String event) {
            return calls.stream().filter(c -> c.path().equals(path) && c.event().equals(event)).toList();
        }

        @Override
        public void close() {
            release.countDown();
            server.stop(0);
            threads.shutdownNow();
        }
    }

    @Test
    void eachMailAndWebhookArrivesExactlyOnceAcrossARestartMidDelivery() throws Exception {
        int smtpPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Path dataDir = Files.createDirectories(Path.of(System.getProperty("it.work.dir", "target/it-work"))
                .resolve("notifications-" + System.currentTimeMillis()));
        String[] settings = {"portal.mail.host=127.0.0.1", "portal.mail.port=" + smtpPort,
            "portal.mail.from=portal@state.example", "portal.base-url=https://portal.state.example/",
            "portal.notify.poll-seconds=1", "portal.notify.lease-seconds=10", "portal.notify.retry-first-seconds=1",
            "portal.notify.max-attempts=2", "portal.notify.webhook-timeout-seconds=300",
            "portal.notify.reminder-seconds=2", "portal.referral.window.routine=PT40S", "portal.referral.sweep-seconds=2"};
        try (Receiver receiver = new Receiver()) {
            long referralId;
            JsonObject targetOffering;
            String number = "REF-NOTE-" + System.nanoTime() % 1_000_000;
            String heldDelivery;
            try (EmbeddedDefault portal = EmbeddedDefault.start(dataDir, "notifications-first-start.log", settings)) {
                URI base = portal.base;
                ApiClient state = ApiClient.as(base, "state.staff");
                ApiClient provider2 = ApiClient.as(base, "provider2.admin");
                ApiClient provider = ApiClient.as(base, "provider.admin");
                JsonObject p2account = account(provider2, "provider2.admin");
                long p2org = p2account.getJsonNumber("organisationId").longValue();
                long stateOrg = account(state, "state.staff").getJsonNumber("organisationId").longValue();

                // webhooks: the provider hears of offers, the state of answers; a broken one fails visibly
                String p2hook = webhook(provider2, p2org, receiver, "/provider2", "[\"OFFER_MADE\", \"REFERRAL_WITHDRAWN\"]");
                webhook(state, stateOrg, receiver, "/state", "[\"OFFER_ACCEPTED\", \"OFFER_DECLINED\"]");
                webhook(provider2, p2org, receiver, "/broken", "[\"OFFER_MADE\"]");
                assertEquals(400, provider2.post("api/v1/organizations/" + p2org + "/webhooks",
                        "{\"url\": \"http://hooks.example.org/x\", \"eventTypes\": [\"OFFER_MADE\"]}").status(),
                        "plain http only to the loopback interface");
                assertEquals(400, provider2.post("api/v1/organizations/" + p2org + "/webhooks",
                        "{\"url\": \"https://hooks.example.org/x\", \"eventTypes\": [\"NO_SUCH_EVENT\"]}").status());

                // tenancy: another provider, and the state itself, cannot see or change provider2's webhooks
                // or its users' preferences
                assertEquals(404, provider.get("api/v1/organizations/" + p2org + "/webhooks").status());
                assertEquals(404, state.get("api/v1/organizations/" + p2org + "/webhooks").status());
                assertEquals(404, provider.post("api/v1/organizations/" + p2org + "/webhooks",
                        "{\"url\": \"https://evil.example.org/\", \"eventTypes\": [\"OFFER_MADE\"]}").status());
                assertEquals(404, provider.delete("api/v1/organizations/" + p2org + "/webhooks/" + p2hook, null).status());
                long p2accountId = p2account.getJsonNumber("id").longValue();
                assertEquals(404, provider.get("api/v1/notifications/preferences?account=" + p2accountId).status());
                assertEquals(404, provider.put("api/v1/notifications/preferences?account=" + p2accountId,
                        "{\"OFFER_MADE\": \"OFF\"}", null).status());
                assertEquals(403, provider2.get("api/v1/notifications/deliveries").status(), "state staff only");
                JsonObject own = provider2.get("api/v1/organizations/" + p2org + "/webhooks").array().stream()
                        .map(JsonValue::asJsonObject).filter(h -> h.getString("id").equals(p2hook)).findFirst().orElseThrow();
                assertTrue(!own.containsKey("secret") || own.isNull("secret"), "the secret is shown only when the webhook is made");

                // preferences of the state agency's other users: one wants no mail of acceptances, one a daily digest
                assertEquals(200, ApiClient.as(base, "auditor").put("api/v1/notifications/preferences",
                        "{\"OFFER_ACCEPTED\": \"OFF\"}", null).status());
                ApiClient.Reply digest = ApiClient.as(base, "cqi.reviewer").put("api/v1/notifications/preferences",
                        "{\"offer_accepted\": \"digest\"}", null);
                assertEquals(200, digest.status(), digest.body());
                assertTrue(digest.array().stream().map(JsonValue::asJsonObject).anyMatch(p ->
                        p.getString("eventType").equals("OFFER_ACCEPTED") && p.getString("mode").equals("DIGEST")));

                // a referral, offered to provider2's offering
                JsonObject offering = provider2.get("api/v1/offerings?size=50&contracted=true&organization=" + p2org)
                        .json().getJsonArray("items").getJsonObject(0);
                long offeringId = offering.getJsonNumber("id").longValue();
                ApiClient.Reply capacity = provider2.get("api/v1/capacity/" + offeringId);
                JsonObject c = capacity.json();
                assertEquals(200, provider2.put("api/v1/capacity/" + offeringId, "{\"available\": 3, \"maximum\": "
                        + Math.max(c.getInt("maximum"), 3 + c.getInt("reserved")) + ", \"waitlist\": 0}",
                        capacity.header("ETag")).status());
                targetOffering = offering;
                long[] made = offerToTarget(state, offering, number);
                referralId = made[0];
                long offerId = made[1];

                // the offer reaches provider2's webhook (signed) and its admin's mailbox; the broken hook gives up
                await("the offer's webhook call", () -> receiver.of("/provider2", "OFFER_MADE").stream()
                        .anyMatch(call -> call.body().getJsonNumber("offerId").longValue() == offerId));
                await("the offer's mail", () -> !mails(smtp, "provider2.admin@example.org", "New offer: referral " + number).isEmpty());
                await("the broken webhook given up", () -> failed(state, "/broken") != null);
                JsonObject failed = failed(state, "/broken");
                assertTrue(failed.getString("lastError").contains("HTTP 500"), failed.toString());
                assertEquals(2, failed.getInt("attempts"));
                int brokenCalls = receiver.of("/broken", "OFFER_MADE").size();
                String failedId = failed.getString("id");
                assertEquals(204, state.post("api/v1/notifications/deliveries/" + failedId + "/retry", "").status());
                await("the retried delivery tried again", () -> receiver.of("/broken", "OFFER_MADE").size() > brokenCalls);
                assertTrue(receiver.of("/broken", "OFFER_MADE").stream().allMatch(call -> call.deliveryId().equals(failedId)),
                        "a retry keeps the delivery id");

                // acceptance: its webhook call to the state is held at the receiver while the server stops
                receiver.holdPath = "/state";
                receiver.holdEvent = "OFFER_ACCEPTED";
                receiver.holdNext.set(true);
                ApiClient.Reply accepted = provider2.post("api/v1/referrals/" + referralId + "/accept", "{\"offerId\": " + offerId + "}");
                assertEquals(200, accepted.status(), accepted.body());
                assertTrue(receiver.held.await(3, TimeUnit.MINUTES), "the acceptance's webhook call reached the receiver");
                heldDelivery = receiver.of("/state", "OFFER_ACCEPTED").get(0).deliveryId();
            }
            // the server is down, the call it made was never answered; now answer it (too late) and start again
            receiver.release.countDown();
            try (EmbeddedDefault portal = EmbeddedDefault.start(dataDir, "notifications-second-start.log", settings)) {
                await("the acceptance's webhook delivered again after the restart",
                        () -> receiver.of("/state", "OFFER_ACCEPTED").size() >= 2);
                await("the acceptance's mail", () -> !mails(smtp, "state.staff@example.org", "Offer accepted: referral " + number).isEmpty());
                TimeUnit.SECONDS.sleep(5); // anything sent twice would have arrived by now

                List<Call> accepted = receiver.of("/state", "OFFER_ACCEPTED").stream()
                        .filter(call -> call.body().getJsonNumber("referralId").longValue() == referralId).toList();
                assertTrue(accepted.stream().allMatch(Call::signatureValid), "every call carries a valid signature");
                assertTrue(accepted.stream().allMatch(call -> call.deliveryId().equals(heldDelivery)),
                        "the repeated call carries the same delivery id");
                Set<String> distinct = accepted.stream().map(Call::deliveryId).collect(Collectors.toSet());
                assertEquals(1, distinct.size(), "the receiver keeps the acceptance exactly once");
                JsonObject body = accepted.get(accepted.size() - 1).body();
                assertEquals("OFFER_ACCEPTED", body.getString("event"));
                assertEquals("ACCEPTED", body.getString("offerStatus"));
                assertEquals(number, body.getJsonObject("record").getString("label"));
                assertFalse(body.toString().contains(CHILD), "the payload carries ids and states, not the child");

                List<Call> offers = receiver.of("/provider2", "OFFER_MADE").stream()
                        .filter(call -> call.body().getJsonNumber("referralId").longValue() == referralId).toList();
                assertTrue(offers.stream().allMatch(Call::signatureValid));
                assertEquals(offers.size(), offers.stream().map(Call::deliveryId).distinct().count(),
                        "the offer was not delivered twice");

                List<MimeMessage> acceptMails = mails(smtp, "state.staff@example.org", "Offer accepted: referral " + number);
                assertEquals(1, acceptMails.size(), "exactly one acceptance mail");
                assertTrue(mails(smtp, "auditor@example.org", "Offer accepted: referral " + number).isEmpty(),
                        "the user who turned this event off gets no mail");
                assertTrue(mails(smtp, "cqi.reviewer@example.org", "Offer accepted: referral " + number).isEmpty(),
                        "the user who chose the digest gets no immediate mail");
                List<MimeMessage> offerMails = mails(smtp, "provider2.admin@example.org", "New offer: referral " + number);
                assertEquals(offerMails.size(), offerMails.stream().map(NotificationsEmbeddedIT::messageId).distinct().count());
                assertEquals(offers.size(), offerMails.size(), "one mail per offer made to provider2");
                for (MimeMessage mail : List.of(acceptMails.get(0), offerMails.get(0))) {
                    assertFalse(mail.getSubject().contains(CHILD), "no child name in the subject");
                    String text = mail.getContent().toString();
                    assertTrue(text.contains("https://portal.state.example/referrals/referral.xhtml?id=" + referralId), text);
                    assertNotNull(mail.getHeader("X-Portal-Delivery"));
                }
                assertTrue(offerMails.get(0).getSubject().contains("answer by"), "the offer's mail names its deadline");
                assertNull(failed(ApiClient.as(portal.base, "state.staff"), "/state"), "nothing to the state's webhook failed");

                // time passing: a routine referral (a 40-second window in this run) is recalled to the provider at
                // half its window, once, and when the window closes unanswered it is escalated to the region's lead
                String slow = "REF-TIME-" + System.nanoTime() % 1_000_000;
                long slowId = offerToTarget(ApiClient.as(portal.base, "state.staff"), targetOffering, slow, "ROUTINE")[0];
                await("the half-window reminder", () -> !mails(smtp, "provider2.admin@example.org", "Reminder: referral " + slow).isEmpty());
                String region = receiver.of("/provider2", "OFFER_MADE").stream()
                        .filter(call -> call.body().getJsonNumber("referralId").longValue() == slowId)
                        .findFirst().orElseThrow().body().getString("regionCode");
                String lead = "lead." + region.toLowerCase(java.util.Locale.ROOT) + "@example.org";
                await("the escalation to the lead", () -> !mails(smtp, lead, "Escalated to you: referral " + slow).isEmpty());
                TimeUnit.SECONDS.sleep(5);
                long slowOffers = receiver.of("/provider2", "OFFER_MADE").stream()
                        .filter(call -> call.body().getJsonNumber("referralId").longValue() == slowId).count();
                assertEquals(slowOffers, mails(smtp, "provider2.admin@example.org", "Reminder: referral " + slow).size(),
                        "one half-window reminder per offer to provider2, however many checks ran");
                List<MimeMessage> escalations = mails(smtp, lead, "Escalated to you: referral " + slow);
                assertEquals(escalations.size(), escalations.stream().map(NotificationsEmbeddedIT::messageId).distinct().count(),
                        "no escalation mail delivered twice");

                // the live inbox: with its 15-second poll stopped, a new offer still appears in provider2's open
                // inbox without a reload, pushed by server-sent events after the offer committed
                try (Browser browser = new Browser()) {
                    browser.signIn(portal.base.toString(), "provider2.admin", ApiClient.DEMO_PASSWORD);
                    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav:referrals"))).click();
                    browser.wait.until(ExpectedConditions.attributeToBe(By.id("inboxLive"), "data-live", "true"));
                    ((JavascriptExecutor) browser.driver).executeScript("PF('inboxPoll').stop();");
                    String live = "REF-LIVE-" + System.nanoTime() % 1_000_000;
                    assertTrue(browser.driver.findElements(By.linkText(live)).isEmpty());
                    offerToTarget(ApiClient.as(portal.base, "state.staff"), targetOffering, live);
                    new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                            .until(ExpectedConditions.visibilityOfElementLocated(By.linkText(live)));
                    assertEquals(Boolean.FALSE, ((JavascriptExecutor) browser.driver).executeScript(
                            "return PF('inboxPoll').isActive();"), "the poll stayed stopped: the push refreshed the list");
                    browser.screenshot("inbox-live-offer");

                    // the state's staff see the failed webhook delivery on the portal page too
                    browser.signIn(portal.base.toString(), "state.staff", ApiClient.DEMO_PASSWORD);
                    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav:deliveries"))).click();
                    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deliveries:failed")));
                    String table = browser.driver.findElement(By.id("deliveries:failed")).getText();
                    assertTrue(table.contains(receiver.url("/broken")) && table.contains("HTTP 500"), table);
                    browser.screenshot("failed-deliveries");
                }
            }
        } finally {
            smtp.stop();
        }
    }

    /** A referral that fits {@code offering}, offered to it (by routing or by hand): its id and the open offer's id. */
    private static long[] offerToTarget(ApiClient state, JsonObject offering, String number) throws Exception {
        return offerToTarget(state, offering, number, "URGENT");
    }

    private static long[] offerToTarget(ApiClient state, JsonObject offering, String number, String urgency) throws Exception {
        long offeringId = offering.getJsonNumber("id").longValue();
        String genders = offering.getString("genders");
        LocalDate birth = PortalDeployment.today().minusYears(offering.getInt("minAge")).minusDays(10);
        ApiClient.Reply created = state.post("api/v1/referrals", "{\"number\": \"" + number + "\", \"serviceType\": \""
                + offering.getString("serviceTypeCode") + "\", \"homeCounty\": \"" + offering.getString("countyFips")
                + "\", \"children\": [{\"name\": \"" + CHILD + "\", \"birthDate\": \"" + birth + "\", \"gender\": \""
                + (genders.equals("ANY") ? "FEMALE" : genders) + "\"}], \"ratings\": {\"TRAUMA\": 2},"
                + " \"requiredPopulations\": [], \"risk\": \"MODERATE\", \"urgency\": \"" + urgency + "\","
                + " \"caseManagerName\": \"Casey Manager\", \"caseManagerEmail\": \"casey@example.org\"}");
        assertEquals(201, created.status(), created.body());
        JsonObject referral = created.json();
        long referralId = referral.getJsonNumber("id").longValue();
        if (openOffer(referral, offeringId) == null) {
            ApiClient.Reply offered = state.post("api/v1/referrals/" + referralId + "/offer", "{\"offeringId\": " + offeringId + "}");
            assertEquals(200, offered.status(), offered.body());
            referral = offered.json();
        }
        return new long[] {referralId, openOffer(referral, offeringId)};
    }

    private static JsonObject account(ApiClient client, String username) throws Exception {
        return client.get("api/v1/accounts?name=" + username).json().getJsonArray("items").getJsonObject(0);
    }

    private static String webhook(ApiClient client, long org, Receiver receiver, String path, String types) throws Exception {
        ApiClient.Reply reply = client.post("api/v1/organizations/" + org + "/webhooks",
                "{\"url\": \"" + receiver.url(path) + "\", \"eventTypes\": " + types + "}");
        assertEquals(201, reply.status(), reply.body());
        assertNotNull(reply.header("Location"));
        JsonObject hook = reply.json();
        receiver.secrets.put(path, hook.getString("secret"));
        return hook.getString("id");
    }

    private static Long openOffer(JsonObject referral, long offeringId) {
        return referral.getJsonArray("offers").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("offeringId").longValue() == offeringId && o.getString("status").equals("OFFERED"))
                .map(o -> o.getJsonNumber("id").longValue()).findFirst().orElse(null);
    }

    /** The failed delivery to a webhook whose URL ends with {@code path}, as the state's staff see it. */
    private static JsonObject failed(ApiClient state, String path) throws Exception {
        ApiClient.Reply reply = state.get("api/v1/notifications/deliveries?status=FAILED");
        assertEquals(200, reply.status(), reply.body());
        return reply.array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("recipient", "").endsWith(path)).findFirst().orElse(null);
    }

    private static List<MimeMessage> mails(GreenMail smtp, String to, String subjectStart) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                boolean addressed = m.getRecipients(Message.RecipientType.TO) != null && java.util.Arrays.stream(
                        m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(to));
                if (addressed && m.getSubject() != null && m.getSubject().startsWith(subjectStart)) {
                    found.add(m);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A condition the test waits for. */
    interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(String what, Condition condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (condition.holds()) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new AssertionError("not within 3 minutes: " + what);
    }
}
