package org.providernetwork.domain.shared;

/** The caller changed a record based on a version that is no longer current: someone else saved first. */
public class StaleVersionException extends DomainException {

    public StaleVersionException(String what) {
        super(what + " was changed by someone else in the meantime; reload it and apply your change again", null);
    }
}
