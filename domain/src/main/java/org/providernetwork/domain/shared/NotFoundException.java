package org.providernetwork.domain.shared;

/**
 * The record does not exist, or exists outside the caller's scope: both look the same from outside,
 * so that nobody learns of a record they may not see.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found", null);
    }
}
