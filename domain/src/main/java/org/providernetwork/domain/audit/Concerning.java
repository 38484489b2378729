package org.providernetwork.domain.audit;

import java.util.List;
import java.util.Objects;

/**
 * An entity whose audit records name whom the change concerns besides the entity itself: a child (by its key, as the
 * outcome history names it), a referral or an organisation (by id). The audit writer adds them to every record it
 * writes for the entity, so auditors find a child's placements by the child, the referral and the provider.
 */
public interface Concerning {

    /** Whom a change of this entity concerns; empty when nobody besides the entity. */
    List<Subject> auditSubjects();

    /** One subject: {@code kind} is CHILD, REFERRAL or ORGANISATION. */
    record Subject(String kind, String id) {

        public Subject {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            id = id.length() <= 200 ? id : id.substring(0, 200);
        }

        public static Subject child(String key) {
            return new Subject("CHILD", key);
        }

        public static Subject referral(long id) {
            return new Subject("REFERRAL", Long.toString(id));
        }

        public static Subject organisation(long id) {
            return new Subject("ORGANISATION", Long.toString(id));
        }
    }
}
