package org.providernetwork.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain was broken. Subclasses say which kind of rule, so that the boundaries can
 * answer with the right status (400 for invalid input, 404 for unknown records, 409 for conflicts).
 * <p>Marked as an application exception so that a service throwing it rolls its transaction back and
 * the exception reaches the boundary as it is, not wrapped.
 */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

    private final String field;

    protected DomainException(String message, String field) {
        super(message);
        this.field = field;
    }

    /** The input field the problem belongs to, or {@code null} when it concerns the whole request. */
    public String field() {
        return field;
    }
}
