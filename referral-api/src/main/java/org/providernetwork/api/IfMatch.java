package org.providernetwork.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.providernetwork.api.problem.Problem;
import org.providernetwork.domain.shared.Versions;

import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * Optimistic concurrency over HTTP: reads answer the record's version as ETag; changes must send it back
 * as If-Match. Without it the answer is 428, with a malformed one 412; a stale one is 412 from the service.
 * {@code If-Match: *} matches whatever version is current (RFC 9110, section 13.1.1): the change is applied
 * to the record as it is.
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Runs the change with the version the header names, or answers why it cannot. */
    public static Response apply(String header, String what, LongFunction<Response> change) {
        if (header == null || header.isBlank()) {
            return Problem.of(428, "Precondition Required", "send If-Match with the ETag of the " + what + " you read").toResponse();
        }
        if (header.trim().equals("*")) {
            return change.apply(Versions.ANY);
        }
        OptionalLong version = parse(header);
        if (version.isEmpty()) {
            return Problem.of(412, "Precondition Failed", "If-Match does not name a version of this " + what).toResponse();
        }
        return change.apply(version.getAsLong());
    }

    private static OptionalLong parse(String header) {
        try {
            long version = Long.parseLong(header.trim().replaceFirst("^W/", "").replace("\"", ""));
            return version < 0 ? OptionalLong.empty() : OptionalLong.of(version);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
