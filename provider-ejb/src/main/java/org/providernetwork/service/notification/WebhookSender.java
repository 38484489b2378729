package org.providernetwork.service.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.providernetwork.domain.notification.WebhookSignature;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Calls a webhook: POST of the JSON payload with the delivery id, the event type, a timestamp and the
 * HMAC-SHA256 signature of {@code timestamp.body} (see {@link WebhookSignature}). Any 2xx answer is a
 * delivery; anything else is an error to try again.
 */
@ApplicationScoped
public class WebhookSender {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    private NotificationSettings settings;

    public void send(Delivery delivery, String body) throws IOException, InterruptedException {
        // the real time, not the portal's (possibly moved) clock: receivers compare it with theirs
        long timestamp = java.time.Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(settings.webhookTimeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.DELIVERY_HEADER, delivery.id())
                .header(WebhookSignature.EVENT_HEADER, delivery.type().name())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(delivery.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            String text = response.body() == null ? "" : response.body();
            throw new IOException("HTTP " + response.statusCode() + (text.isBlank() ? "" : ": "
                    + (text.length() > 200 ? text.substring(0, 200) : text)));
        }
    }
}
