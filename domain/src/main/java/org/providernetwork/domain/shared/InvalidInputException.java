package org.providernetwork.domain.shared;

/** Input that can never be valid, whatever the state of the system (an unknown code, a bad range). */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String field, String message) {
        super(message, field);
    }
}
