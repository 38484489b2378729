package org.providernetwork.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * Whom an audit record concerns: a child (by its key), a referral or an organisation (by id). Read-only to the
 * application like the record itself; written with it by the audit writer, searched by auditors.
 */
@Entity
@Table(name = "audit_subject")
@IdClass(AuditEventSubject.Key.class)
public class AuditEventSubject {

    @Id
    @Column(name = "audit_event_id")
    private Long auditEventId;

    /** CHILD, REFERRAL or ORGANISATION. */
    @Id
    @Column(name = "kind")
    private String kind;

    @Id
    @Column(name = "subject_id")
    private String subjectId;

    protected AuditEventSubject() {
        // read by JPA only
    }

    public Long getAuditEventId() {
        return auditEventId;
    }

    public String getKind() {
        return kind;
    }

    public String getSubjectId() {
        return subjectId;
    }

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long auditEventId;
        private String kind;
        private String subjectId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(auditEventId, k.auditEventId) && Objects.equals(kind, k.kind)
                    && Objects.equals(subjectId, k.subjectId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(auditEventId, kind, subjectId);
        }
    }
}
