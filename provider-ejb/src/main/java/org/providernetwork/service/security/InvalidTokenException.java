package org.providernetwork.service.security;

/** A token that must not be accepted; the message says why (for the log, never for the caller). */
public class InvalidTokenException extends Exception {

    public InvalidTokenException(String reason) {
        super(reason);
    }
}
