package org.providernetwork.service.audit;

import java.util.Objects;

/**
 * Whom an audit record concerns besides its entity: a child (by its key as the outcome history and the drill-downs
 * name it, e.g. {@code afcars:4711}), a referral (its id) or an organisation (its id). Auditors filter by these.
 */
public record AuditSubject(Kind kind, String id) {

    public enum Kind { CHILD, REFERRAL, ORGANISATION }

    public AuditSubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        id = id.length() <= 200 ? id : id.substring(0, 200);
    }

    public static AuditSubject child(String key) {
        return new AuditSubject(Kind.CHILD, key);
    }

    public static AuditSubject referral(long id) {
        return new AuditSubject(Kind.REFERRAL, Long.toString(id));
    }

    public static AuditSubject organisation(long id) {
        return new AuditSubject(Kind.ORGANISATION, Long.toString(id));
    }
}
