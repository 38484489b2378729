package org.providernetwork.domain.capacity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.Instant;

/**
 * The capacity of one service offering. The provider declares how many places exist ({@code maximum})
 * and how many are free ({@code available}); places held by accepted referrals ({@code reserved}) are
 * counted apart and never declared away. How many wait ({@code waitlist}) is the count of referrals on the
 * offering's waitlist, kept by the referral services, never declared.
 */
@Entity
@Table(name = "offering_capacity")
public class OfferingCapacity {

    /** The most places one offering can declare. */
    public static final int LARGEST = 10_000;

    @Id
    @Column(name = "offering_id")
    private Long offeringId;

    @Column(name = "available", nullable = false)
    private int available;

    @Column(name = "maximum", nullable = false)
    private int maximum;

    /** Referrals waiting for a place here; derived from their waitlist entries, never written through this entity. */
    @Column(name = "waitlist", insertable = false, updatable = false)
    private int waitlist;

    @Column(name = "reserved", nullable = false)
    private int reserved;

    /** Slots bought by active contract lines; derived from the contracts, never written through this entity. */
    @Column(name = "funded", insertable = false, updatable = false)
    private int funded;

    /** Whether an active contract covers the offering's service type and county, so that it takes referrals. */
    @Column(name = "contracted", insertable = false, updatable = false)
    private boolean contracted;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OfferingCapacity() {
        // for JPA
    }

    public OfferingCapacity(long offeringId, int available, int maximum, String by, Instant now) {
        this.offeringId = offeringId;
        declare(available, maximum, by, now);
    }

    /**
     * The provider's declaration. Available places and reserved places together never exceed the maximum.
     *
     * @return the history entry of this change
     */
    public CapacityChange declare(int newAvailable, int newMaximum, String by, Instant now) {
        if (newMaximum < 0 || newMaximum > LARGEST) {
            throw new InvalidInputException("maximum", "the maximum is between 0 and " + LARGEST + " places");
        }
        if (newAvailable < 0) {
            throw new InvalidInputException("available", "available places cannot be negative");
        }
        if (newAvailable + reserved > newMaximum) {
            throw new InvalidInputException("available", "only " + Math.max(0, newMaximum - reserved)
                    + " places can be available: " + newMaximum + " in all, " + reserved + " held by accepted referrals");
        }
        this.available = newAvailable;
        this.maximum = newMaximum;
        this.updatedBy = by;
        this.updatedAt = now;
        return new CapacityChange(offeringId, available, maximum, waitlist, reserved, by, now);
    }

    /**
     * Holds places for an accepted referral: they leave the available places and count as reserved. The
     * provider's own declaration (and when it was made) is untouched.
     *
     * @return the history entry of this change
     */
    public CapacityChange hold(int places, String by, Instant now) {
        if (places < 1) {
            throw new InvalidInputException("places", "a hold is for at least one place");
        }
        if (available < places) {
            throw new ConflictException("capacity", available == 0 ? "no place is free at this offering any more"
                    : "only " + available + " place(s) free at this offering; " + places + " needed");
        }
        available -= places;
        reserved += places;
        return new CapacityChange(offeringId, available, maximum, waitlist, reserved, by, now);
    }

    /** Gives back places held by a referral that ended or was given up; they are available again. */
    public CapacityChange release(int places, String by, Instant now) {
        int back = Math.max(0, Math.min(places, reserved));
        reserved -= back;
        available = Math.min(maximum - reserved, available + back);
        return new CapacityChange(offeringId, available, maximum, waitlist, reserved, by, now);
    }

    /**
     * The number of referrals waiting here, as the referral services just counted (and wrote) it, so that this
     * instance reads the same as the database in the rest of the transaction. Never written through this entity.
     */
    public void waitlistCounted(int waiting) {
        if (waiting < 0) {
            throw new InvalidInputException("waitlist", "a count of waiting referrals is not negative");
        }
        this.waitlist = waiting;
    }

    public CapacityStatus status() {
        if (available > 0) {
            return CapacityStatus.CAPACITY;
        }
        return waitlist > 0 ? CapacityStatus.WAITLIST : CapacityStatus.NO_CAPACITY;
    }

    /** Share of places in use (reserved or not declared free), 0 when there are no places. */
    public double utilisation() {
        return maximum == 0 ? 0 : (double) (maximum - available) / maximum;
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

    public int getFunded() {
        return funded;
    }

    public boolean isContracted() {
        return contracted;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
