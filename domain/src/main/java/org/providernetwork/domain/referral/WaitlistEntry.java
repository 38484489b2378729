package org.providernetwork.domain.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * A referral waiting for a place at one offering where none was free. Entries are made and removed only by
 * their referral ({@link Referral#waitFor}, {@link Referral#leaveWaitlist}); an offering's queue is read in
 * {@link #ORDER}.
 */
@Entity
@Table(name = "referral_waitlist")
public class WaitlistEntry {

    /** Where an entry stands in its offering's queue: the referral's urgency, since when it waits, the entry's id. */
    public record Place(Urgency urgency, Instant since, Long id) {

        /**
         * The order of a queue: the most urgent first (emergency, urgent, routine), then the one that has waited
         * longest, then the one that joined first.
         */
        public static final Comparator<Place> ORDER = Comparator.comparing(Place::urgency)
                .thenComparing(Place::since)
                .thenComparing(Place::id, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** The order in which waiting referrals are offered a freed place ({@link Place#ORDER}). */
    public static final Comparator<WaitlistEntry> ORDER = Comparator.comparing(WaitlistEntry::place, Place.ORDER);

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "referral_waitlist_ids")
    @TableGenerator(name = "referral_waitlist_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "referral_waitlist", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id", nullable = false)
    private Referral referral;

    @Column(name = "offering_id", nullable = false)
    private long offeringId;

    @Column(name = "offering_name", nullable = false, length = 200)
    private String offeringName;

    @Column(name = "waiting_since", nullable = false)
    private Instant waitingSince;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    protected WaitlistEntry() {
        // for JPA
    }

    WaitlistEntry(Referral referral, long offeringId, String offeringName, String by, Instant at) {
        this.referral = referral;
        this.offeringId = offeringId;
        this.offeringName = offeringName;
        this.addedBy = by;
        // as the database keeps it (microseconds): the entry in memory then stands in its queue where the one read
        // back stands, also inside the transaction that makes it
        this.waitingSince = at.truncatedTo(ChronoUnit.MICROS);
    }

    public Place place() {
        return new Place(referral.getUrgency(), waitingSince, id);
    }

    /** How long the referral has waited here by {@code now}. */
    public Duration waited(Instant now) {
        return now.isBefore(waitingSince) ? Duration.ZERO : Duration.between(waitingSince, now);
    }

    public Long getId() {
        return id;
    }

    public Referral getReferral() {
        return referral;
    }

    public long getOfferingId() {
        return offeringId;
    }

    public String getOfferingName() {
        return offeringName;
    }

    public Instant getWaitingSince() {
        return waitingSince;
    }

    public String getAddedBy() {
        return addedBy;
    }
}
