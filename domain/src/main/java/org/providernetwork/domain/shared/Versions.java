package org.providernetwork.domain.shared;

/**
 * The version a change was made against (the ETag a client read and sends back as If-Match), or
 * {@link #ANY} for {@code If-Match: *}, which per RFC 9110 matches whatever version is current.
 */
public final class Versions {

    /** Any current version ({@code If-Match: *}). */
    public static final long ANY = -1L;

    private Versions() {
    }

    /** True when the change names a version and the record is no longer at it. */
    public static boolean stale(long expected, long actual) {
        return expected != ANY && expected != actual;
    }
}
