package org.providernetwork.domain.shared;

/**
 * The caller's role may do this kind of thing, but not to this record: a regional lead closing the state's
 * baseline cycle, say. Answered as 403; a record the caller may not even see is a {@link NotFoundException}.
 */
public class NotPermittedException extends DomainException {

    public NotPermittedException(String field, String message) {
        super(message, field);
    }
}
