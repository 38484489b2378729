package org.providernetwork.domain.notification;

import org.junit.jupiter.api.Test;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationRulesTest {

    @Test
    void theSignatureIsHmacSha256OfTimestampDotBody() {
        // the value computed independently: printf '1700000000.{}' | openssl dgst -sha256 -hmac key
        String signature = WebhookSignature.sign("key", 1700000000L, "{}");
        assertEquals("sha256=9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae", signature);
        assertTrue(WebhookSignature.verify("key", 1700000000L, "{}", signature, 1700000100L));
        assertFalse(WebhookSignature.verify("other", 1700000000L, "{}", signature, 1700000100L), "another secret");
        assertFalse(WebhookSignature.verify("key", 1700000000L, "{ }", signature, 1700000100L), "another body");
        assertFalse(WebhookSignature.verify("key", 1700000001L, "{}", signature, 1700000100L), "another timestamp");
        assertFalse(WebhookSignature.verify("key", 1700000000L, "{}", signature, 1700000000L + 301), "replayed too late");
    }

    @Test
    void aWebhookUsesHttpsOrPlainHttpOnlyToLoopback() {
        assertEquals("hooks.example.org", WebhookUrl.check("https://hooks.example.org/portal").getHost());
        assertEquals("127.0.0.1", WebhookUrl.check("http://127.0.0.1:8099/hook").getHost());
        WebhookUrl.check("http://localhost/hook");
        assertThrows(InvalidInputException.class, () -> WebhookUrl.check("http://hooks.example.org/portal"));
        assertThrows(InvalidInputException.class, () -> WebhookUrl.check("ftp://hooks.example.org/"));
        assertThrows(InvalidInputException.class, () -> WebhookUrl.check("https://user@hooks.example.org/"));
        assertThrows(InvalidInputException.class, () -> WebhookUrl.check("/relative"));
        assertThrows(InvalidInputException.class, () -> WebhookUrl.check(" "));
        assertThrows(InvalidInputException.class, () -> WebhookUrl.check("https://a.org/" + "x".repeat(500)));
    }

    @Test
    void retriesBackOffDoublingUpToTheLongestAndGiveUp() {
        Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(1), 4);
        assertEquals(Duration.ofSeconds(10), backoff.after(1));
        assertEquals(Duration.ofSeconds(20), backoff.after(2));
        assertEquals(Duration.ofSeconds(40), backoff.after(3));
        assertEquals(Duration.ofMinutes(1), backoff.after(4));
        assertEquals(Duration.ofMinutes(1), backoff.after(40));
        assertFalse(backoff.givesUp(3));
        assertTrue(backoff.givesUp(4));
    }

    @Test
    void eventTypesFitTheirColumnAndParseByName() {
        for (EventType type : EventType.values()) {
            assertTrue(type.name().length() <= EventType.MAX_LENGTH);
        }
        assertEquals(EventType.OFFER_MADE, EventType.parse(" offer_made ").orElseThrow());
        assertTrue(EventType.parse("nothing").isEmpty());
    }
}
