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

/** One step in a referral's life: what happened, when, by whom, and the status before and after. */
@Entity
@Table(name = "referral_event")
public class ReferralEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "referral_event_ids")
    @TableGenerator(name = "referral_event_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "referral_event", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id", nullable = false)
    private Referral referral;

    @Column(name = "action", nullable = false, length = 24)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private ReferralStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    private ReferralStatus to;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "offer_id")
    private Offer offer;

    /** The longest note an event keeps (a longer one is cut). */
    public static final int NOTE_LENGTH = 500;

    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    @Column(name = "acted_by", nullable = false, length = 100)
    private String by;

    @Column(name = "acted_at", nullable = false)
    private Instant at;

    protected ReferralEvent() {
        // for JPA
    }

    ReferralEvent(Referral referral, String action, ReferralStatus from, ReferralStatus to, Offer offer, String note,
                  String by, Instant at) {
        this.referral = referral;
        this.action = action;
        this.from = from;
        this.to = to;
        this.offer = offer;
        this.note = note == null || note.length() <= NOTE_LENGTH ? note : note.substring(0, NOTE_LENGTH);
        this.by = by;
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public String getAction() {
        return action;
    }

    public ReferralStatus getFrom() {
        return from;
    }

    public ReferralStatus getTo() {
        return to;
    }

    public Offer getOffer() {
        return offer;
    }

    public Long getOfferId() {
        return offer == null ? null : offer.getId();
    }

    public String getNote() {
        return note;
    }

    public String getBy() {
        return by;
    }

    public Instant getAt() {
        return at;
    }
}
