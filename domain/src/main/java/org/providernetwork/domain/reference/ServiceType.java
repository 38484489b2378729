package org.providernetwork.domain.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A term of the service taxonomy (foster care, family preservation, PRTF, ...). */
@Entity
@Table(name = "service_type")
@Cacheable
public class ServiceType {

    @Id
    private Long id;

    @Column(name = "code", nullable = false, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "category", nullable = false, length = 60)
    private String category;

    /** A specialised, low-incidence service contracted statewide by the state. */
    @Column(name = "statewide", nullable = false)
    private boolean statewide;

    /** The service places a child out of home (and so uses placement capacity). */
    @Column(name = "placement", nullable = false)
    private boolean placement;

    @Column(name = "description", length = 500)
    private String description;

    /** How restrictive a placement of this service is; {@code null} for a service that does not place a child. */
    @Enumerated(EnumType.STRING)
    @Column(name = "level_of_care", length = 24)
    private LevelOfCare levelOfCare;

    protected ServiceType() {
        // for JPA
    }

    public ServiceType(Long id, String code, String name, String category, boolean statewide, boolean placement,
                       String description) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.category = category;
        this.statewide = statewide;
        this.placement = placement;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public boolean isStatewide() {
        return statewide;
    }

    public boolean isPlacement() {
        return placement;
    }

    public String getDescription() {
        return description;
    }

    /** The level of care of a placement of this service, or {@code null} when it places no child. */
    public LevelOfCare getLevelOfCare() {
        return levelOfCare;
    }
}
