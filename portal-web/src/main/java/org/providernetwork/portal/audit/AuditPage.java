package org.providernetwork.portal.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.portal.shell.PagedModel;
import org.providernetwork.service.audit.AuditEventView;
import org.providernetwork.service.audit.AuditFilter;
import org.providernetwork.service.audit.AuditTrail;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Searching the audit trail by user, organisation, child, referral, entity and period, newest first. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A value that is a code of the domain (REPORT_DISCHARGE, IN_PROGRESS), shown as words. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z]{2,}(?:_[A-Z0-9]+)*");

    @Inject
    private AuditTrail trail;

    @Inject
    private org.providernetwork.service.audit.RecordNames names;

    @Inject
    private org.providernetwork.portal.shell.Formats formats;

    private final java.util.Map<String, String> named = new java.util.HashMap<>();

    private String username;
    private Long organisationId;
    private String entityType;
    private String child;
    private Long referralId;
    private LocalDate from;
    private LocalDate to;
    private PagedModel<AuditEventView> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> trail.search(filter(), page), AuditEventView::id);
    }

    private AuditFilter filter() {
        return new AuditFilter(username, organisationId, entityType, null, from, to, child, referralId, null);
    }

    /**
     * An event's changes as a person reads them: one "Field: old → new" per line, times in the state's zone.
     * The trail keeps them as JSON ({@code [{"field":…,"old":…,"new":…}]}); anything else is shown as kept.
     */
    public String changes(String json) {
        if (json == null || json.isBlank() || !json.trim().startsWith("[")) {
            return json == null ? "" : json;
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            StringBuilder text = new StringBuilder();
            for (jakarta.json.JsonValue item : reader.readArray()) {
                jakarta.json.JsonObject change = item.asJsonObject();
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(field(change.getString("field", ""))).append(": ")
                        .append(value(change.get("old"))).append(" → ").append(value(change.get("new")));
            }
            return text.toString();
        } catch (RuntimeException notTheUsualForm) {
            return json;
        }
    }

    private static String field(String name) {
        String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").replace('.', ' ').toLowerCase(java.util.Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private String value(jakarta.json.JsonValue value) {
        if (value == null || value.getValueType() == jakarta.json.JsonValue.ValueType.NULL) {
            return "(none)";
        }
        String text = value instanceof jakarta.json.JsonString string ? string.getString() : value.toString();
        if (CODE.matcher(text).matches()) {
            return org.providernetwork.portal.shell.Labels.humanised(text); // a status or action code, as words
        }
        try {
            return formats.instant(java.time.Instant.parse(text));
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return text;
        }
    }

    /** The organisation of an event by name. */
    public String organisation(Long id) {
        return id == null ? "" : named.computeIfAbsent("org:" + id, k -> names.organisation(id));
    }

    /** The record an event is about, by name ("Referral R-2026-000123"). */
    public String record(AuditEventView event) {
        return named.computeIfAbsent(event.entityType() + ":" + event.entityId(),
                k -> names.record(event.entityType(), event.entityId()));
    }

    public PagedModel<AuditEventView> getModel() {
        return model;
    }

    public List<String> getEntityTypes() {
        return List.of("Organisation", "ServiceOffering", "UserAccount", "OfferingCapacity", "Contract", "Referral", "CaseRecord",
                "IndicatorDrillDown", "OutcomeChild", "OutcomeEpisode", "OutcomePlacement", "OutcomeInHome", "OutcomeSchoolChange",
                "OutcomeMaltreatment", "ReferralReassessment", "ServiceUnits", "OutcomeExtract", "WebhookSubscription",
                "NotificationPreference", "NotificationDelivery");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getChild() {
        return child;
    }

    public void setChild(String child) {
        this.child = child == null || child.isBlank() ? null : child.trim();
    }

    public Long getReferralId() {
        return referralId;
    }

    public void setReferralId(Long referralId) {
        this.referralId = referralId;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType == null || entityType.isBlank() ? null : entityType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
