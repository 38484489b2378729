package org.providernetwork.domain.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import java.time.Instant;

/** A referral offered to one service offering, with the window its provider has to answer. */
@Entity
@Table(name = "referral_offer")
public class Offer {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "referral_offer_ids")
    @TableGenerator(name = "referral_offer_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "referral_offer", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id", nullable = false)
    private Referral referral;

    @Column(name = "offering_id", nullable = false)
    private long offeringId;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "offering_name", nullable = false, length = 200)
    private String offeringName;

    @Column(name = "places", nullable = false)
    private int places;

    @Column(name = "match_rank", nullable = false)
    private int rank;

    @Column(name = "score", nullable = false)
    private double score;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private OfferStatus status;

    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;

    @Column(name = "offered_by", nullable = false, length = 100)
    private String offeredBy;

    @Column(name = "respond_by", nullable = false)
    private Instant respondBy;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "responded_by", length = 100)
    private String respondedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason", length = 24)
    private DeclineReason declineReason;

    /** The longest note a decline gives. */
    public static final int DECLINE_NOTE_LENGTH = 500;

    @Column(name = "decline_note", length = DECLINE_NOTE_LENGTH)
    private String declineNote;

    protected Offer() {
        // for JPA
    }

    Offer(Referral referral, Target target, Instant respondBy, String by, Instant at) {
        this.referral = referral;
        this.offeringId = target.offeringId();
        this.providerId = target.providerId();
        this.offeringName = target.offeringName();
        this.places = target.places();
        this.rank = target.rank();
        this.score = target.score();
        this.status = OfferStatus.OFFERED;
        this.offeredAt = at;
        this.offeredBy = by;
        this.respondBy = respondBy;
    }

    /** What an offer goes to: an offering of a provider, how many places it asks for, and how the match ranked it. */
    public record Target(long offeringId, long providerId, String offeringName, int places, int rank, double score) {
    }

    void answer(OfferStatus newStatus, String by, Instant at) {
        this.status = newStatus;
        this.respondedAt = at;
        this.respondedBy = by;
    }

    void decline(DeclineReason reason, String note, String by, Instant at) {
        answer(OfferStatus.DECLINED, by, at);
        this.declineReason = reason;
        this.declineNote = note;
    }

    void close(OfferStatus newStatus) {
        this.status = newStatus;
    }

    public boolean isOpen() {
        return status == OfferStatus.OFFERED;
    }

    /** Whether places are held for this offer. */
    public boolean holdsPlaces() {
        return status == OfferStatus.ACCEPTED;
    }

    public boolean overdueAt(Instant at) {
        return status == OfferStatus.OFFERED && !at.isBefore(respondBy);
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

    public long getProviderId() {
        return providerId;
    }

    public String getOfferingName() {
        return offeringName;
    }

    public int getPlaces() {
        return places;
    }

    public int getRank() {
        return rank;
    }

    public double getScore() {
        return score;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public String getOfferedBy() {
        return offeredBy;
    }

    public Instant getRespondBy() {
        return respondBy;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public String getRespondedBy() {
        return respondedBy;
    }

    public DeclineReason getDeclineReason() {
        return declineReason;
    }

    public String getDeclineNote() {
        return declineNote;
    }
}
