package org.providernetwork.service.audit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.providernetwork.domain.audit.Concerning;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.AggregateObjectMapping;
import org.eclipse.persistence.mappings.CollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.ObjectReferenceMapping;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.AggregateChangeRecord;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.ObjectReferenceChangeRecord;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes an audit record for every insert, update and delete of an audited entity, in the same
 * transaction and on the same connection as the change itself, so that a change without its record (or
 * a record without its change) cannot happen. It is installed on every entity except reference data and
 * the audit record itself; no service can forget it. Each record says who (from {@link AuditActor}),
 * when, which entity, and which fields changed from which old value to which new value; an entity that is
 * {@link Concerning} also names whom the change concerns (a child, a referral, an organisation).
 */
public class AuditWriter extends DescriptorEventAdapter implements SessionCustomizer {

    /** Entities that are not audited: reference data changes only by migrations, and the trail itself. */
    private static final Set<String> NOT_AUDITED = Set.of("Region", "County", "ServiceType", "NeedCode", "AuditEvent",
            "AuditEventSubject");
    private static final int MAX_CHANGES_LENGTH = 8000;

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (!descriptor.isAggregateDescriptor() && !NOT_AUDITED.contains(descriptor.getJavaClass().getSimpleName())) {
                descriptor.getEventManager().addListener(this);
            }
        }
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        Map<String, String[]> changes = new TreeMap<>();
        describe(event.getSession(), event.getDescriptor(), event.getObject(), "", changes);
        write(event, "CREATE", changes);
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        ObjectChangeSet changeSet = event.getChangeSet();
        if (changeSet == null && event.getQuery() instanceof ObjectLevelModifyQuery modify) {
            changeSet = modify.getObjectChangeSet();
        }
        if (changeSet == null || !changeSet.hasChanges()) {
            return;
        }
        Map<String, String[]> changes = new TreeMap<>();
        collect(event.getSession(), event.getDescriptor(), event.getObject(), changeSet, "", changes);
        changes.remove("version");
        if (!changes.isEmpty()) {
            write(event, "UPDATE", changes);
        }
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        Map<String, String[]> changes = new TreeMap<>();
        describe(event.getSession(), event.getDescriptor(), event.getObject(), "", changes);
        changes.replaceAll((field, values) -> new String[] {values[1], null});
        write(event, "DELETE", changes);
    }

    /** Every mapped value of a new (or deleted) object, as "no old value, this new value". */
    private static void describe(AbstractSession session, ClassDescriptor descriptor, Object object, String prefix,
                                 Map<String, String[]> changes) {
        if (object == null) {
            return;
        }
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            String field = prefix + mapping.getAttributeName();
            Object value = mapping.getRealAttributeValueFromObject(object, session);
            if (mapping instanceof AggregateObjectMapping aggregate) {
                describe(session, aggregate.getReferenceDescriptor(), value, field + ".", changes);
            } else if (value != null && !"version".equals(field)) {
                changes.put(field, new String[] {null, format(session, mapping, value)});
            }
        }
    }

    /** The changed fields of an update, with old values from the change set and new values from the object. */
    private static void collect(AbstractSession session, ClassDescriptor descriptor, Object object, ObjectChangeSet changeSet,
                                String prefix, Map<String, String[]> changes) {
        for (ChangeRecord record : changeSet.getChanges()) {
            DatabaseMapping mapping = descriptor.getMappingForAttributeName(record.getAttribute());
            String field = prefix + record.getAttribute();
            Object current = mapping == null || object == null ? null : mapping.getRealAttributeValueFromObject(object, session);
            if (record instanceof AggregateChangeRecord aggregate && mapping instanceof AggregateObjectMapping a) {
                collect(session, a.getReferenceDescriptor(), current, aggregate.getChangedObject(), field + ".", changes);
            } else if (record instanceof DirectToFieldChangeRecord direct) {
                String old = direct.getOldValue() == null ? null : direct.getOldValue().toString();
                String now = current == null ? null : format(session, mapping, current);
                if (!Objects.equals(old, now)) {
                    changes.put(field, new String[] {old, now});
                }
            } else if (record instanceof ObjectReferenceChangeRecord reference) {
                changes.put(field, new String[] {id(session, reference.getOldValue()), format(session, mapping, current)});
            } else {
                changes.put(field, new String[] {null, current == null ? null : format(session, mapping, current)});
            }
        }
    }

    private static String format(AbstractSession session, DatabaseMapping mapping, Object value) {
        if (value == null) {
            return null;
        }
        if (mapping instanceof ObjectReferenceMapping) {
            return id(session, value);
        }
        if (mapping instanceof CollectionMapping || mapping instanceof DirectCollectionMapping) {
            if (value instanceof Collection<?> collection) {
                List<String> items = new ArrayList<>();
                for (Object item : collection) {
                    items.add(session.getDescriptor(item) != null ? id(session, item) : String.valueOf(item));
                }
                items.sort(null);
                return items.toString();
            }
        }
        return value.toString();
    }

    private static String id(AbstractSession session, Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof ObjectChangeSet changeSet) {
            return String.valueOf(changeSet.getId());
        }
        Object id = session.getId(entity);
        return String.valueOf(id);
    }

    private static void write(DescriptorEvent event, String action, Map<String, String[]> changes) {
        AuditActor actor = AuditActor.current();
        String json = changesJson(changes);
        DataModifyQuery insert = new DataModifyQuery("INSERT INTO audit_event (occurred_at, username, organisation_id,"
                + " action, entity_type, entity_id, changes, request_id) VALUES (#occurredAt, #username, #organisationId,"
                + " #action, #entityType, #entityId, #changes, #requestId)");
        for (String argument : List.of("occurredAt", "username", "organisationId", "action", "entityType", "entityId",
                "changes", "requestId")) {
            insert.addArgument(argument);
        }
        List<Object> values = new ArrayList<>();
        values.add(Timestamp.from(Instant.now()));
        values.add(actor.username());
        values.add(actor.organisationId());
        values.add(action);
        values.add(event.getDescriptor().getJavaClass().getSimpleName());
        values.add(id(event.getSession(), event.getObject()));
        values.add(json);
        values.add(actor.requestId());
        event.getSession().executeQuery(insert, values);
        if (event.getObject() instanceof Concerning concerning) {
            about(event, concerning.auditSubjects());
        }
    }

    /**
     * The subjects of the record just written for the entity (its latest record: the entity's row is locked by the
     * change, so no other transaction writes one for it meanwhile), in the same transaction.
     */
    private static void about(DescriptorEvent event, List<Concerning.Subject> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        DataModifyQuery insert = new DataModifyQuery("INSERT INTO audit_subject (audit_event_id, kind, subject_id) VALUES"
                + " ((SELECT MAX(e.id) FROM audit_event e WHERE e.entity_type = #entityType AND e.entity_id = #entityId),"
                + " #kind, #subjectId)");
        for (String argument : List.of("entityType", "entityId", "kind", "subjectId")) {
            insert.addArgument(argument);
        }
        String type = event.getDescriptor().getJavaClass().getSimpleName();
        String id = id(event.getSession(), event.getObject());
        for (Concerning.Subject subject : new java.util.LinkedHashSet<>(subjects)) {
            event.getSession().executeQuery(insert, List.of(type, id, subject.kind(), subject.id()));
        }
    }

    private static final String INSERT = "INSERT INTO audit_event (occurred_at, username, organisation_id, action,"
            + " entity_type, entity_id, changes, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_SUBJECT = "INSERT INTO audit_subject (audit_event_id, kind, subject_id) VALUES (?, ?, ?)";

    /** Writes explicit audit records in the transaction of the entity manager (on its connection). */
    public static void record(EntityManager em, AuditRecord... records) {
        try {
            record(em.unwrap(Connection.class), List.of(records));
        } catch (SQLException e) {
            throw new PersistenceException("writing the audit record failed", e);
        }
    }

    /**
     * Writes explicit audit records on the given connection, in its transaction: records without subjects in one
     * batch, a record with subjects alone (for its id) and then all subjects in batches.
     */
    public static void record(Connection connection, Collection<AuditRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        AuditActor actor = AuditActor.current();
        Timestamp now = Timestamp.from(Instant.now());
        // a record with subjects is inserted alone, for its generated id; the others in one batch
        Map<AuditRecord, Long> ids = new java.util.LinkedHashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            for (AuditRecord record : records) {
                if (!record.subjects().isEmpty()) {
                    bind(insert, record, actor, now);
                    insert.executeUpdate();
                    ids.put(record, generated(insert));
                }
            }
        }
        if (records.stream().anyMatch(r -> r.subjects().isEmpty())) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (AuditRecord record : records) {
                    if (record.subjects().isEmpty()) {
                        bind(insert, record, actor, now);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SUBJECT)) {
            int pending = 0;
            for (Map.Entry<AuditRecord, Long> entry : ids.entrySet()) {
                for (AuditSubject subject : entry.getKey().subjects()) {
                    insert.setLong(1, entry.getValue());
                    insert.setString(2, subject.kind().name());
                    insert.setString(3, subject.id());
                    insert.addBatch();
                    if (++pending % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement insert, AuditRecord record, AuditActor actor, Timestamp now) throws SQLException {
        insert.setTimestamp(1, now);
        insert.setString(2, actor.username());
        if (actor.organisationId() == null) {
            insert.setNull(3, Types.BIGINT);
        } else {
            insert.setLong(3, actor.organisationId());
        }
        insert.setString(4, record.action());
        insert.setString(5, record.entityType());
        insert.setString(6, record.entityId());
        insert.setString(7, changesJson(record.changes()));
        insert.setString(8, actor.requestId());
    }

    private static long generated(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the audit record's id was not returned");
            }
            return keys.getLong(1);
        }
    }

    /** [{"field":…,"old":…,"new":…}], cut to the column's length. */
    static String changesJson(Map<String, String[]> changes) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        changes.forEach((field, values) -> {
            var item = Json.createObjectBuilder().add("field", field);
            if (values[0] == null) {
                item.addNull("old");
            } else {
                item.add("old", values[0]);
            }
            if (values[1] == null) {
                item.addNull("new");
            } else {
                item.add("new", values[1]);
            }
            list.add(item);
        });
        String json = list.build().toString();
        return json.length() <= MAX_CHANGES_LENGTH ? json : json.substring(0, MAX_CHANGES_LENGTH - 1) + "…";
    }
}
