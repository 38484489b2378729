package org.providernetwork.service.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.capacity.OfferingCapacity;
import org.providernetwork.domain.matching.Candidate;
import org.providernetwork.domain.matching.Child;
import org.providernetwork.domain.matching.Exclusion;
import org.providernetwork.domain.matching.MatchRequest;
import org.providernetwork.domain.matching.MatchResult;
import org.providernetwork.domain.matching.Matcher;
import org.providernetwork.domain.matching.OfferingFacts;
import org.providernetwork.domain.reference.LevelOfCare;
import org.providernetwork.domain.referral.DeclineReason;
import org.providernetwork.domain.referral.Intake;
import org.providernetwork.domain.referral.Offer;
import org.providernetwork.domain.referral.Referral;
import org.providernetwork.domain.referral.ReferralChild;
import org.providernetwork.domain.referral.ReferralStatus;
import org.providernetwork.domain.referral.UnmetNeed;
import org.providernetwork.domain.referral.WaitlistEntry;
import org.providernetwork.domain.matching.Constraint;
import org.providernetwork.domain.referral.Urgency;
import org.providernetwork.domain.reference.County;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.GeoPoint;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.UnprocessableException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.service.account.Caller;
import org.providernetwork.service.account.SignedInUser;
import org.providernetwork.service.audit.AuditRecord;
import org.providernetwork.service.audit.AuditSubject;
import org.providernetwork.service.audit.AuditWriter;
import org.providernetwork.domain.notification.EventType;
import org.providernetwork.service.notification.Notice;
import org.providernetwork.service.outcome.CaseReports;
import org.providernetwork.service.notification.Outbox;
import org.providernetwork.service.notification.Reminders;
import org.providernetwork.service.platform.Constraints;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.reference.ReferenceViews.ServiceTypeView;
import org.providernetwork.service.tenancy.Tenancy;
import org.providernetwork.service.tenancy.TenantScope;

import org.providernetwork.domain.shared.StateCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Referrals. The state's staff (and the state's systems, through the intake service account) and a
 * region's lead take referrals in; each is matched at once and offered to the best match (to the top few
 * for an emergency). The provider accepts (holding its places under a row lock, so that no offering is
 * ever overbooked) or declines with a reason; a decline, a give-back or an expired window moves the
 * referral on to the next match, and when no match is left it is recorded as unmet need and escalated to
 * the region's lead. Who sees a referral is decided by {@link TenantScope#referrals}.
 */
@Stateless
public class Referrals {

    private static final Matcher MATCHER = new Matcher();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private ReferenceData reference;

    @Inject
    private ReferralPolicy policy;

    @Inject
    private MatchCandidates candidates;

    @Inject
    private org.providernetwork.service.outcome.OutcomeRecorder outcomes;

    @Inject
    private CaseReports reports;

    @Inject
    private Outbox outbox;

    @Inject
    private Reminders reminders;

    /**
     * Takes a referral in and routes it. With an idempotency key, a repeated request of the same
     * organisation answers the referral the first one created instead of creating a second.
     */
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public Intook create(@NotNull Intake intake, String idempotencyKey) {
        SignedInUser user = caller.current().orElseThrow();
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
        if (key != null && key.length() > 100) {
            throw new InvalidInputException("Idempotency-Key", "at most 100 characters");
        }
        if (key != null) {
            Optional<Referral> earlier = byKey(user.organisationId(), key);
            if (earlier.isPresent()) {
                if (!earlier.get().sameRequest(intake)) {
                    throw new UnprocessableException("Idempotency-Key", "this Idempotency-Key was used for referral "
                            + earlier.get().getNumber() + " with a different request; use a new key for a new request");
                }
                return new Intook(view(earlier.get()), true);
            }
        }
        County home = intake.homeCountyFips() == null ? null : em.find(County.class, intake.homeCountyFips().trim());
        if (home == null || home.getRegion() == null) {
            throw new InvalidInputException("homeCounty", "unknown home county " + intake.homeCountyFips());
        }
        if (intake.schoolCountyFips() != null && !intake.schoolCountyFips().isBlank()
                && reference.county(intake.schoolCountyFips()).isEmpty()) {
            throw new InvalidInputException("schoolCounty", "unknown school county " + intake.schoolCountyFips());
        }
        ServiceTypeView service = intake.serviceTypeCode() == null ? null : reference.serviceTypes().stream()
                .filter(t -> t.code().equalsIgnoreCase(intake.serviceTypeCode().trim())).findFirst().orElse(null);
        if (service == null) {
            throw new InvalidInputException("serviceType", "unknown service type " + intake.serviceTypeCode());
        }
        for (String population : intake.requiredPopulations()) {
            if (population == null || reference.needCodes().stream().noneMatch(n -> n.code().equalsIgnoreCase(population.trim()))) {
                throw new InvalidInputException("requiredPopulations", "unknown need code " + population);
            }
        }
        TenantScope scope = tenancy.scope();
        String region = home.getRegion().getCode();
        if (!scope.takesInReferralsOf(region)) {
            throw new InvalidInputException("homeCounty", home.getName() + " County is in region " + region
                    + "; a lead takes in referrals of its own region");
        }
        Instant now = clock.instant();
        Referral referral = Referral.create(intake, region, service.levelOfCare(), user.organisationId(), key, user.username(), now, today());
        if (exists(referral.getNumber())) {
            throw new ConflictException("number", "a referral numbered " + referral.getNumber() + " exists");
        }
        try {
            em.persist(referral);
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isViolation(e)) {
                throw new ConflictException("number", "a referral numbered " + referral.getNumber()
                        + " (or with this idempotency key) exists");
            }
            throw e;
        }
        route(referral, user.username());
        flush(referral);
        return new Intook(view(referral), false);
    }

    /** A referral taken in; {@code repeated} when an earlier request with the same idempotency key made it. */
    public record Intook(ReferralView referral, boolean repeated) {
    }

    /** One referral, if the caller may see it. */
    public ReferralView find(long id) {
        Referral referral = visible(id);
        ReferralView view = view(referral);
        AuditRecord viewed = AuditRecord.viewed("Referral", referral.getId()).value("number", referral.getNumber())
                .value("children", referral.getChildren().size()).about(AuditSubject.referral(referral.getId()));
        org.providernetwork.service.outcome.OutcomeRecorder.childKeys(referral)
                .forEach(key -> viewed.about(AuditSubject.child(key)));
        AuditWriter.record(em, viewed);
        return view;
    }

    /** Referrals of the caller's scope, newest first, read by keyset ({@code cursor} is the last id seen). */
    public CursorPage<ReferralSummary> search(@NotNull ReferralFilter filter, String cursor, int size) {
        if (size < 1 || size > 200) {
            throw new InvalidInputException("size", "between 1 and 200");
        }
        Long after = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = Long.parseLong(cursor.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("cursor", "not a cursor this list gave");
            }
        }
        TenantScope scope = tenancy.scope();
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = where(filter, scope, parameters);
        if (after != null) {
            where.append(" AND r.id < :after");
            parameters.put("after", after);
        }
        List<Object[]> rows = summaries(where, parameters, size + 1);
        boolean more = rows.size() > size;
        List<Object[]> page = more ? rows.subList(0, size) : rows;
        List<ReferralSummary> items = summarise(page, scope);
        return new CursorPage<>(items, more ? Long.toString(items.get(items.size() - 1).id()) : null);
    }

    /** The most offers one inbox reads at once: open offers expire within their response window, so few wait. */
    static final int INBOX_LIMIT = 1000;

    /**
     * The order in which waiting offers must be answered: emergencies first, then the soonest deadline,
     * then the newest referral.
     */
    public static final java.util.Comparator<ReferralSummary> ANSWER_ORDER = java.util.Comparator
            .comparing((ReferralSummary s) -> s.urgency() != Urgency.EMERGENCY)
            .thenComparing(ReferralSummary::respondBy, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(ReferralSummary::id, java.util.Comparator.reverseOrder());

    /**
     * A provider's inbox: the referrals matching the filter (with {@code awaitingMe}, those whose offer waits
     * for the caller's answer), in {@link #ANSWER_ORDER}, at most {@value #INBOX_LIMIT}.
     */
    public List<ReferralSummary> inbox(@NotNull ReferralFilter filter) {
        TenantScope scope = tenancy.scope();
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = where(filter, scope, parameters);
        return summarise(summaries(where, parameters, INBOX_LIMIT), scope).stream().sorted(ANSWER_ORDER).toList();
    }

    /**
     * The rows of a referral list, newest first: each referral with the number of its children counted in the same
     * query, so a page of referrals costs one query and not one more per referral for its children.
     */
    private List<Object[]> summaries(StringBuilder where, Map<String, Object> parameters, int limit) {
        TypedQuery<Object[]> query = em.createQuery("SELECT r, SIZE(r.children)" + where + " ORDER BY r.id DESC", Object[].class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** The summaries of {@link #summaries} rows, with the soonest answer-by time of each one's open offers. */
    private List<ReferralSummary> summarise(List<Object[]> rows, TenantScope scope) {
        Map<Long, Instant> deadlines = deadlines(rows.stream().map(row -> ((Referral) row[0]).getId()).toList(), scope);
        return rows.stream().map(row -> {
            Referral r = (Referral) row[0];
            return new ReferralSummary(r.getId(), r.getNumber(), r.getStatus(), r.getUrgency(), r.getServiceTypeCode(),
                    r.getHomeCountyFips(), r.getRegionCode(), ((Number) row[1]).intValue(), r.isEscalated(),
                    r.getCreatedAt(), deadlines.get(r.getId()));
        }).toList();
    }

    /** How many referrals of the caller's scope match (one count query: the home pages' figures). */
    public long count(@NotNull ReferralFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = where(filter, tenancy.scope(), parameters);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(r)" + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The FROM and WHERE of a referral list: the caller's scope and the filter. */
    private StringBuilder where(ReferralFilter filter, TenantScope scope, Map<String, Object> parameters) {
        TenantScope.Predicate visible = scope.referrals("r");
        StringBuilder where = new StringBuilder(" FROM Referral r WHERE ").append(visible.jpql());
        parameters.putAll(visible.parameters());
        if (filter.status() != null) {
            where.append(" AND r.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.urgency() != null) {
            where.append(" AND r.urgency = :urgency");
            parameters.put("urgency", filter.urgency());
        }
        if (filter.region() != null && !filter.region().isBlank()) {
            where.append(" AND r.regionCode = :region");
            parameters.put("region", filter.region().trim().toUpperCase(java.util.Locale.ROOT));
        }
        if (filter.serviceType() != null && !filter.serviceType().isBlank()) {
            where.append(" AND r.serviceTypeCode = :type");
            parameters.put("type", filter.serviceType().trim().toUpperCase(java.util.Locale.ROOT));
        }
        if (filter.escalated() != null) {
            where.append(" AND r.escalated = :escalated");
            parameters.put("escalated", filter.escalated());
        }
        if (filter.number() != null && !filter.number().isBlank()) {
            where.append(" AND UPPER(r.number) LIKE :number ESCAPE '!'");
            parameters.put("number", filter.number().trim().toUpperCase(java.util.Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (filter.awaitingMe()) {
            where.append(" AND EXISTS (SELECT ao FROM Offer ao WHERE ao.referral = r AND ao.providerId = :me"
                    + " AND ao.status = org.providernetwork.domain.referral.OfferStatus.OFFERED)");
            parameters.put("me", caller.current().map(SignedInUser::organisationId).orElse(-1L));
        }
        return where;
    }

    private Map<Long, Instant> deadlines(List<Long> ids, TenantScope scope) {
        Map<Long, Instant> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        TenantScope.Predicate seen = scope.offers("o");
        TypedQuery<Object[]> query = em.createQuery("SELECT o.referral.id, o.respondBy FROM Offer o WHERE o.referral.id IN :ids"
                + " AND o.status = org.providernetwork.domain.referral.OfferStatus.OFFERED AND " + seen.jpql(), Object[].class)
                .setParameter("ids", ids);
        seen.parameters().forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            result.merge((Long) row[0], (Instant) row[1], (a, b) -> a.isBefore(b) ? a : b);
        }
        return result;
    }

    /** The ranked matches of a referral, with explanations, for the state and the referral's lead. */
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.CQI_REVIEWER, Roles.AUDITOR})
    public MatchView matches(long id) {
        Referral referral = visible(id);
        MatchResult result = match(referral);
        Set<Long> tried = referral.triedOfferings();
        return new MatchView(result.candidates().stream().map(c -> new MatchView.CandidateView(c.rank(),
                        c.offering().offeringId(), c.offering().offeringName(), c.offering().providerId(),
                        c.offering().providerName(), c.offering().locationCountyFips(), c.offering().free(), round(c.score()),
                        tried.contains(c.offering().offeringId()),
                        c.contributions().stream().map(k -> new MatchView.ContributionView(k.factor().name(), round(k.points()),
                                k.explanation())).toList())).toList(),
                result.exclusions().stream().map(e -> new MatchView.ExclusionView(e.offering().offeringId(),
                        e.offering().offeringName(), e.offering().providerName(), e.constraint().name(), e.detail())).toList());
    }

    /**
     * The state or the referral's lead offers it to a match by hand ({@code offeringId}), or to the best
     * match not yet tried (null).
     */
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public ReferralView offer(long id, Long offeringId) {
        SignedInUser user = caller.current().orElseThrow();
        Referral referral = forReferrer(id);
        MatchResult result = match(referral);
        Set<Long> tried = referral.triedOfferings();
        Candidate chosen = result.candidates().stream()
                .filter(c -> offeringId == null ? !tried.contains(c.offering().offeringId()) : c.offering().offeringId() == offeringId)
                .findFirst().orElseThrow(() -> new InvalidInputException("offeringId", offeringId == null
                        ? "no eligible match is left to offer" : "offering " + offeringId + " is not an eligible match"));
        offerTo(referral, chosen, user.username());
        referral.clearEscalation(user.username(), clock.instant());
        flush(referral);
        return view(referral);
    }

    /** The provider takes the referral; its places are held at once, or the acceptance is refused. */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    public ReferralView accept(long id, long offerId) {
        SignedInUser user = caller.current().orElseThrow();
        Referral referral = forProvider(id, offerId, user);
        Offer offer = referral.offer(offerId);
        Instant now = clock.instant();
        Set<Long> waited = referral.waitingOfferings();
        List<Long> othersOpen = referral.getOffers().stream().filter(o -> o != offer && o.isOpen()).map(Offer::getOfferingId).toList();
        referral.accept(offerId, user.username(), now);
        // a plain read first: when too few places are free, refuse without queueing for the row lock
        Number free = (Number) em.createNativeQuery("SELECT available FROM offering_capacity WHERE offering_id = ?")
                .setParameter(1, offer.getOfferingId()).getSingleResult();
        if (free.intValue() < offer.getPlaces()) {
            throw new ConflictException("capacity", free.intValue() == 0 ? "no place is free at this offering any more"
                    : "only " + free.intValue() + " place(s) free at this offering; " + offer.getPlaces() + " needed");
        }
        OfferingCapacity capacity = em.find(OfferingCapacity.class, offer.getOfferingId(), LockModeType.PESSIMISTIC_WRITE);
        em.persist(capacity.hold(offer.getPlaces(), user.username(), now));
        flush(referral);
        tell(EventType.OFFER_ACCEPTED, referral, offer, List.of(referral.getReferringOrganisationId()));
        recountWaitlists(waited);
        placesFreed(othersOpen);
        return view(referral);
    }

    /** The provider declines an offer (or gives back one it accepted); the referral moves on to the next match. */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    public ReferralView decline(long id, long offerId, DeclineReason reason, String note) {
        SignedInUser user = caller.current().orElseThrow();
        Referral referral = forProvider(id, offerId, user);
        Offer offer = referral.offer(offerId);
        boolean held = offer.holdsPlaces();
        referral.decline(offerId, reason, note, user.username(), clock.instant());
        if (held) {
            release(offer, user.username());
        }
        tell(EventType.OFFER_DECLINED, referral, offer, List.of(referral.getReferringOrganisationId()));
        if (referral.getStatus() == ReferralStatus.REQUESTED) {
            route(referral, "system");
        }
        flush(referral);
        placesFreed(List.of(offer.getOfferingId()));
        return view(referral);
    }

    /** The referrer withdraws the referral; held places are given back. */
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public ReferralView withdraw(long id, String reason) {
        SignedInUser user = caller.current().orElseThrow();
        Referral referral = forReferrer(id);
        Optional<Offer> held = referral.heldOffer();
        List<Offer> closing = referral.getOffers().stream().filter(o -> o.isOpen() || o.holdsPlaces()).toList();
        List<Long> told = closing.stream().map(Offer::getProviderId).toList();
        Set<Long> waited = referral.waitingOfferings();
        referral.withdraw(reason, user.username(), clock.instant());
        held.ifPresent(o -> release(o, user.username()));
        flush(referral);
        tell(EventType.REFERRAL_WITHDRAWN, referral, null, told);
        recountWaitlists(waited);
        placesFreed(closing.stream().map(Offer::getOfferingId).toList());
        return view(referral);
    }

    /** The accepting provider starts the service. */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    public ReferralView start(long id) {
        SignedInUser user = caller.current().orElseThrow();
        Referral referral = forHolder(id, user);
        referral.start(user.username(), clock.instant());
        outcomes.started(em, referral, referral.heldOffer().orElseThrow(), placement(referral), today());
        flush(referral);
        return view(referral);
    }

    /**
     * The service ends; its places are given back. With a discharge reason the child leaves care (the removal
     * episode closes); without one only this placement or service ends (the child may move on).
     */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    public ReferralView complete(long id, String note, org.providernetwork.domain.outcome.DischargeReason dischargeReason) {
        SignedInUser user = caller.current().orElseThrow();
        Referral referral = forHolder(id, user);
        complete(referral, note, dischargeReason, user);
        return view(referral);
    }

    /**
     * A step of the service reported with its placements, all in one transaction: the service starts when it was
     * only accepted, each placement is recorded by {@link CaseReports#move} (the JSON API's placement report, with
     * its checks and audit), and with {@code complete} the service then ends as {@link #complete} ends it. When one
     * placement is refused nothing is kept, the start neither. A placement already recorded (the serving provider, the
     * setting, the start date) is not recorded again; one without a start date starts today. A refusal of a
     * placement names its field as {@code placements[i].<field>}, {@code i} its position in the list.
     */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    public ReferralView progress(long id, @NotNull Progress step) {
        SignedInUser user = caller.current().orElseThrow();
        Referral referral = forHolder(id, user);
        Offer held = referral.heldOffer().orElseThrow();
        LocalDate today = today();
        List<Map.Entry<Integer, CaseReports.PlacementChange>> reported = new ArrayList<>();
        List<CaseReports.PlacementChange> placements = step.placements() == null ? List.of() : step.placements();
        for (int i = 0; i < placements.size(); i++) {
            CaseReports.PlacementChange p = placements.get(i);
            if (p == null || p.setting() == null) {
                throw new InvalidInputException("placements[" + i + "].setting", "name the setting of the placement");
            }
            CaseReports.PlacementChange dated = p.startDate() != null ? p
                    : new CaseReports.PlacementChange(p.child(), today, p.setting(), p.countyFips(), p.providerId());
            if (!outcomes.placed(em, referral, held.getProviderId(), dated.startDate(), dated.setting())) {
                reported.add(Map.entry(i, dated));
            }
        }
        reported.sort(Comparator.comparing(e -> e.getValue().startDate()));
        if (referral.getStatus() == ReferralStatus.ACCEPTED) {
            referral.start(user.username(), clock.instant());
            outcomes.started(em, referral, held, placement(referral), reported.isEmpty() ? today
                    : reported.get(0).getValue().startDate(), !reported.isEmpty());
            flush(referral);
        }
        for (Map.Entry<Integer, CaseReports.PlacementChange> placement : reported) {
            try {
                reports.move(id, placement.getValue());
            } catch (InvalidInputException e) {
                throw new InvalidInputException(placementField(placement.getKey(), e), e.getMessage());
            } catch (ConflictException e) {
                throw new ConflictException(placementField(placement.getKey(), e), e.getMessage());
            }
        }
        if (step.complete()) {
            complete(referral, step.note(), step.dischargeReason(), user);
        }
        return view(referral);
    }

    /**
     * What a provider reports with a step of its service: the placements (see {@link CaseReports#move}), and, when
     * the service ends with it, the outcome note and the discharge reason of {@link #complete}.
     */
    public record Progress(boolean complete, List<CaseReports.PlacementChange> placements, String note,
                           org.providernetwork.domain.outcome.DischargeReason dischargeReason) {
    }

    private static String placementField(int index, org.providernetwork.domain.shared.DomainException e) {
        return "placements[" + index + "]" + (e.field() == null ? "" : "." + e.field());
    }

    private void complete(Referral referral, String note, org.providernetwork.domain.outcome.DischargeReason dischargeReason,
                          SignedInUser user) {
        Offer held = referral.heldOffer().orElseThrow();
        referral.complete(dischargeReason == null ? note : dischargeReason.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + (note == null || note.isBlank() ? "" : ": " + note), user.username(), clock.instant());
        outcomes.completed(em, referral, held, placement(referral), today(), dischargeReason);
        release(held, user.username());
        flush(referral);
        placesFreed(List.of(held.getOfferingId()));
    }

    /** Ids of referrals with an offer whose window has closed (for the deadline sweep). */
    public List<Long> withOverdueOffers(int limit) {
        return em.createQuery("SELECT DISTINCT o.referral.id FROM Offer o WHERE o.status ="
                        + " org.providernetwork.domain.referral.OfferStatus.OFFERED AND o.respondBy <= :now", Long.class)
                .setParameter("now", clock.instant()).setMaxResults(limit).getResultList();
    }

    /**
     * Expires the overdue offers of one referral in a transaction of its own, escalates it to the region's
     * lead and offers it to the next match.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expireOverdue(long referralId) {
        Referral referral = em.find(Referral.class, referralId, LockModeType.OPTIMISTIC);
        if (referral == null) {
            return 0;
        }
        Instant now = clock.instant();
        int expired = 0;
        List<String> names = new ArrayList<>();
        List<Long> offerings = new ArrayList<>();
        for (Offer offer : List.copyOf(referral.getOffers())) {
            if (offer.getId() != null && referral.expireOverdue(offer.getId(), now)) {
                expired++;
                names.add(offer.getOfferingName());
                offerings.add(offer.getOfferingId());
            }
        }
        if (expired > 0) {
            referral.escalate("no answer in time from " + String.join(", ", names), now);
            escalated(referral);
            if (referral.getStatus() == ReferralStatus.REQUESTED) {
                route(referral, "system");
            }
            flush(referral);
            placesFreed(offerings);
        }
        return expired;
    }

    /**
     * Unmet needs of the caller's scope (state: all; lead: its region) by county, service type and need, with how many
     * of those referrals wait now for a place and the longest wait.
     */
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.CQI_REVIEWER, Roles.AUDITOR})
    public List<GapRow> gaps(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("period", "give a period whose end is not before its start");
        }
        TenantScope scope = tenancy.scope();
        TenantScope.Predicate seen = scope.regionRecords("u");
        TypedQuery<Object[]> query = em.createQuery("SELECT u.countyFips, u.regionCode, u.serviceTypeCode, u.needCodes, COUNT(DISTINCT u.referral.id)"
                + " FROM UnmetNeed u WHERE u.recordedAt >= :from AND u.recordedAt < :to AND " + seen.jpql()
                + " GROUP BY u.countyFips, u.regionCode, u.serviceTypeCode, u.needCodes", Object[].class)
                .setParameter("from", StateCalendar.startOf(from, clock.getZone()))
                .setParameter("to", StateCalendar.endOf(to, clock.getZone()));
        seen.parameters().forEach(query::setParameter);
        Map<List<String>, Long> counts = new TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
        for (Object[] r : query.getResultList()) {
            String needs = (String) r[3];
            for (String need : needs == null ? new String[] {"(none)"} : needs.split(",")) {
                counts.merge(List.of((String) r[0], (String) r[1], (String) r[2], need), ((Number) r[4]).longValue(), Long::sum);
            }
        }
        // of those referrals, the ones waiting now for a place, and since when the longest has waited
        // (counted here, not by COUNT and MIN in the query: an aggregate of a converted column reaches the converter as
        // the driver's own type and fails, so each entry's time is read as mapped)
        TypedQuery<Object[]> waitQuery = em.createQuery("SELECT DISTINCT u.countyFips, u.regionCode, u.serviceTypeCode, u.needCodes,"
                + " w.referral.id, w.id, w.waitingSince FROM UnmetNeed u, WaitlistEntry w WHERE w.referral = u.referral"
                + " AND u.recordedAt >= :from AND u.recordedAt < :to AND " + seen.jpql(), Object[].class)
                .setParameter("from", StateCalendar.startOf(from, clock.getZone()))
                .setParameter("to", StateCalendar.endOf(to, clock.getZone()));
        seen.parameters().forEach(waitQuery::setParameter);
        Map<List<String>, Set<Long>> waitingReferrals = new HashMap<>();
        Map<List<String>, Instant> waitingSince = new HashMap<>();
        for (Object[] r : waitQuery.getResultList()) {
            String needs = (String) r[3];
            for (String need : needs == null ? new String[] {"(none)"} : needs.split(",")) {
                List<String> key = List.of((String) r[0], (String) r[1], (String) r[2], need);
                waitingReferrals.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(((Number) r[4]).longValue());
                waitingSince.merge(key, (Instant) r[6], (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        Map<List<String>, Long> waitingCounts = new HashMap<>();
        waitingReferrals.forEach((k, referrals) -> waitingCounts.put(k, (long) referrals.size()));
        Instant now = clock.instant();
        List<GapRow> rows = new ArrayList<>();
        counts.forEach((k, n) -> rows.add(new GapRow(k.get(0), reference.county(k.get(0)).map(c -> c.name()).orElse(k.get(0)),
                k.get(1), k.get(2), k.get(3), n, Math.min(n, waitingCounts.getOrDefault(k, 0L)),
                waitingSince.containsKey(k) ? Math.max(0, java.time.Duration.between(waitingSince.get(k), now).toDays()) : 0)));
        rows.sort((a, b) -> Long.compare(b.referrals(), a.referrals()));
        return rows;
    }

    // --- waitlists

    /** The most offerings one request puts a referral on the waitlist of. */
    public static final int WAITLIST_MAX_OFFERINGS = 20;

    /**
     * The state or the referral's lead puts a referral on the waitlists of offerings that would take it but have
     * no free place (the matches' {@link Constraint#NO_CAPACITY} exclusions). Where it waits already it keeps its
     * place. An offering with a place free for it is refused (offer it instead), as is one that is no match.
     */
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public ReferralView waitFor(long id, List<Long> offeringIds) {
        SignedInUser user = caller.current().orElseThrow();
        Referral referral = forReferrer(id);
        if (offeringIds == null || offeringIds.isEmpty()) {
            throw new InvalidInputException("offeringIds", "name at least one offering to wait for");
        }
        if (offeringIds.size() > WAITLIST_MAX_OFFERINGS) {
            throw new InvalidInputException("offeringIds", "at most " + WAITLIST_MAX_OFFERINGS + " offerings at once");
        }
        for (int i = 0; i < offeringIds.size(); i++) {
            if (offeringIds.get(i) == null) {
                throw new InvalidInputException("offeringIds[" + i + "]", "an offering id, not null");
            }
        }
        if (!referral.mayWait()) {
            throw new ConflictException("status", "referral " + referral.getNumber() + " is "
                    + referral.getStatus().name().toLowerCase(java.util.Locale.ROOT) + ": it does not wait for a place");
        }
        MatchResult result = match(referral);
        Instant now = clock.instant();
        Set<Long> joined = new java.util.TreeSet<>();
        for (long offeringId : new java.util.LinkedHashSet<>(offeringIds)) {
            Optional<Candidate> candidate = result.candidates().stream()
                    .filter(c -> c.offering().offeringId() == offeringId).findFirst();
            String name;
            if (candidate.isPresent()) {
                name = candidate.get().offering().offeringName();
                if (!referral.triedOfferings().contains(offeringId)) {
                    throw new ConflictException("offeringIds", "a place is free for this referral at " + name
                            + ": offer it there instead of waiting");
                }
            } else {
                Exclusion excluded = result.exclusions().stream().filter(e -> e.offering().offeringId() == offeringId)
                        .findFirst().orElseThrow(() -> new InvalidInputException("offeringIds",
                                "offering " + offeringId + " is not an active offering of the service this referral asks for"));
                name = excluded.offering().offeringName();
                if (excluded.constraint() != Constraint.NO_CAPACITY) {
                    throw new InvalidInputException("offeringIds", name + " would not take this referral even with a place"
                            + " free: " + excluded.detail());
                }
            }
            if (referral.waitFor(offeringId, name, user.username(), now)) {
                joined.add(offeringId);
            }
        }
        flush(referral);
        recountWaitlists(joined);
        return view(referral);
    }

    /** The state or the referral's lead takes it off the waitlist of one offering, or of every one (null). */
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public ReferralView leaveWaitlist(long id, Long offeringId) {
        SignedInUser user = caller.current().orElseThrow();
        Referral referral = forReferrer(id);
        Set<Long> left = new java.util.TreeSet<>();
        for (long o : offeringId == null ? referral.waitingOfferings() : Set.of(offeringId)) {
            if (referral.leaveWaitlist(o, "taken off", user.username(), clock.instant())) {
                left.add(o);
            }
        }
        if (offeringId != null && left.isEmpty()) {
            throw new NotFoundException("waitlist entry of offering", offeringId);
        }
        flush(referral);
        recountWaitlists(left);
        return view(referral);
    }

    /**
     * Places became free at these offerings, or an open offer there stopped promising them: each offering's
     * free places not promised to an open offer go to its waiting referrals in {@link WaitlistEntry#ORDER}, each
     * offered like any offer (its urgency's response window, the provider told), in the caller's transaction.
     */
    public int placesFreed(java.util.Collection<Long> offeringIds) {
        int offered = 0;
        for (long offeringId : new java.util.TreeSet<>(offeringIds)) {
            offered += placesFreed(offeringId, "system");
        }
        return offered;
    }

    /**
     * Offers freed places of one offering to its waiting referrals, in the caller's transaction. A referral that no
     * longer may wait is taken off; one that the free places do not fit (or that no longer matches) keeps its place
     * and the next one is looked at. The offer comes on top of any offer the referral has open elsewhere: the state or
     * the lead chose to wait for this offering, and the first acceptance withdraws the others.
     *
     * @return how many referrals were offered a place
     */
    public int placesFreed(long offeringId, String by) {
        em.flush();
        List<WaitlistEntry> queue = new ArrayList<>(em.createQuery("SELECT w FROM WaitlistEntry w JOIN FETCH w.referral"
                + " WHERE w.offeringId = :offering", WaitlistEntry.class).setParameter("offering", offeringId).getResultList());
        if (queue.isEmpty()) {
            return 0;
        }
        queue.sort(WaitlistEntry.ORDER);
        Instant now = clock.instant();
        int offered = 0;
        boolean changed = false;
        for (WaitlistEntry entry : queue) {
            int free = unpromised(offeringId);
            if (free < 1) {
                break;
            }
            Referral referral = entry.getReferral();
            if (!referral.mayWait()) {
                changed |= referral.leaveWaitlist(offeringId, "no longer waiting: "
                        + referral.getStatus().name().toLowerCase(java.util.Locale.ROOT), "system", now);
                flush(referral);
                continue;
            }
            int places = referral.isAllowSplit() ? Math.min(referral.siblingGroupSize(), free) : referral.siblingGroupSize();
            if (places > free) {
                continue;
            }
            Optional<Candidate> candidate = match(referral).candidates().stream()
                    .filter(c -> c.offering().offeringId() == offeringId).findFirst();
            if (candidate.isEmpty()) {
                continue;
            }
            referral.leaveWaitlist(offeringId, "a place is free: offered", by, now);
            offerTo(referral, candidate.get(), places, by);
            flush(referral);
            offered++;
            changed = true;
        }
        if (changed) {
            recountWaitlists(Set.of(offeringId));
        }
        return offered;
    }

    /** Free places of an offering not promised to an open offer. */
    private int unpromised(long offeringId) {
        Number free = (Number) em.createNativeQuery("SELECT cap.available - COALESCE((SELECT SUM(o.places) FROM referral_offer o"
                + " WHERE o.offering_id = cap.offering_id AND o.status = 'OFFERED'), 0) FROM offering_capacity cap"
                + " WHERE cap.offering_id = ?").setParameter(1, offeringId).getResultList().stream().findFirst().orElse(0);
        return free.intValue();
    }

    /**
     * Writes each offering's waitlist figure as the count of referrals waiting on it (the database counts, so that
     * concurrent changes of one queue never lose one), and gives the figure to the capacity record already read.
     */
    private void recountWaitlists(java.util.Collection<Long> offeringIds) {
        if (offeringIds.isEmpty()) {
            return;
        }
        em.flush();
        for (long offeringId : new java.util.TreeSet<>(offeringIds)) {
            em.createNativeQuery("UPDATE offering_capacity SET waitlist = (SELECT COUNT(*) FROM referral_waitlist w"
                    + " WHERE w.offering_id = ?) WHERE offering_id = ?").setParameter(1, offeringId).setParameter(2, offeringId)
                    .executeUpdate();
            Number count = (Number) em.createNativeQuery("SELECT waitlist FROM offering_capacity WHERE offering_id = ?")
                    .setParameter(1, offeringId).getSingleResult();
            OfferingCapacity capacity = em.find(OfferingCapacity.class, offeringId);
            if (capacity != null) {
                capacity.waitlistCounted(count.intValue());
            }
        }
    }

    // --- routing

    private void route(Referral referral, String by) {
        int wanted = policy.offersAtOnce(referral.getUrgency())
                - (int) referral.getOffers().stream().filter(Offer::isOpen).count();
        if (wanted <= 0 || !referral.getStatus().isUnplaced()) {
            return;
        }
        MatchResult result = match(referral);
        Set<Long> tried = referral.triedOfferings();
        List<Candidate> next = result.candidates().stream().filter(c -> !tried.contains(c.offering().offeringId()))
                .limit(wanted).toList();
        next.forEach(c -> offerTo(referral, c, by));
        if (next.isEmpty() && referral.getStatus() == ReferralStatus.REQUESTED) {
            String reason = result.candidates().isEmpty() ? unmetReason(result) : "every eligible match was tried ("
                    + tried.size() + ")";
            em.persist(new UnmetNeed(referral, reason, clock.instant()));
            referral.escalate("no eligible match: " + reason, clock.instant());
            escalated(referral);
        }
    }

    private static String unmetReason(MatchResult result) {
        if (result.exclusions().isEmpty()) {
            return "no active offering of this service";
        }
        Map<String, Integer> byConstraint = new LinkedHashMap<>();
        result.exclusions().forEach(e -> byConstraint.merge(e.constraint().name(), 1, Integer::sum));
        StringBuilder text = new StringBuilder();
        byConstraint.forEach((c, n) -> text.append(text.length() == 0 ? "" : ", ").append(c).append(" x").append(n));
        return text.toString();
    }

    private void offerTo(Referral referral, Candidate candidate, String by) {
        offerTo(referral, candidate, referral.isAllowSplit()
                ? Math.min(referral.siblingGroupSize(), Math.max(1, candidate.offering().free())) : referral.siblingGroupSize(), by);
    }

    private void offerTo(Referral referral, Candidate candidate, int places, String by) {
        Offer offer = referral.offer(new Offer.Target(candidate.offering().offeringId(), candidate.offering().providerId(),
                candidate.offering().offeringName(), places, candidate.rank(), round(candidate.score())),
                policy.window(referral.getUrgency()), by, clock.instant());
        em.flush();
        tell(EventType.OFFER_MADE, referral, offer, List.of(offer.getProviderId()));
    }

    // --- notifications (written in this transaction: see Outbox)

    private void tell(EventType type, Referral referral, Offer offer, List<Long> organisations) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("referralId", referral.getId());
        facts.put("referralStatus", referral.getStatus().name());
        facts.put("urgency", referral.getUrgency().name());
        facts.put("regionCode", referral.getRegionCode());
        if (offer != null) {
            facts.put("offerId", offer.getId());
            facts.put("offeringId", offer.getOfferingId());
            facts.put("providerId", offer.getProviderId());
            facts.put("offerStatus", offer.getStatus().name());
            facts.put("respondBy", offer.getRespondBy() == null ? null : offer.getRespondBy().toString());
            if (offer.getDeclineReason() != null) {
                facts.put("reason", offer.getDeclineReason().name());
            }
        }
        if (type == EventType.REFERRAL_ESCALATED) {
            facts.put("reason", referral.getEscalationReason());
        }
        outbox.record(Notice.of(type, "referral", referral.getId(), referral.getNumber(),
                "referrals/referral.xhtml?id=" + referral.getId(), facts, organisations));
    }

    private void escalated(Referral referral) {
        tell(EventType.REFERRAL_ESCALATED, referral, null, reminders.leadsOf(referral.getRegionCode()));
    }

    private MatchResult match(Referral referral) {
        County home = em.find(County.class, referral.getHomeCountyFips());
        LocalDate today = today();
        List<Child> children = referral.getChildren().stream()
                .map(c -> new Child(c.ageOn(today), c.getGender())).toList();
        LevelOfCare requested = reference.serviceTypes().stream().filter(t -> t.code().equals(referral.getServiceTypeCode()))
                .map(ServiceTypeView::levelOfCare).filter(Objects::nonNull).findFirst().orElse(null);
        // a referral keeps its highest level; one written before levels existed has none, and then uses the service's
        LevelOfCare highest = referral.getMaxLevelOfCare();
        if (requested == null || highest == null || requested.isMoreRestrictiveThan(highest)) {
            highest = requested;
        }
        MatchRequest request = new MatchRequest(referral.getServiceTypeCode(), home.getFips(),
                new GeoPoint(home.getCentroid().getLatitude(), home.getCentroid().getLongitude()), referral.getRegionCode(),
                referral.getSchoolCountyFips(), children, !referral.isAllowSplit(), referral.isAllowSplit(),
                referral.isStayInHomeCounty(), referral.getRequiredPopulations(), referral.actionableNeedCodes(),
                referral.getRegionCode(), requested, highest,
                referral.isKinFirst(), referral.getRisk());
        return MATCHER.match(request, offerings(request, today), policy.weights());
    }

    /**
     * The offerings of the service requested and of every other service at a level of care the referral may
     * use (above the requested one up to its highest, kin when kin first is asked), ordered by id.
     */
    private List<OfferingFacts> offerings(MatchRequest request, LocalDate today) {
        List<OfferingFacts> offerings = new ArrayList<>(candidates.of(em, request.serviceTypeCode(), today));
        boolean others = false;
        for (ServiceTypeView type : reference.serviceTypes()) {
            if (!type.code().equals(request.serviceTypeCode()) && request.mayUse(type.levelOfCare())) {
                offerings.addAll(candidates.of(em, type.code(), today));
                others = true;
            }
        }
        if (others) {
            offerings.sort(Comparator.comparingLong(OfferingFacts::offeringId));
        }
        return offerings;
    }

    private boolean placement(Referral referral) {
        return reference.serviceTypes().stream().anyMatch(t -> t.code().equals(referral.getServiceTypeCode()) && t.placement());
    }

    private void release(Offer offer, String by) {
        OfferingCapacity capacity = em.find(OfferingCapacity.class, offer.getOfferingId(), LockModeType.PESSIMISTIC_WRITE);
        em.persist(capacity.release(offer.getPlaces(), by, clock.instant()));
    }

    // --- who may act

    private Referral visible(long id) {
        Referral referral = em.find(Referral.class, id);
        if (referral == null || !tenancy.scope().includesReferral(referral.getRegionCode(),
                referral.getOffers().stream().map(Offer::getProviderId).toList())) {
            throw new NotFoundException("referral", id);
        }
        return referral;
    }

    /** The referrer's side: the state, or the lead of the referral's region. */
    private Referral forReferrer(long id) {
        Referral referral = visible(id);
        if (!tenancy.scope().refers()) {
            throw new NotFoundException("referral", id);
        }
        return referral;
    }

    private Referral forProvider(long id, long offerId, SignedInUser user) {
        Referral referral = visible(id);
        Offer offer = referral.offer(offerId);
        if (offer.getProviderId() != user.organisationId()) {
            throw new NotFoundException("offer", offerId);
        }
        return referral;
    }

    private Referral forHolder(long id, SignedInUser user) {
        Referral referral = visible(id);
        Offer held = referral.heldOffer().orElseThrow(() -> new ConflictException("status",
                "referral " + referral.getNumber() + " is " + referral.getStatus().name().toLowerCase(java.util.Locale.ROOT)));
        if (held.getProviderId() != user.organisationId()) {
            throw new NotFoundException("referral", id);
        }
        return referral;
    }

    private void flush(Referral referral) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("referral", "referral " + referral.getNumber()
                    + " was changed by someone else at the same moment; reload it");
        }
    }

    private Optional<Referral> byKey(long organisationId, String key) {
        return em.createQuery("SELECT r FROM Referral r WHERE r.referringOrganisationId = :org AND r.idempotencyKey = :key",
                Referral.class).setParameter("org", organisationId).setParameter("key", key).getResultList().stream().findFirst();
    }

    private boolean exists(String number) {
        return em.createQuery("SELECT COUNT(r) FROM Referral r WHERE r.number = :n", Long.class).setParameter("n", number)
                .getSingleResult() > 0;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private ReferralView view(Referral r) {
        TenantScope scope = tenancy.scope();
        LocalDate today = today();
        Map<String, Integer> ratings = new TreeMap<>();
        r.getRatings().forEach((d, v) -> ratings.put(d.name(), v));
        return new ReferralView(r.getId(), r.getNumber(), r.getStatus(), r.getUrgency(), r.getRisk(), r.getServiceTypeCode(),
                r.getHomeCountyFips(), r.getSchoolCountyFips(), r.getRegionCode(),
                r.getChildren().stream().map((ReferralChild c) -> new ReferralView.ChildView(c.getName(), c.ageOn(today), c.getGender())).toList(),
                ratings, r.getRequiredPopulations(), r.actionableNeedCodes(), r.isAllowSplit(), r.isStayInHomeCounty(),
                r.isKinFirst(), r.getMaxLevelOfCare(), r.getCaseManagerName(), r.getCaseManagerEmail(), r.getNotes(), r.isEscalated(),
                r.getEscalationReason(), r.getCreatedBy(), r.getCreatedAt(), r.getUpdatedAt(),
                r.getOffers().stream().filter(o -> scope.seesOfferTo(o.getProviderId()))
                        .map(o -> new ReferralView.OfferView(o.getId() == null ? 0 : o.getId(), o.getOfferingId(), o.getProviderId(),
                                o.getOfferingName(), o.getPlaces(), o.getRank(), o.getScore(), o.getStatus(), o.getOfferedAt(),
                                o.getRespondBy(), o.getRespondedAt(), o.getRespondedBy(), o.getDeclineReason(), o.getDeclineNote()))
                        .toList(),
                r.getEvents().stream().filter(e -> e.getOffer() == null
                                ? scope.refers() || e.getAction().equals("CREATE") || e.getAction().equals("WITHDRAW")
                                : scope.seesOfferTo(e.getOffer().getProviderId()))
                        .map(e -> new ReferralView.EventView(e.getAction(), e.getFrom(), e.getTo(), e.getOfferId(), e.getNote(),
                                e.getBy(), e.getAt())).toList(),
                scope.refers() ? waiting(r) : List.of(), r.getVersion(), allowed(r, scope));
    }

    /**
     * What the caller may do to the referral now: the referral's status (its state machine) with the caller's
     * roles (as the methods of this service allow them) and tenant scope. Pages and clients show only these
     * actions; the methods themselves check the same again when called.
     */
    private ReferralView.Allowed allowed(Referral r, TenantScope scope) {
        SignedInUser user = caller.current().orElse(null);
        if (user == null) {
            return ReferralView.Allowed.NOTHING;
        }
        boolean routes = scope.refers() && (user.hasRole(Roles.STATE_STAFF) || user.hasRole(Roles.REGIONAL_LEAD));
        boolean readsMatches = scope.refers() && (routes || user.hasRole(Roles.CQI_REVIEWER) || user.hasRole(Roles.AUDITOR));
        boolean answers = scope.receivesOffers() && (user.hasRole(Roles.PROVIDER_ADMIN) || user.hasRole(Roles.PROVIDER_STAFF));
        Set<Long> answerable = new TreeSet<>();
        Set<Long> givable = new TreeSet<>();
        boolean holds = false;
        for (Offer o : r.getOffers()) {
            if (!answers || o.getId() == null || o.getProviderId() != user.organisationId()) {
                continue;
            }
            if (o.isOpen() && r.getStatus() == ReferralStatus.OFFERED) {
                answerable.add(o.getId());
            }
            if (o.holdsPlaces()) {
                holds = true;
                if (r.getStatus() == ReferralStatus.ACCEPTED) {
                    givable.add(o.getId());
                }
            }
        }
        Long serving = r.servingOffer().map(Offer::getProviderId).orElse(null);
        return new ReferralView.Allowed(readsMatches, routes && r.getStatus().isUnplaced(),
                routes && r.getStatus().isWithdrawable(), holds && r.getStatus() == ReferralStatus.ACCEPTED,
                holds && r.getStatus() == ReferralStatus.IN_PROGRESS,
                r.getStatus().isServed() && scope.includesCase(r.getRegionCode(), serving), answerable, givable);
    }

    /** The referral's waitlist entries with their places in each offering's queue. */
    private List<ReferralView.WaitingView> waiting(Referral r) {
        if (r.getWaiting().isEmpty()) {
            return List.of();
        }
        Map<Long, List<WaitlistEntry.Place>> queues = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT w.offeringId, w.referral.urgency, w.waitingSince, w.id FROM WaitlistEntry w"
                + " WHERE w.offeringId IN :offerings", Object[].class).setParameter("offerings", r.waitingOfferings()).getResultList()) {
            queues.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new WaitlistEntry.Place((Urgency) row[1], (Instant) row[2], (Long) row[3]));
        }
        return r.getWaiting().stream().map(w -> new ReferralView.WaitingView(w.getOfferingId(), w.getOfferingName(),
                w.getWaitingSince(), 1 + (int) queues.getOrDefault(w.getOfferingId(), List.of()).stream()
                        .filter(p -> !p.id().equals(w.getId()) && WaitlistEntry.Place.ORDER.compare(p, w.place()) < 0)
                        .count())).toList();
    }
}
