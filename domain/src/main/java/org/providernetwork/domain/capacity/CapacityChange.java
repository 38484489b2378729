package org.providernetwork.domain.capacity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import java.time.Instant;

/** One entry of an offering's capacity history: the figures after a change, who made it and when. */
@Entity
@Table(name = "capacity_change")
public class CapacityChange {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "capacity_change_ids")
    @TableGenerator(name = "capacity_change_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "capacity_change", allocationSize = 50)
    private Long id;

    @Column(name = "offering_id", nullable = false)
    private Long offeringId;

    @Column(name = "available", nullable = false)
    private int available;

    @Column(name = "maximum", nullable = false)
    private int maximum;

    @Column(name = "waitlist", nullable = false)
    private int waitlist;

    @Column(name = "reserved", nullable = false)
    private int reserved;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CapacityChange() {
        // for JPA
    }

    CapacityChange(long offeringId, int available, int maximum, int waitlist, int reserved, String changedBy,
                   Instant changedAt) {
        this.offeringId = offeringId;
        this.available = available;
        this.maximum = maximum;
        this.waitlist = waitlist;
        this.reserved = reserved;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getOfferingId() {
        return offeringId;
    }

    public int getAvailable() {
        return available;
    }

    public int getMaximum() {
        return maximum;
    }

    public int getWaitlist() {
        return waitlist;
    }

    public int getReserved() {
        return reserved;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
