package org.providernetwork.portal.offering;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.domain.network.CredentialKind;
import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.domain.shared.StaleVersionException;
import org.providernetwork.portal.security.CurrentUser;
import org.providernetwork.service.offering.OfferingDetails;
import org.providernetwork.service.offering.OfferingRequest;
import org.providernetwork.domain.referral.RiskLevel;
import org.providernetwork.service.offering.Offerings;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A provider administrator adds an offering ({@code offering-edit}) or edits one of their own
 * ({@code offering-edit?id=}). Errors are shown next to the field they concern; a save against a version
 * someone else replaced is refused and what was typed stays on the page.
 */
@Named
@ViewScoped
public class OfferingFormPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELD_INPUTS = Map.ofEntries(
            Map.entry("serviceType", "offering:serviceType"), Map.entry("name", "offering:name"),
            Map.entry("description", "offering:description"), Map.entry("location", "offering:locationCounty"),
            Map.entry("locationCounty", "offering:locationCounty"), Map.entry("servedCounties", "offering:servedCounties"),
            Map.entry("needs", "offering:needs"), Map.entry("ageRange", "offering:minAge"),
            Map.entry("maxSiblingGroup", "offering:maxSiblingGroup"), Map.entry("languages", "offering:languages"),
            Map.entry("credentials", "offering:credentials"), Map.entry("acceptedRisks", "offering:acceptedRisks"));

    @Inject
    private Offerings offerings;

    @Inject
    private CurrentUser currentUser;

    private String id;
    private Long offeringId;
    private long version;
    private String serviceType;
    private String name;
    private String description;
    private String locationCounty;
    private List<String> servedCounties = new ArrayList<>();
    private List<String> needs = new ArrayList<>();
    private Integer minAge = 0;
    private Integer maxAge = 17;
    private GendersServed genders = GendersServed.ANY;
    private Integer maxSiblingGroup = 1;
    private boolean acceptsOutOfCounty;
    private List<String> acceptedRisks = new ArrayList<>(RiskLevel.all().stream().map(RiskLevel::name).toList());
    private List<String> languages = new ArrayList<>(List.of("en"));
    private List<CredentialRow> credentials = new ArrayList<>();
    private boolean active = true;
    private boolean stale;

    /** One editable licence or accreditation. */
    public static class CredentialRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private CredentialKind kind = CredentialKind.LICENCE;
        private String issuer;
        private String identifier;
        private LocalDate expiresOn;

        public CredentialKind getKind() {
            return kind;
        }

        public void setKind(CredentialKind kind) {
            this.kind = kind;
        }

        public String getIssuer() {
            return issuer;
        }

        public void setIssuer(String issuer) {
            this.issuer = issuer;
        }

        public String getIdentifier() {
            return identifier;
        }

        public void setIdentifier(String identifier) {
            this.identifier = identifier;
        }

        public LocalDate getExpiresOn() {
            return expiresOn;
        }

        public void setExpiresOn(LocalDate expiresOn) {
            this.expiresOn = expiresOn;
        }
    }

    public void load() {
        if (!currentUser.has("provider-admin")) {
            throw new NotFoundException("offering form", id);
        }
        if (id == null || id.isBlank()) {
            return;
        }
        OfferingDetails d;
        try {
            d = offerings.find(Long.parseLong(id.trim()));
        } catch (NumberFormatException e) {
            throw new NotFoundException("offering", id);
        }
        if (d.providerId() != currentUser.getOrganisationId()) {
            throw new NotFoundException("offering", id);
        }
        fill(d);
    }

    private void fill(OfferingDetails d) {
        offeringId = d.id();
        version = d.version();
        serviceType = d.serviceTypeCode();
        name = d.name();
        description = d.description();
        locationCounty = d.locationCountyFips();
        servedCounties = new ArrayList<>(d.servedCounties().stream().map(OfferingDetails.Coded::code)
                .filter(c -> !c.equals(d.locationCountyFips())).toList());
        needs = new ArrayList<>(d.needs().stream().map(OfferingDetails.Coded::code).toList());
        minAge = d.minAge();
        maxAge = d.maxAge();
        genders = d.genders();
        maxSiblingGroup = d.maxSiblingGroup();
        acceptsOutOfCounty = d.acceptsOutOfCounty();
        acceptedRisks = new ArrayList<>(d.acceptedRisks().stream().map(RiskLevel::name).toList());
        languages = new ArrayList<>(d.languages().stream().map(OfferingDetails.Coded::code).toList());
        credentials = new ArrayList<>();
        for (OfferingDetails.CredentialView c : d.credentials()) {
            CredentialRow row = new CredentialRow();
            row.setKind(c.kind());
            row.setIssuer(c.issuer());
            row.setIdentifier(c.identifier());
            row.setExpiresOn(c.expiresOn());
            credentials.add(row);
        }
        active = d.active();
    }

    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        OfferingRequest request = new OfferingRequest(serviceType, name, description, locationCounty, servedCounties,
                needs, minAge, maxAge, genders, maxSiblingGroup, acceptsOutOfCounty, languages,
                credentials.stream().map(c -> new OfferingRequest.CredentialRequest(c.getKind(), c.getIssuer(),
                        c.getIdentifier(), c.getExpiresOn())).toList(), active,
                acceptedRisks.stream().map(RiskLevel::valueOf).toList());
        try {
            OfferingDetails saved = offeringId == null
                    ? offerings.create(currentUser.getOrganisationId(), request)
                    : offerings.update(offeringId, request, version);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Saved " + saved.name(), null));
            return "/offerings/offering?faces-redirect=true&id=" + saved.id();
        } catch (StaleVersionException e) {
            stale = true;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Someone else saved this offering after"
                    + " you opened it, so your changes were not applied. They are still in the form: open the offering"
                    + " again in another tab to compare, then reload and save.", null));
        } catch (DomainException e) {
            String input = e.field() == null ? null : FIELD_INPUTS.get(e.field());
            faces.addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
        return null;
    }

    /** Takes the other editor's version, keeping the user's entries, so that the next save applies them. */
    public void reload() {
        version = offerings.find(offeringId).version();
        stale = false;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "The latest version is loaded; your entries are kept. Save to apply them over it.", null));
    }

    /** The risk levels to choose from, in their order. */
    public RiskLevel[] getRiskLevels() {
        return RiskLevel.values();
    }

    public List<String> getAcceptedRisks() {
        return acceptedRisks;
    }

    public void setAcceptedRisks(List<String> acceptedRisks) {
        this.acceptedRisks = acceptedRisks == null ? new ArrayList<>() : new ArrayList<>(acceptedRisks);
    }

    public void addCredential() {
        credentials.add(new CredentialRow());
    }

    public void removeCredential(CredentialRow row) {
        credentials.remove(row);
    }

    public boolean isNew() {
        return offeringId == null;
    }

    public boolean isStale() {
        return stale;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getOfferingId() {
        return offeringId;
    }

    public String getServiceType() {
        return serviceType;
    }

    public void setServiceType(String serviceType) {
        this.serviceType = serviceType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLocationCounty() {
        return locationCounty;
    }

    public void setLocationCounty(String locationCounty) {
        this.locationCounty = locationCounty;
    }

    public List<String> getServedCounties() {
        return servedCounties;
    }

    public void setServedCounties(List<String> servedCounties) {
        this.servedCounties = servedCounties;
    }

    public List<String> getNeeds() {
        return needs;
    }

    public void setNeeds(List<String> needs) {
        this.needs = needs;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(Integer minAge) {
        this.minAge = minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Integer maxAge) {
        this.maxAge = maxAge;
    }

    public GendersServed getGenders() {
        return genders;
    }

    public void setGenders(GendersServed genders) {
        this.genders = genders;
    }

    public Integer getMaxSiblingGroup() {
        return maxSiblingGroup;
    }

    public void setMaxSiblingGroup(Integer maxSiblingGroup) {
        this.maxSiblingGroup = maxSiblingGroup;
    }

    public boolean isAcceptsOutOfCounty() {
        return acceptsOutOfCounty;
    }

    public void setAcceptsOutOfCounty(boolean acceptsOutOfCounty) {
        this.acceptsOutOfCounty = acceptsOutOfCounty;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public List<CredentialRow> getCredentials() {
        return credentials;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
