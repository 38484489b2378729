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

/** Searching the audit trail by user, organisation, entity and period, newest first. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail trail;

    private String username;
    private Long organisationId;
    private String entityType;
    private LocalDate from;
    private LocalDate to;
    private PagedModel<AuditEventView> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> trail.search(filter(), page), AuditEventView::id);
    }

    private AuditFilter filter() {
        return new AuditFilter(username, organisationId, entityType, null, from, to);
    }

    public PagedModel<AuditEventView> getModel() {
        return model;
    }

    public List<String> getEntityTypes() {
        return List.of("Organisation", "ServiceOffering", "UserAccount");
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
