package org.providernetwork.domain.referral;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import org.providernetwork.domain.reference.LevelOfCare;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.NotFoundException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A referral of a child or sibling group for a service, and its life: offers to matched services, the
 * providers' answers within their response windows, acceptance, service start, completion, or
 * withdrawal. Every transition is checked here (an illegal one is a conflict) and recorded as an event.
 * Capacity is held by the service layer when an offer is accepted and given back when the referral
 * releases it ({@link #heldOffer()} says which).
 */
@Entity
@Table(name = "referral")
public class Referral {

    public static final int LARGEST_SIBLING_GROUP = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "referral_ids")
    @TableGenerator(name = "referral_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "referral", allocationSize = 50)
    private Long id;

    @Column(name = "referral_no", nullable = false, length = 40)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ReferralStatus status;

    @Column(name = "service_type_code", nullable = false, length = 32)
    private String serviceTypeCode;

    @Column(name = "home_county_fips", nullable = false, length = 5)
    private String homeCountyFips;

    @Column(name = "school_county_fips", length = 5)
    private String schoolCountyFips;

    @Column(name = "region_code", nullable = false, length = 16)
    private String regionCode;

    @ElementCollection
    @CollectionTable(name = "referral_child", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    private List<ReferralChild> children = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "referral_need", joinColumns = @JoinColumn(name = "referral_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "domain", length = 32)
    @Column(name = "rating", nullable = false)
    private Map<NeedDomain, Integer> ratings = new EnumMap<>(NeedDomain.class);

    @ElementCollection
    @CollectionTable(name = "referral_population", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "need_code", length = 32)
    private Set<String> requiredPopulations = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 16)
    private RiskLevel risk;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false, length = 16)
    private Urgency urgency;

    @Column(name = "allow_split", nullable = false)
    private boolean allowSplit;

    @Column(name = "stay_in_home_county", nullable = false)
    private boolean stayInHomeCounty;

    @Column(name = "kin_first", nullable = false)
    private boolean kinFirst;

    /** The most restrictive level of care matching may use; {@code null} for a service that places no child. */
    @Enumerated(EnumType.STRING)
    @Column(name = "max_level_of_care", length = 24)
    private LevelOfCare maxLevelOfCare;

    @Column(name = "case_manager_name", nullable = false, length = 150)
    private String caseManagerName;

    @Column(name = "case_manager_email", length = 200)
    private String caseManagerEmail;

    @Column(name = "notes", length = 2000)
    private String notes;

    @Column(name = "referring_org_id", nullable = false)
    private long referringOrganisationId;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "escalated", nullable = false)
    private boolean escalated;

    @Column(name = "escalation_reason", length = 500)
    private String escalationReason;

    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    /** {@link Intake#fingerprint()} of the request that carried the idempotency key. */
    @Column(name = "idempotency_fingerprint", length = 64)
    private String idempotencyFingerprint;

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL)
    @OrderBy("offeredAt, id")
    private List<Offer> offers = new ArrayList<>();

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<ReferralEvent> events = new ArrayList<>();

    /** The offerings this referral waits on for a place (see {@link #waitFor}). */
    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("waitingSince, id")
    private List<WaitlistEntry> waiting = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Referral() {
        // for JPA
    }

    /**
     * A new referral, checked; {@code regionCode} is the region of the home county (whose lead routes it),
     * {@code serviceLevel} the level of care of the service requested ({@code null} when it places no child):
     * the highest level of care is at least that level, and that level when the intake names none.
     */
    public static Referral create(Intake intake, String regionCode, LevelOfCare serviceLevel, long referringOrganisationId,
                                  String idempotencyKey, String by, Instant now, LocalDate today) {
        Referral r = new Referral();
        if (intake.maxLevelOfCare() != null && serviceLevel == null) {
            throw new InvalidInputException("maxLevelOfCare", "the service requested places no child, so it has no level"
                    + " of care; leave the highest level of care empty");
        }
        if (intake.maxLevelOfCare() != null && serviceLevel.isMoreRestrictiveThan(intake.maxLevelOfCare())) {
            throw new InvalidInputException("maxLevelOfCare", "the highest level of care cannot be below the level of the"
                    + " service requested (" + serviceLevel.inWords() + ")");
        }
        if (intake.number() == null || intake.number().isBlank() || intake.number().trim().length() > Intake.NUMBER_MAX_LENGTH) {
            throw new InvalidInputException("number", "a referral has a number of at most 40 characters");
        }
        if (intake.serviceTypeCode() == null || intake.serviceTypeCode().isBlank()) {
            throw new InvalidInputException("serviceType", "name the service requested");
        }
        if (intake.homeCountyFips() == null || regionCode == null) {
            throw new InvalidInputException("homeCounty", "the family's home county is required");
        }
        if (intake.children().isEmpty() || intake.children().size() > LARGEST_SIBLING_GROUP) {
            throw new InvalidInputException("children", "a referral is for one child or a sibling group of up to "
                    + LARGEST_SIBLING_GROUP);
        }
        if (intake.risk() == null) {
            throw new InvalidInputException("risk", "the safety risk is LOW, MODERATE or HIGH");
        }
        if (intake.urgency() == null) {
            throw new InvalidInputException("urgency", "the urgency is EMERGENCY, URGENT or ROUTINE");
        }
        for (Map.Entry<NeedDomain, Integer> rating : intake.ratings().entrySet()) {
            if (rating.getKey() == null || rating.getValue() == null || rating.getValue() < 0 || rating.getValue() > 3) {
                throw new InvalidInputException("ratings", "each need domain is rated 0 to 3");
            }
        }
        if (intake.caseManagerName() == null || intake.caseManagerName().isBlank() || intake.caseManagerName().trim().length() > Intake.CASE_MANAGER_MAX_LENGTH) {
            throw new InvalidInputException("caseManager", "name the family's state case manager");
        }
        if (intake.caseManagerEmail() != null && !intake.caseManagerEmail().isBlank()
                && (!intake.caseManagerEmail().trim().matches(Intake.EMAIL_PATTERN)
                    || intake.caseManagerEmail().trim().length() > Intake.CASE_MANAGER_EMAIL_MAX_LENGTH)) {
            throw new InvalidInputException("caseManagerEmail", "'" + intake.caseManagerEmail() + "' is not an e-mail address");
        }
        if (intake.notes() != null && intake.notes().length() > Intake.NOTES_MAX_LENGTH) {
            throw new InvalidInputException("notes", "notes have at most 2,000 characters");
        }
        for (int i = 0; i < intake.children().size(); i++) {
            Intake.Child child = intake.children().get(i);
            r.children.add(new ReferralChild(child.name(), child.birthDate(), child.gender(), child.statePersonId(), today,
                    "children[" + i + "].statePersonId"));
        }
        r.number = intake.number().trim();
        r.serviceTypeCode = intake.serviceTypeCode().trim().toUpperCase(Locale.ROOT);
        r.homeCountyFips = intake.homeCountyFips().trim();
        r.schoolCountyFips = intake.schoolCountyFips() == null || intake.schoolCountyFips().isBlank()
                || intake.schoolCountyFips().trim().equals(r.homeCountyFips) ? null : intake.schoolCountyFips().trim();
        r.regionCode = regionCode;
        r.ratings.putAll(intake.ratings());
        intake.requiredPopulations().forEach(code -> r.requiredPopulations.add(code.trim().toUpperCase(Locale.ROOT)));
        r.risk = intake.risk();
        r.urgency = intake.urgency();
        r.allowSplit = intake.allowSplit();
        r.stayInHomeCounty = intake.stayInHomeCounty();
        r.kinFirst = intake.kinFirst();
        r.maxLevelOfCare = intake.maxLevelOfCare() != null ? intake.maxLevelOfCare() : serviceLevel;
        r.caseManagerName = intake.caseManagerName().trim();
        r.caseManagerEmail = intake.caseManagerEmail() == null || intake.caseManagerEmail().isBlank() ? null : intake.caseManagerEmail().trim();
        r.notes = intake.notes() == null || intake.notes().isBlank() ? null : intake.notes().trim();
        r.referringOrganisationId = referringOrganisationId;
        r.idempotencyKey = idempotencyKey;
        r.idempotencyFingerprint = idempotencyKey == null ? null : intake.fingerprint();
        r.createdBy = by;
        r.createdAt = now;
        r.updatedAt = now;
        r.status = ReferralStatus.REQUESTED;
        r.events.add(new ReferralEvent(r, "CREATE", null, ReferralStatus.REQUESTED, null, null, by, now));
        return r;
    }

    /** Need codes of the domains rated 2 or 3 that a specialised population answers. */
    public Set<String> actionableNeedCodes() {
        Set<String> codes = new TreeSet<>();
        ratings.forEach((domain, rating) -> {
            if (rating >= NeedDomain.ACTIONABLE && domain.needCode() != null) {
                codes.add(domain.needCode());
            }
        });
        return codes;
    }

    /** Places one offering would need to take the whole group. */
    public int siblingGroupSize() {
        return children.size();
    }

    /** Offers the referral to a matched service; the provider answers before {@code window} has passed. */
    public Offer offer(Offer.Target target, Duration window, String by, Instant at) {
        if (!status.isUnplaced()) {
            throw new ConflictException("status", "a " + label() + " referral cannot be offered");
        }
        if (offers.stream().anyMatch(o -> o.getOfferingId() == target.offeringId())) {
            throw new ConflictException("offeringId", "referral " + number + " was already offered to " + target.offeringName());
        }
        if (target.places() < 1 || target.places() > children.size()) {
            throw new InvalidInputException("places", "an offer asks for 1 to " + children.size() + " places");
        }
        Offer offer = new Offer(this, target, at.plus(window), by, at);
        offers.add(offer);
        waiting.removeIf(w -> w.getOfferingId() == target.offeringId());
        move(ReferralStatus.OFFERED, "OFFER", offer, target.offeringName(), by, at);
        return offer;
    }

    /** The provider takes the referral. Other open offers are withdrawn: the referral is placed. */
    public void accept(long offerId, String by, Instant at) {
        Offer offer = offer(offerId);
        if (offer.overdueAt(at)) {
            throw new ConflictException("offer", "the response window closed at " + offer.getRespondBy());
        }
        if (!offer.isOpen() || status != ReferralStatus.OFFERED) {
            throw new ConflictException("offer", "the offer is " + offer.getStatus().name().toLowerCase(Locale.ROOT)
                    + " and the referral " + label() + ": it cannot be accepted");
        }
        offer.answer(OfferStatus.ACCEPTED, by, at);
        offers.stream().filter(o -> o != offer && o.isOpen()).forEach(o -> o.close(OfferStatus.WITHDRAWN));
        waiting.clear();
        move(ReferralStatus.ACCEPTED, "ACCEPT", offer, null, by, at);
    }

    /**
     * The provider declines an open offer, or gives back one it accepted before the service started (the
     * caller then releases the places). With no offer left open the referral is requested again.
     */
    public void decline(long offerId, DeclineReason reason, String note, String by, Instant at) {
        Offer offer = offer(offerId);
        if (reason == null) {
            throw new InvalidInputException("reason", "give the reason for declining");
        }
        if (reason == DeclineReason.OTHER && (note == null || note.isBlank())) {
            throw new InvalidInputException("note", "say why when the reason is 'other'");
        }
        boolean wasAccepted = offer.holdsPlaces() && status == ReferralStatus.ACCEPTED;
        if (!offer.isOpen() && !wasAccepted) {
            throw new ConflictException("offer", "the offer is " + offer.getStatus().name().toLowerCase(Locale.ROOT)
                    + ": it cannot be declined");
        }
        offer.decline(reason, note == null || note.isBlank() ? null : note.trim(), by, at);
        ReferralStatus next = wasAccepted || offers.stream().noneMatch(Offer::isOpen) ? ReferralStatus.REQUESTED : status;
        move(next, "DECLINE", offer, reason.getLabel() + (note == null || note.isBlank() ? "" : ": " + note.trim()), by, at);
    }

    /** An offer whose window has closed expires; with no offer left open the referral is requested again. */
    public boolean expireOverdue(long offerId, Instant at) {
        Offer offer = offer(offerId);
        if (!offer.overdueAt(at)) {
            return false;
        }
        offer.answer(OfferStatus.EXPIRED, "system", at);
        ReferralStatus next = offers.stream().noneMatch(Offer::isOpen) ? ReferralStatus.REQUESTED : status;
        move(next, "EXPIRE", offer, "no answer by " + offer.getRespondBy(), "system", at);
        return true;
    }

    /** Puts the referral on the regional lead's queue, saying why (no match left, offers expired). */
    public void escalate(String reason, Instant at) {
        if (!status.isOpen()) {
            return;
        }
        escalated = true;
        escalationReason = reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason;
        move(status, "ESCALATE", null, reason, "system", at);
    }

    /** The lead took the escalation in hand. */
    public void clearEscalation(String by, Instant at) {
        if (escalated) {
            escalated = false;
            move(status, "DE-ESCALATE", null, null, by, at);
        }
    }

    /** The referrer withdraws the referral; places held by an accepted offer are to be released. */
    public void withdraw(String reason, String by, Instant at) {
        if (!status.isWithdrawable()) {
            throw new ConflictException("status", "a " + label() + " referral cannot be withdrawn");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "say why the referral is withdrawn");
        }
        offers.stream().filter(o -> o.isOpen() || o.holdsPlaces()).forEach(o -> o.close(OfferStatus.WITHDRAWN));
        waiting.clear();
        escalated = false;
        move(ReferralStatus.CANCELLED, "WITHDRAW", null, reason.trim(), by, at);
    }

    /**
     * Whether the referral may wait for a place: only while it is not yet placed (requested, or offered with
     * its offers still unanswered). An accepted, started, completed or withdrawn referral waits nowhere.
     */
    public boolean mayWait() {
        return status.isUnplaced();
    }

    /**
     * The referral waits for a place at an offering where none is free, from {@code at}. Waiting again where it
     * waits already changes nothing (it keeps its place in the queue). An offering already tried is not waited on.
     *
     * @return whether the referral joined the offering's waitlist now
     */
    public boolean waitFor(long offeringId, String offeringName, String by, Instant at) {
        if (!mayWait()) {
            throw new ConflictException("status", "a " + label() + " referral does not wait for a place");
        }
        if (triedOfferings().contains(offeringId)) {
            throw new ConflictException("offeringIds", "referral " + number + " was already offered to " + offeringName);
        }
        if (isWaitingFor(offeringId)) {
            return false;
        }
        waiting.add(new WaitlistEntry(this, offeringId, offeringName, by, at));
        move(status, "WAIT", null, offeringName, by, at);
        return true;
    }

    /**
     * The referral stops waiting at an offering ({@code note} says why).
     *
     * @return whether it was waiting there
     */
    public boolean leaveWaitlist(long offeringId, String note, String by, Instant at) {
        Optional<WaitlistEntry> entry = waiting.stream().filter(w -> w.getOfferingId() == offeringId).findFirst();
        if (entry.isEmpty()) {
            return false;
        }
        waiting.remove(entry.get());
        move(status, "LEAVE_WAITLIST", null, entry.get().getOfferingName() + (note == null || note.isBlank() ? "" : ": " + note),
                by, at);
        return true;
    }

    public boolean isWaitingFor(long offeringId) {
        return waiting.stream().anyMatch(w -> w.getOfferingId() == offeringId);
    }

    /** The offerings the referral waits on, longest first; unmodifiable. */
    public List<WaitlistEntry> getWaiting() {
        return Collections.unmodifiableList(waiting);
    }

    /** The ids of the offerings the referral waits on. */
    public Set<Long> waitingOfferings() {
        Set<Long> ids = new TreeSet<>();
        waiting.forEach(w -> ids.add(w.getOfferingId()));
        return ids;
    }

    /** The accepting provider starts the service. */
    public void start(String by, Instant at) {
        if (status != ReferralStatus.ACCEPTED) {
            throw new ConflictException("status", "only an accepted referral can start; this one is " + label());
        }
        move(ReferralStatus.IN_PROGRESS, "START", heldOffer().orElseThrow(), null, by, at);
    }

    /** The service ends (discharge): the places are to be released. */
    public void complete(String note, String by, Instant at) {
        if (status != ReferralStatus.IN_PROGRESS) {
            throw new ConflictException("status", "only a referral in progress can be completed; this one is " + label());
        }
        Offer held = heldOffer().orElseThrow();
        held.close(OfferStatus.CLOSED);
        move(ReferralStatus.COMPLETED, "COMPLETE", held, note, by, at);
    }

    /**
     * The offer of the provider serving the referral: the accepted one while the service goes on, the closed one
     * after it ended.
     */
    public Optional<Offer> servingOffer() {
        return offers.stream().filter(o -> o.getStatus() == OfferStatus.ACCEPTED || o.getStatus() == OfferStatus.CLOSED)
                .reduce((first, second) -> second);
    }

    /**
     * Keeps a report on the service (a move, a discharge, a school change, an incident, a reassessment, units
     * delivered) in the referral's history without changing its status. Reports follow the start of the service.
     */
    public void report(String action, String note, String by, Instant at) {
        if (!status.isServed()) {
            throw new ConflictException("status", "outcomes are reported once the service has started; this referral is "
                    + label());
        }
        String text = note == null ? null : note.length() > 500 ? note.substring(0, 497) + "..." : note;
        events.add(new ReferralEvent(this, action, status, status, servingOffer().orElse(null), text, by, at));
        updatedAt = at;
    }

    /** The accepted offer whose places are held, if any. */
    public Optional<Offer> heldOffer() {
        return offers.stream().filter(Offer::holdsPlaces).findFirst();
    }

    public Offer offer(long offerId) {
        return offers.stream().filter(o -> o.getId() != null && o.getId() == offerId).findFirst()
                .orElseThrow(() -> new NotFoundException("offer", offerId));
    }

    /** Offerings already tried (offered, declined or expired), not to be offered again. */
    public Set<Long> triedOfferings() {
        Set<Long> ids = new TreeSet<>();
        offers.forEach(o -> ids.add(o.getOfferingId()));
        return ids;
    }

    private void move(ReferralStatus next, String action, Offer offer, String note, String by, Instant at) {
        events.add(new ReferralEvent(this, action, status, next, offer, note, by, at));
        status = next;
        updatedAt = at;
    }

    private String label() {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public String getServiceTypeCode() {
        return serviceTypeCode;
    }

    public String getHomeCountyFips() {
        return homeCountyFips;
    }

    public String getSchoolCountyFips() {
        return schoolCountyFips;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public List<ReferralChild> getChildren() {
        return Collections.unmodifiableList(children);
    }

    public Map<NeedDomain, Integer> getRatings() {
        return Collections.unmodifiableMap(ratings);
    }

    public Set<String> getRequiredPopulations() {
        return Collections.unmodifiableSet(requiredPopulations);
    }

    public RiskLevel getRisk() {
        return risk;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public boolean isAllowSplit() {
        return allowSplit;
    }

    public boolean isStayInHomeCounty() {
        return stayInHomeCounty;
    }

    public boolean isKinFirst() {
        return kinFirst;
    }

    /**
     * The most restrictive level of care matching may use, or {@code null} for a service that places no child
     * (and for referrals written before levels existed, whose level is then the service's own).
     */
    public LevelOfCare getMaxLevelOfCare() {
        return maxLevelOfCare;
    }

    public String getCaseManagerName() {
        return caseManagerName;
    }

    public String getCaseManagerEmail() {
        return caseManagerEmail;
    }

    public String getNotes() {
        return notes;
    }

    public long getReferringOrganisationId() {
        return referringOrganisationId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isEscalated() {
        return escalated;
    }

    public String getEscalationReason() {
        return escalationReason;
    }

    /** True when a request repeated with this referral's idempotency key asks for the same intake. */
    public boolean sameRequest(Intake repeated) {
        return idempotencyFingerprint == null || idempotencyFingerprint.equals(repeated.fingerprint());
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public List<Offer> getOffers() {
        return Collections.unmodifiableList(offers);
    }

    public List<ReferralEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    public long getVersion() {
        return version;
    }
}
