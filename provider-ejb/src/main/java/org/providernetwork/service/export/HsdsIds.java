package org.providernetwork.service.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.UUID;

/**
 * Stable, deterministic HSDS identifiers (HSDS ids are UUID strings).
 * <ul>
 *   <li>Organizations and services, which clients fetch by id, get a reversible UUID (version 8, RFC 9562):
 *       the first 48 bits name the kind, the last 48 bits carry the portal's numeric id, so a request for
 *       one is answered without a lookup table.</li>
 *   <li>Every other object gets a name-based UUID (version 3, MD5) of a text naming it, such as
 *       {@code hsds:service_area:101:28081}: the same record always gets the same id.</li>
 * </ul>
 */
public final class HsdsIds {

    /** The objects that can be fetched by id. */
    public enum Kind {
        ORGANIZATION("organization"), SERVICE("service");

        private final String label;
        private final long prefix;

        Kind(String label) {
            this.label = label;
            this.prefix = first48Bits("hsds:" + label);
        }

        public String label() {
            return label;
        }
    }

    private static final long MAX_ID = (1L << 48) - 1;

    private HsdsIds() {
    }

    public static String organization(long id) {
        return of(Kind.ORGANIZATION, id);
    }

    public static String service(long id) {
        return of(Kind.SERVICE, id);
    }

    /** The reversible id of an organisation or offering. */
    public static String of(Kind kind, long id) {
        if (id < 0 || id > MAX_ID) {
            throw new IllegalArgumentException("an id between 0 and 2^48 - 1, was " + id);
        }
        long mostSignificant = (kind.prefix << 16) | 0x8000L;            // 48 bits kind, version 8, 12 bits zero
        long leastSignificant = 0x8000_0000_0000_0000L | id;             // variant 10, 14 bits zero, 48 bits id
        return new UUID(mostSignificant, leastSignificant).toString();
    }

    /** The portal's numeric id behind an HSDS id of the given kind; empty when the text is not one. */
    public static Optional<Long> parse(Kind kind, String text) {
        if (text == null) {
            return Optional.empty();
        }
        UUID uuid;
        try {
            uuid = UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        long expectedHigh = (kind.prefix << 16) | 0x8000L;
        long low = uuid.getLeastSignificantBits();
        if (uuid.getMostSignificantBits() != expectedHigh || (low & 0xFFFF_0000_0000_0000L) != 0x8000_0000_0000_0000L) {
            return Optional.empty();
        }
        return Optional.of(low & MAX_ID);
    }

    /** A name-based (version 3) id for an object named by the given parts, e.g. {@code named("service_area", 101, "28081")}. */
    public static String named(String type, Object... parts) {
        StringBuilder name = new StringBuilder("hsds:").append(type);
        for (Object part : parts) {
            name.append(':').append(part);
        }
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static long first48Bits(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 6; i++) {
                value = (value << 8) | (hash[i] & 0xFF);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
