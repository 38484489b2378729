package org.providernetwork.domain.notification;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The signature of a webhook call: HMAC-SHA256, keyed with the subscription's shared secret, over
 * {@code timestamp + "." + body}, sent as {@code sha256=<hex>}. Signing the timestamp with the body lets a
 * receiver refuse a replayed call whose timestamp is older than its tolerance.
 */
public final class WebhookSignature {

    public static final String DELIVERY_HEADER = "X-Portal-Delivery";
    public static final String EVENT_HEADER = "X-Portal-Event";
    public static final String TIMESTAMP_HEADER = "X-Portal-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Portal-Signature";
    /** How far a receiver should accept a timestamp from its own clock. */
    public static final long TOLERANCE_SECONDS = 300;

    private WebhookSignature() {
    }

    /** {@code sha256=<hex>} of {@code timestamp.body} under {@code secret}. */
    public static String sign(String secret, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether {@code signature} is the one of this body and timestamp, and the timestamp is fresh. */
    public static boolean verify(String secret, long timestampSeconds, String body, String signature, long nowSeconds) {
        if (signature == null || Math.abs(nowSeconds - timestampSeconds) > TOLERANCE_SECONDS) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, timestampSeconds, body).getBytes(StandardCharsets.UTF_8),
                signature.trim().getBytes(StandardCharsets.UTF_8));
    }
}
