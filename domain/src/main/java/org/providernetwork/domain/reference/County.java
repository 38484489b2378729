package org.providernetwork.domain.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.providernetwork.domain.shared.GeoPoint;

/** A county, identified by its FIPS code, with its centroid and the region it belongs to. */
@Entity
@Table(name = "county")
@Cacheable
public class County {

    @Id
    @Column(name = "fips", length = 5)
    private String fips;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Embedded
    private GeoPoint centroid;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "region_id")
    private Region region;

    protected County() {
        // for JPA
    }

    public County(CountyFips fips, String name, GeoPoint centroid, Region region) {
        this.fips = fips.value();
        this.name = name;
        this.centroid = centroid;
        this.region = region;
    }

    public CountyFips getCountyFips() {
        return new CountyFips(fips);
    }

    public String getFips() {
        return fips;
    }

    public String getName() {
        return name;
    }

    public GeoPoint getCentroid() {
        return centroid;
    }

    /** The region, or {@code null} for a county not (yet) assigned to one. */
    public Region getRegion() {
        return region;
    }

    @Override
    public String toString() {
        return name + " (" + fips + ")";
    }
}
