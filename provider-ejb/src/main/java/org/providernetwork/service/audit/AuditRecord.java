package org.providernetwork.service.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One audit record written explicitly, where no entity listener sees the work: set-based SQL (outcome reports,
 * the outcome extract import, funded capacity, notification settings) and reads of a child's record ({@code VIEW}). Changes are field ->
 * {old, new}; subjects say which children, referrals and organisations the record concerns.
 */
public final class AuditRecord {

    private final String action;
    private final String entityType;
    private final String entityId;
    private final Map<String, String[]> changes = new TreeMap<>();
    private final Collection<AuditSubject> subjects = new LinkedHashSet<>();

    private AuditRecord(String action, String entityType, Object entityId) {
        this.action = action;
        this.entityType = entityType;
        this.entityId = String.valueOf(entityId);
    }

    public static AuditRecord created(String entityType, Object entityId) {
        return new AuditRecord("CREATE", entityType, entityId);
    }

    public static AuditRecord updated(String entityType, Object entityId) {
        return new AuditRecord("UPDATE", entityType, entityId);
    }

    public static AuditRecord deleted(String entityType, Object entityId) {
        return new AuditRecord("DELETE", entityType, entityId);
    }

    public static AuditRecord viewed(String entityType, Object entityId) {
        return new AuditRecord("VIEW", entityType, entityId);
    }

    /** A field's old and new value (either may be null). */
    public AuditRecord change(String field, Object old, Object now) {
        changes.put(field, new String[] {old == null ? null : old.toString(), now == null ? null : now.toString()});
        return this;
    }

    /** A value of a new record, or what a view showed. */
    public AuditRecord value(String field, Object value) {
        return value == null ? this : change(field, null, value);
    }

    public AuditRecord about(AuditSubject subject) {
        subjects.add(subject);
        return this;
    }

    public AuditRecord about(Collection<AuditSubject> more) {
        subjects.addAll(more);
        return this;
    }

    String action() {
        return action;
    }

    String entityType() {
        return entityType;
    }

    String entityId() {
        return entityId;
    }

    Map<String, String[]> changes() {
        return changes;
    }

    List<AuditSubject> subjects() {
        return new ArrayList<>(subjects);
    }

    boolean hasChanges() {
        return !changes.isEmpty();
    }
}
