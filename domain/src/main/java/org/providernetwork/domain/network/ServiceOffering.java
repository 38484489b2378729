package org.providernetwork.domain.network;

import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import org.providernetwork.domain.reference.County;
import org.providernetwork.domain.reference.NeedCode;
import org.providernetwork.domain.reference.ServiceType;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

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

    @Column(name = "name", nullable = false, length = 200)
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

    @Embedded
    private AgeRange ageRange;

    @Enumerated(EnumType.STRING)
    @Column(name = "genders", nullable = false, length = 16)
    private GendersServed genders;

    @Column(name = "max_sibling_group", nullable = false)
    private int maxSiblingGroup;

    @Column(name = "accepts_out_of_county", nullable = false)
    private boolean acceptsOutOfCounty;

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

    public ServiceOffering(Organisation provider, ServiceType serviceType, String name, County locationCounty,
                           Collection<County> servedCounties, Collection<NeedCode> specialisedPopulations,
                           AgeRange ageRange, GendersServed genders, int maxSiblingGroup,
                           boolean acceptsOutOfCounty, Instant now) {
        if (provider == null || !provider.getType().isProvider()) {
            throw new InvalidInputException("provider", "only a provider can offer services");
        }
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            throw new InvalidInputException("name", "an offering needs a name of at most 200 characters");
        }
        if (maxSiblingGroup < 1) {
            throw new InvalidInputException("maxSiblingGroup", "a sibling group has at least one child");
        }
        this.provider = provider;
        this.serviceType = serviceType;
        this.name = name.trim();
        this.locationCounty = locationCounty;
        this.servedCounties.add(locationCounty);
        this.servedCounties.addAll(servedCounties);
        this.specialisedPopulations.addAll(specialisedPopulations);
        this.ageRange = ageRange;
        this.genders = genders == null ? GendersServed.ANY : genders;
        this.maxSiblingGroup = maxSiblingGroup;
        this.acceptsOutOfCounty = acceptsOutOfCounty;
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
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
