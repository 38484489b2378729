package org.providernetwork.domain.shared;

/** Input that is well formed but clashes with what is already recorded (a duplicate name, a stale version). */
public class ConflictException extends DomainException {

    public ConflictException(String field, String message) {
        super(message, field);
    }
}
