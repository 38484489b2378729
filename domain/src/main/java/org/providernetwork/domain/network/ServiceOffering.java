package org.providernetwork.domain.network;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import org.providernetwork.domain.reference.County;
import org.providernetwork.domain.reference.NeedCode;
import org.providernetwork.domain.reference.ServiceType;
import org.providernetwork.domain.referral.RiskLevel;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A service a provider offers at a location, to whom, and in which counties. */
@Entity
@Table(name = "service_offering")
public class ServiceOffering {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "offering_ids")
    @TableGenerator(name = "offering_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "service_offering", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation provider;

    @ManyToOne(optional = false)
    @JoinColumn(name = "service_type_id", nullable = false)
    private ServiceType serviceType;

    /** The longest name of an offering. */
    public static final int NAME_LENGTH = 200;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "location_county_fips", nullable = false)
    private County locationCounty;

    @ManyToMany
    @JoinTable(name = "offering_county",
            joinColumns = @JoinColumn(name = "offering_id"),
            inverseJoinColumns = @JoinColumn(name = "county_fips"))
    private Set<County> servedCounties = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "offering_need",
            joinColumns = @JoinColumn(name = "offering_id"),
            inverseJoinColumns = @JoinColumn(name = "need_code_id"))
    private Set<NeedCode> specialisedPopulations = new LinkedHashSet<>();

    /** The longest description of an offering. */
    public static final int DESCRIPTION_LENGTH = 1000;

    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @ElementCollection
    @CollectionTable(name = "offering_language", joinColumns = @JoinColumn(name = "offering_id"))
    @Column(name = "language_code", length = 8)
    @OrderBy
    private Set<String> languages = new TreeSet<>();

    @OneToMany(mappedBy = "offering", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("expiresOn")
    private List<Credential> credentials = new ArrayList<>();

    @Embedded
    private AgeRange ageRange;

    @Enumerated(EnumType.STRING)
    @Column(name = "genders", nullable = false, length = 16)
    private GendersServed genders;

    @Column(name = "max_sibling_group", nullable = false)
    private int maxSiblingGroup;

    @Column(name = "accepts_out_of_county", nullable = false)
    private boolean acceptsOutOfCounty;

    /** The safety risk levels of the children the offering accepts, as codes ({@link RiskLevel#codes}). */
    @Column(name = "accepted_risks", nullable = false, length = RiskLevel.CODES_MAX_LENGTH)
    private String acceptedRisks = RiskLevel.codes(RiskLevel.all());

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ServiceOffering() {
        // for JPA
    }

    public ServiceOffering(Organisation provider, ServiceType serviceType, OfferingProfile profile, Instant now) {
        if (provider == null || !provider.getType().isProvider()) {
            throw new InvalidInputException("provider", "only a provider can offer services");
        }
        if (serviceType == null) {
            throw new InvalidInputException("serviceType", "an offering is of one service type");
        }
        this.provider = provider;
        this.serviceType = serviceType;
        this.active = true;
        this.createdAt = now;
        apply(profile, now);
    }

    /** Replaces the profile of the offering with a checked new one. The service type never changes. */
    public void revise(OfferingProfile profile, Instant now) {
        apply(profile, now);
    }

    private void apply(OfferingProfile p, Instant now) {
        if (p.name() == null || p.name().isBlank() || p.name().trim().length() > NAME_LENGTH) {
            throw new InvalidInputException("name", "an offering needs a name of at most " + NAME_LENGTH + " characters");
        }
        if (p.description() != null && p.description().trim().length() > DESCRIPTION_LENGTH) {
            throw new InvalidInputException("description", "the description has at most 1,000 characters");
        }
        if (p.location() == null) {
            throw new InvalidInputException("location", "an offering has a location county");
        }
        if (p.ageRange() == null) {
            throw new InvalidInputException("ageRange", "an offering states the ages it serves");
        }
        if (p.maxSiblingGroup() < 1 || p.maxSiblingGroup() > 12) {
            throw new InvalidInputException("maxSiblingGroup", "a sibling group kept together has 1 to 12 children");
        }
        if (p.acceptedRisks().isEmpty() || p.acceptedRisks().contains(null)) {
            throw new InvalidInputException("acceptedRisks", "an offering accepts at least one risk level: "
                    + RiskLevel.inWords(RiskLevel.all()));
        }
        Set<String> checkedLanguages = Languages.check(p.languages());
        this.name = p.name().trim();
        this.description = p.description() == null || p.description().isBlank() ? null : p.description().trim();
        this.locationCounty = p.location();
        this.servedCounties.clear();
        this.servedCounties.add(p.location());
        this.servedCounties.addAll(p.servedCounties());
        this.specialisedPopulations.clear();
        this.specialisedPopulations.addAll(p.specialisedPopulations());
        this.ageRange = p.ageRange();
        this.genders = p.genders() == null ? GendersServed.ANY : p.genders();
        this.maxSiblingGroup = p.maxSiblingGroup();
        this.acceptsOutOfCounty = p.acceptsOutOfCounty();
        this.languages.retainAll(checkedLanguages);
        this.languages.addAll(checkedLanguages);
        replaceCredentials(p.credentials());
        this.acceptedRisks = RiskLevel.codes(p.acceptedRisks());
        this.updatedAt = now;
    }

    /** Keeps the credentials that are still listed (so their identity survives), adds new ones, drops the rest. */
    private void replaceCredentials(List<Credential.Terms> wanted) {
        List<Credential> kept = new ArrayList<>();
        List<Credential.Terms> added = new ArrayList<>();
        for (Credential.Terms terms : wanted) {
            credentials.stream()
                    .filter(c -> !kept.contains(c) && c.getKind() == terms.kind() && c.getIdentifier().equalsIgnoreCase(terms.identifier()))
                    .findFirst()
                    .ifPresentOrElse(c -> {
                        c.update(terms);
                        kept.add(c);
                    }, () -> added.add(terms));
        }
        credentials.retainAll(kept);
        for (Credential.Terms terms : added) {
            credentials.add(new Credential(this, terms));
        }
    }

    /** Takes the offering off the directory and out of matching; its history stays. */
    public void deactivate(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    /** Brings a withdrawn offering back. */
    public void reactivate(Instant now) {
        this.active = true;
        this.updatedAt = now;
    }

    /** The profile as it stands, ready to be changed and passed to {@link #revise}. */
    public OfferingProfile profile() {
        return new OfferingProfile(name, description, locationCounty, servedCounties, specialisedPopulations, ageRange,
                genders, maxSiblingGroup, acceptsOutOfCounty, languages,
                credentials.stream().map(Credential::terms).toList(), getAcceptedRisks());
    }

    public boolean serves(County county) {
        return servedCounties.contains(county);
    }

    public Long getId() {
        return id;
    }

    public Organisation getProvider() {
        return provider;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public String getName() {
        return name;
    }

    public County getLocationCounty() {
        return locationCounty;
    }

    public Set<County> getServedCounties() {
        return Collections.unmodifiableSet(servedCounties);
    }

    public Set<NeedCode> getSpecialisedPopulations() {
        return Collections.unmodifiableSet(specialisedPopulations);
    }

    public String getDescription() {
        return description;
    }

    public Set<String> getLanguages() {
        return Collections.unmodifiableSet(languages);
    }

    public List<Credential> getCredentials() {
        return Collections.unmodifiableList(credentials);
    }

    public AgeRange getAgeRange() {
        return ageRange;
    }

    public GendersServed getGenders() {
        return genders;
    }

    public int getMaxSiblingGroup() {
        return maxSiblingGroup;
    }

    public boolean isAcceptsOutOfCounty() {
        return acceptsOutOfCounty;
    }

    /** The safety risk levels the offering accepts, in their order. */
    public Set<RiskLevel> getAcceptedRisks() {
        return java.util.Collections.unmodifiableSet(RiskLevel.fromCodes(acceptedRisks));
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
