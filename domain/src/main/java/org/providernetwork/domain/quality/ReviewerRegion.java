package org.providernetwork.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import java.time.Instant;

/** A CQI reviewer's assignment to a region: the reviewer works (reads and reviews) only there. */
@Entity
@Table(name = "cqi_reviewer_region")
public class ReviewerRegion {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cqi_reviewer_region_ids")
    @TableGenerator(name = "cqi_reviewer_region_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "cqi_reviewer_region", allocationSize = 1)
    private Long id;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Column(name = "region_code", nullable = false, length = 16)
    private String regionCode;

    @Column(name = "assigned_by", nullable = false, length = 100)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected ReviewerRegion() {
    }

    public ReviewerRegion(String username, String regionCode, String assignedBy, Instant assignedAt) {
        this.username = username;
        this.regionCode = regionCode;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
