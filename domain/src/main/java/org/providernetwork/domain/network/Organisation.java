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
import org.providernetwork.domain.reference.Region;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An organisation of the network. A lead contractor belongs to exactly one region; a provider works in
 * one or more regions; the state agency covers the whole state.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final int MAX_NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "organisation_ids")
    @TableGenerator(name = "organisation_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "organisation", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    /** The name normalised for uniqueness (case and spacing do not make a different organisation). */
    @Column(name = "name_key", nullable = false, length = MAX_NAME_LENGTH)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false, length = 32)
    private OrganisationType type;

    /** The region a lead contractor leads; {@code null} for every other type. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region leadRegion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hq_county_fips")
    private County headquartersCounty;

    @ManyToMany
    @JoinTable(name = "organisation_region",
            joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "region_id"))
    private Set<Region> serviceRegions = new LinkedHashSet<>();

    @Embedded
    private ContactDetails contact;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Organisation() {
        // for JPA
    }

    private Organisation(String name, OrganisationType type, Region leadRegion, County headquartersCounty,
                         Collection<Region> serviceRegions, ContactDetails contact, Instant now) {
        this.name = validName(name);
        this.nameKey = nameKey(name);
        this.type = Objects.requireNonNull(type, "type");
        this.leadRegion = leadRegion;
        this.headquartersCounty = headquartersCounty;
        this.serviceRegions.addAll(serviceRegions);
        this.contact = contact == null ? ContactDetails.none() : contact;
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Registers an organisation, checking that its type and regions fit together: a lead contractor
     * leads exactly one region (and works in it), a provider works in at least one region, the state
     * agency has no region of its own.
     */
    public static Organisation register(String name, OrganisationType type, Region leadRegion,
                                        County headquartersCounty, Collection<Region> serviceRegions,
                                        ContactDetails contact, Instant now) {
        if (type == null) {
            throw new InvalidInputException("type", "an organisation type is required");
        }
        Set<Region> regions = new LinkedHashSet<>(serviceRegions == null ? Set.of() : serviceRegions);
        switch (type) {
            case LEAD_CONTRACTOR -> {
                if (leadRegion == null) {
                    throw new InvalidInputException("region", "a lead contractor must lead a region");
                }
                regions.add(leadRegion);
            }
            case LOCAL_PROVIDER, STATEWIDE_PROVIDER -> {
                if (leadRegion != null) {
                    throw new InvalidInputException("region", "only a lead contractor leads a region");
                }
                if (regions.isEmpty() && headquartersCounty != null && headquartersCounty.getRegion() != null) {
                    regions.add(headquartersCounty.getRegion());
                }
                if (regions.isEmpty()) {
                    throw new InvalidInputException("regions",
                            "a provider must work in at least one region");
                }
            }
            case STATE_AGENCY -> {
                if (leadRegion != null || !regions.isEmpty()) {
                    throw new InvalidInputException("region", "the state agency covers the whole state, not a region");
                }
            }
        }
        return new Organisation(name, type, leadRegion, headquartersCounty, regions, contact, now);
    }

    /** Normalises a name for the uniqueness check: trimmed, single spaces, lower case. */
    public static String nameKey(String name) {
        return validName(name).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "a name is required");
        }
        String trimmed = name.trim();
        if (trimmed.length() < 2 || trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "a name has 2 to " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public OrganisationType getType() {
        return type;
    }

    public Region getLeadRegion() {
        return leadRegion;
    }

    public County getHeadquartersCounty() {
        return headquartersCounty;
    }

    public Set<Region> getServiceRegions() {
        return Collections.unmodifiableSet(serviceRegions);
    }

    /** The contact details; never {@code null} (an organisation without any is stored with empty columns). */
    public ContactDetails getContact() {
        return contact == null ? ContactDetails.none() : contact;
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
