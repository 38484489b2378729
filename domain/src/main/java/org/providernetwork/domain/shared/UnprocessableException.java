package org.providernetwork.domain.shared;

/**
 * A well-formed request that contradicts what an earlier one established (an idempotency key reused with a
 * different request): answered 422.
 */
public class UnprocessableException extends DomainException {

    public UnprocessableException(String field, String message) {
        super(message, field);
    }
}
