package org.providernetwork.service.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.contract.UnitsDelivered;
import org.providernetwork.domain.outcome.CareTimeline;
import org.providernetwork.domain.outcome.DischargeReason;
import org.providernetwork.domain.outcome.Episode;
import org.providernetwork.domain.outcome.Placement;
import org.providernetwork.domain.outcome.Setting;
import org.providernetwork.domain.referral.NeedDomain;
import org.providernetwork.domain.referral.Offer;
import org.providernetwork.domain.referral.Reassessment;
import org.providernetwork.domain.referral.Referral;
import org.providernetwork.domain.contract.ServiceUnits;
import org.providernetwork.domain.outcome.OutcomeMaltreatment;
import org.providernetwork.domain.outcome.OutcomeSchoolChange;
import org.providernetwork.domain.referral.ReferralChild;
import org.providernetwork.domain.referral.ReferralReassessment;
import org.providernetwork.domain.referral.ReferralStatus;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.service.account.Caller;
import org.providernetwork.service.account.SignedInUser;
import org.providernetwork.service.audit.AuditRecord;
import org.providernetwork.service.audit.AuditSubject;
import org.providernetwork.service.audit.AuditWriter;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.tenancy.Tenancy;
import org.providernetwork.service.tenancy.TenantScope;

import org.providernetwork.domain.shared.StateCalendar;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.providernetwork.service.platform.SqlValues.bool;
import static org.providernetwork.service.platform.SqlValues.date;
import static org.providernetwork.service.platform.SqlValues.decimal;
import static org.providernetwork.service.platform.SqlValues.longOrNull;
import static org.providernetwork.service.platform.SqlValues.trimmed;

/**
 * Outcome reporting by providers on the referrals they serve: placement moves, discharges from care, school
 * changes, maltreatment incidents, needs assessed again and service units delivered per contract line. Every
 * report is checked by the domain ({@link CareTimeline}, {@link Reassessment}, {@link UnitsDelivered}) before
 * anything is written, is kept in the referral's history (and so in the audit trail), and feeds the indicators
 * at once. The serving provider and state staff report; the region's lead and the state read.
 */
@Stateless
public class CaseReports {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private OutcomeStore store;

    @Inject
    private ReferenceData reference;

    @Inject
    private CareRecords care;

    /** A move to a new placement; {@code child} (from 1) names one child, or every child of the referral when absent. */
    public record PlacementChange(Integer child, LocalDate startDate, Setting setting, String countyFips, Long providerId) {
    }

    public record Discharge(Integer child, LocalDate dischargeDate, DischargeReason reason, String note) {
    }

    public record SchoolChange(Integer child, LocalDate changedOn, String note) {
    }

    public record Incident(Integer child, LocalDate reportDate, Boolean substantiated) {
    }

    /** Ratings 0-3 by need domain name (e.g. TRAUMA). */
    public record ReassessmentReport(LocalDate assessedOn, Map<String, Integer> ratings) {
    }

    /** Units delivered; without a line, the serving provider's line for the referral's service on that day. */
    public record UnitsReport(Long contractLineId, LocalDate deliveredOn, BigDecimal units, String note) {
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF, Roles.CQI_REVIEWER,
            Roles.AUDITOR})
    public CaseRecord record(long referralId) {
        Referral referral = readable(referralId);
        CaseRecord record = view(referral);
        AuditRecord viewed = AuditRecord.viewed("CaseRecord", referral.getId()).value("referral", referral.getNumber())
                .value("children", referral.getChildren().size()).about(AuditSubject.referral(referral.getId()));
        OutcomeRecorder.storedKeys(em, referral).forEach(key -> viewed.about(AuditSubject.child(key)));
        AuditWriter.record(em, viewed);
        return record;
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    public CaseRecord move(long referralId, @NotNull PlacementChange change) {
        Referral referral = goingOn(writable(referralId));
        LocalDate today = today();
        long provider = change.providerId() != null && tenancy.scope().actsForAnyProvider()
                ? change.providerId() : serving(referral).getProviderId();
        if (em.createNativeQuery("SELECT id FROM organisation WHERE id = ?").setParameter(1, provider).getResultList().isEmpty()) {
            throw new InvalidInputException("providerId", "unknown provider " + provider);
        }
        String county = change.countyFips() == null || change.countyFips().isBlank()
                ? offeringCounty(serving(referral)) : change.countyFips().trim();
        if (reference.county(county).isEmpty()) {
            throw new InvalidInputException("countyFips", "unknown county " + county);
        }
        Long contract = OutcomeRecorder.contractOf(em, provider, referral.getServiceTypeCode(), county, change.startDate() == null
                ? today : change.startDate());
        for (long child : children(referral, change.child())) {
            int episode = timeline(child).checkMove(change.startDate(), change.setting(), today);
            OutcomeWrites.Whose whose = OutcomeWrites.whose(em, child, referral.getId());
            care.endPlacements(whose, change.startDate(), null);
            care.begin(whose, episode, change.startDate(), change.setting(), provider, county, contract);
        }
        return written(referral, "REPORT_MOVE", "placement " + label(change.setting()) + " from " + change.startDate()
                + " in county " + county + who(referral, change.child()));
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    public CaseRecord discharge(long referralId, @NotNull Discharge discharge) {
        Referral referral = goingOn(writable(referralId));
        LocalDate today = today();
        for (long child : children(referral, discharge.child())) {
            int episode = timeline(child).checkDischarge(discharge.dischargeDate(), discharge.reason(), today);
            OutcomeWrites.Whose whose = OutcomeWrites.whose(em, child, referral.getId());
            care.endPlacements(whose, discharge.dischargeDate(), null);
            care.discharge(whose, episode, discharge.dischargeDate(), discharge.reason());
        }
        return written(referral, "REPORT_DISCHARGE", "discharged on " + discharge.dischargeDate() + ", "
                + label(discharge.reason()) + who(referral, discharge.child()) + note(discharge.note()));
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    public CaseRecord schoolChange(long referralId, @NotNull SchoolChange change) {
        Referral referral = writable(referralId);
        LocalDate today = today();
        String note = limit("note", change.note(), CareTimeline.REPORT_NOTE_LENGTH);
        for (long child : children(referral, change.child())) {
            timeline(child).checkInCare("changedOn", change.changedOn(), today);
            OutcomeWrites.Whose whose = OutcomeWrites.whose(em, child, referral.getId());
            em.persist(OutcomeSchoolChange.reported(child, whose.childKey(), change.changedOn(), note, referral.getId()));
        }
        return written(referral, "REPORT_SCHOOL", "school change on " + change.changedOn() + who(referral, change.child())
                + note(note));
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    public CaseRecord incident(long referralId, @NotNull Incident incident) {
        Referral referral = writable(referralId);
        if (incident.substantiated() == null) {
            throw new InvalidInputException("substantiated", "say whether the report was substantiated (true or false)");
        }
        if (incident.child() == null && referral.getChildren().size() > 1) {
            throw new InvalidInputException("child", "name the child the incident concerns (1 to " + referral.getChildren().size() + ")");
        }
        for (long child : children(referral, incident.child())) {
            timeline(child).checkInCare("reportDate", incident.reportDate(), today());
            OutcomeWrites.Whose whose = OutcomeWrites.whose(em, child, referral.getId());
            em.persist(OutcomeMaltreatment.inCare(child, whose.childKey(), incident.reportDate(), incident.substantiated(),
                    referral.getId()));
        }
        return written(referral, "REPORT_INCIDENT", "maltreatment report of " + incident.reportDate() + ", "
                + (incident.substantiated() ? "substantiated" : "not substantiated") + who(referral, incident.child()));
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    public CaseRecord reassess(long referralId, @NotNull ReassessmentReport report) {
        Referral referral = writable(referralId);
        Map<NeedDomain, Integer> ratings = new EnumMap<>(NeedDomain.class);
        if (report.ratings() != null) {
            for (Map.Entry<String, Integer> e : report.ratings().entrySet()) {
                NeedDomain domain;
                try {
                    domain = NeedDomain.valueOf(e.getKey().trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException | NullPointerException unknown) {
                    throw new InvalidInputException("ratings", "unknown need domain " + e.getKey());
                }
                ratings.put(domain, e.getValue());
            }
        }
        LocalDate referred = StateCalendar.dayOf(referral.getCreatedAt(), clock.getZone());
        Reassessment again = Reassessment.of(report.assessedOn(), ratings, referred, today());
        SignedInUser user = caller.current().orElseThrow();
        em.persist(ReferralReassessment.record(referral.getId(), again, user.username(), clock.instant(),
                OutcomeRecorder.storedKeys(em, referral)));
        return written(referral, "REPORT_REASSESS", "needs reassessed on " + again.assessedOn() + ": "
                + again.needsResolvedSince(referral.getRatings()) + " actionable need(s) resolved since intake");
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF})
    public CaseRecord units(long referralId, @NotNull UnitsReport report) {
        Referral referral = writable(referralId);
        Offer serving = serving(referral);
        LocalDate day = report.deliveredOn();
        List<CaseRecord.LineOption> lines = lines(referral, serving);
        CaseRecord.LineOption line;
        if (report.contractLineId() != null) {
            line = lines.stream().filter(l -> l.contractLineId() == report.contractLineId()).findFirst()
                    .orElseThrow(() -> new InvalidInputException("contractLineId", "line " + report.contractLineId()
                            + " is not a line of an active contract of the serving provider for "
                            + referral.getServiceTypeCode()));
        } else {
            LocalDate on = day == null ? today() : day;
            line = lines.stream().filter(l -> !on.isBefore(l.start()) && !on.isAfter(l.end())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("contractLineId", "no active contract of the serving"
                            + " provider covers " + referral.getServiceTypeCode() + " on " + on + "; name the line"));
        }
        UnitsDelivered delivered = UnitsDelivered.of(day, report.units(),
                new org.providernetwork.domain.shared.Period(line.start(), line.end()), line.unitRate(), startedOn(referral), today());
        String note = limit("note", report.note(), CareTimeline.REPORT_NOTE_LENGTH);
        SignedInUser user = caller.current().orElseThrow();
        em.persist(ServiceUnits.record(delivered, line.contractLineId(), referral.getId(), serving.getProviderId(), note,
                user.username(), clock.instant(), OutcomeRecorder.storedKeys(em, referral)));
        return written(referral, "REPORT_UNITS", delivered.units().toPlainString() + " " + line.unit().toLowerCase(Locale.ROOT)
                + "(s) on " + delivered.deliveredOn() + " under " + line.contractNumber() + ", " + delivered.amount().toPlainString());
    }

    // --- access -------------------------------------------------------------------------------------------------

    private Referral readable(long id) {
        Referral referral = em.find(Referral.class, id);
        Long servingProvider = referral == null ? null : referral.servingOffer().map(Offer::getProviderId).orElse(null);
        if (referral == null || !tenancy.scope().includesCase(referral.getRegionCode(), servingProvider)) {
            throw new NotFoundException("referral", id);
        }
        return referral;
    }

    /** The serving provider (its own organisation only) or state staff; the service must have started. */
    private Referral writable(long id) {
        Referral referral = readable(id);
        if (!tenancy.scope().reportsOutcomes()) {
            throw new NotFoundException("referral", id);
        }
        if (!referral.getStatus().isServed()) {
            throw new ConflictException("status", "outcomes are reported once the service has started; referral "
                    + referral.getNumber() + " is " + referral.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return referral;
    }

    /** Moves and discharges are reported while the service goes on; late reports of other kinds are welcome. */
    private static Referral goingOn(Referral referral) {
        if (referral.getStatus() != ReferralStatus.IN_PROGRESS) {
            throw new ConflictException("status", "the service of referral " + referral.getNumber() + " has ended;"
                    + " moves and discharges are reported while it goes on");
        }
        return referral;
    }

    private static Offer serving(Referral referral) {
        return referral.servingOffer().orElseThrow(() -> new ConflictException("status", "no provider serves referral "
                + referral.getNumber()));
    }

    /** The outcome records of the named child (from 1), or of every child of the referral. */
    private List<Long> children(Referral referral, Integer which) {
        List<ReferralChild> all = referral.getChildren();
        if (which != null && (which < 1 || which > all.size())) {
            throw new InvalidInputException("child", "the referral has " + all.size() + " child(ren); name one from 1 to " + all.size());
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (which == null || which == i + 1) {
                Long id = OutcomeRecorder.findChild(em, referral, all.get(i));
                if (id == null) {
                    throw new ConflictException("child", "no care is recorded for " + all.get(i).getName()
                            + "; it begins when the provider starts the service");
                }
                ids.add(id);
            }
        }
        return ids;
    }

    private CaseRecord written(Referral referral, String action, String note) {
        SignedInUser user = caller.current().orElseThrow();
        referral.report(action, note, user.username(), clock.instant());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("referral", "referral " + referral.getNumber()
                    + " was changed by someone else at the same moment; reload it and report again");
        }
        store.invalidate();
        return view(referral);
    }

    // --- reading ------------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private CareTimeline timeline(long child) {
        List<Episode> episodes = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT episode_no, removal_date, discharge_date, discharge_reason"
                + " FROM outcome_episode WHERE child_id = ?").setParameter(1, child).getResultList()) {
            episodes.add(new Episode(Long.toString(child), ((Number) r[0]).intValue(), date(r[1]), date(r[2]),
                    r[3] == null ? null : DischargeReason.valueOf((String) r[3])));
        }
        List<Placement> placements = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT episode_no, start_date, end_date, setting, provider_id,"
                + " county_fips, contract_id FROM outcome_placement WHERE child_id = ?").setParameter(1, child).getResultList()) {
            placements.add(new Placement(Long.toString(child), ((Number) r[0]).intValue(), date(r[1]), date(r[2]),
                    Setting.valueOf((String) r[3]), longOrNull(r[4]), trimmed(r[5]), longOrNull(r[6])));
        }
        return CareTimeline.of(episodes, placements);
    }

    @SuppressWarnings("unchecked")
    private CaseRecord view(Referral referral) {
        List<CaseRecord.ChildCase> children = new ArrayList<>();
        LocalDate today = today();
        for (int i = 0; i < referral.getChildren().size(); i++) {
            ReferralChild c = referral.getChildren().get(i);
            Long id = OutcomeRecorder.findChild(em, referral, c);
            if (id == null) {
                children.add(new CaseRecord.ChildCase(i + 1, c.getName(), false, false, null,
                        "No care recorded yet: it begins when the provider starts the service.", List.of(), List.of(), 0,
                        List.of(), List.of()));
                continue;
            }
            List<CaseRecord.EpisodeView> episodes = new ArrayList<>();
            for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT episode_no, removal_date, discharge_date,"
                    + " discharge_reason FROM outcome_episode WHERE child_id = ? ORDER BY episode_no").setParameter(1, id).getResultList()) {
                episodes.add(new CaseRecord.EpisodeView(((Number) r[0]).intValue(), date(r[1]), date(r[2]), (String) r[3]));
            }
            List<CaseRecord.PlacementView> placements = new ArrayList<>();
            // the engine's rule (docs/indicators.md): a placement setting after the episode's first is a move, except
            // coming back from a trial home visit or a runaway spell to the same provider and setting
            Map<Integer, Object[]> lastSetting = new HashMap<>();
            Map<Integer, Boolean> away = new HashMap<>();
            int moves = 0;
            for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT p.episode_no, p.start_date, p.end_date, p.setting,"
                            + " p.provider_id, o.name, p.county_fips FROM outcome_placement p LEFT JOIN organisation o"
                            + " ON o.id = p.provider_id WHERE p.child_id = ? ORDER BY p.start_date, p.id")
                    .setParameter(1, id).getResultList()) {
                int episode = ((Number) r[0]).intValue();
                Setting setting = Setting.valueOf((String) r[3]);
                boolean move = false;
                Long providerId = longOrNull(r[4]);
                if (setting.isPlacementSetting()) {
                    Object[] last = lastSetting.get(episode);
                    boolean back = last != null && away.getOrDefault(episode, false) && last[0] == setting
                            && java.util.Objects.equals(last[1], providerId);
                    move = last != null && !back;
                    lastSetting.put(episode, new Object[] {setting, providerId});
                    away.put(episode, false);
                } else {
                    away.put(episode, true);
                }
                moves += move ? 1 : 0;
                placements.add(new CaseRecord.PlacementView(episode, date(r[1]), date(r[2]), setting.name(), providerId,
                        (String) r[5], trimmed(r[6]), move));
            }
            List<CaseRecord.DatedNote> schools = ((List<Object[]>) em.createNativeQuery("SELECT changed_on, note FROM"
                            + " outcome_school_change WHERE child_id = ? ORDER BY changed_on").setParameter(1, id).getResultList())
                    .stream().map(r -> new CaseRecord.DatedNote(date(r[0]), (String) r[1])).toList();
            List<CaseRecord.IncidentView> incidents = ((List<Object[]>) em.createNativeQuery("SELECT report_date, substantiated,"
                            + " in_care FROM outcome_maltreatment WHERE child_id = ? ORDER BY report_date").setParameter(1, id)
                    .getResultList()).stream().map(r -> new CaseRecord.IncidentView(date(r[0]), bool(r[1]), bool(r[2]))).toList();
            boolean inCare = episodes.stream().anyMatch(e -> e.dischargeDate() == null && !e.removalDate().isAfter(today));
            LocalDate unplaced = inCare ? timeline(id).withoutPlacementSince(today).orElse(null) : null;
            children.add(new CaseRecord.ChildCase(i + 1, c.getName(), true, inCare, unplaced, careInWords(inCare, unplaced),
                    episodes, placements, moves, schools, incidents));
        }
        Map<String, Integer> intake = new TreeMap<>();
        referral.getRatings().forEach((d, v) -> intake.put(d.name(), v));
        // one row per rating; gathered per reassessment (in date order), then each compared with the intake once
        Map<Long, Object[]> assessments = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT a.id, a.assessed_on, a.recorded_by, x.need_domain, x.rating"
                        + " FROM referral_reassessment a JOIN referral_reassessment_rating x ON x.reassessment_id = a.id"
                        + " WHERE a.referral_id = ? ORDER BY a.assessed_on, a.id, x.need_domain")
                .setParameter(1, referral.getId()).getResultList()) {
            Object[] a = assessments.computeIfAbsent(((Number) r[0]).longValue(),
                    k -> new Object[] {date(r[1]), r[2], new EnumMap<NeedDomain, Integer>(NeedDomain.class)});
            ((Map<NeedDomain, Integer>) a[2]).put(NeedDomain.valueOf((String) r[3]), ((Number) r[4]).intValue());
        }
        List<CaseRecord.ReassessmentView> assessed = assessments.values().stream().map(a -> {
            Reassessment again = new Reassessment((LocalDate) a[0], (Map<NeedDomain, Integer>) a[2]);
            Map<String, Integer> ratings = new TreeMap<>();
            again.ratings().forEach((d, v) -> ratings.put(d.name(), v));
            return new CaseRecord.ReassessmentView(again.assessedOn(), (String) a[1], ratings, intake,
                    again.needsResolvedSince(referral.getRatings()));
        }).toList();
        List<CaseRecord.UnitsView> units = ((List<Object[]>) em.createNativeQuery("SELECT u.id, u.contract_line_id, k.contract_no,"
                        + " l.service_type_code, l.unit, u.delivered_on, u.units, u.amount, u.note, u.recorded_by FROM service_units u"
                        + " JOIN contract_line l ON l.id = u.contract_line_id JOIN contract k ON k.id = l.contract_id"
                        + " WHERE u.referral_id = ? ORDER BY u.delivered_on, u.id").setParameter(1, referral.getId()).getResultList())
                .stream().map(r -> new CaseRecord.UnitsView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                        (String) r[3], (String) r[4], date(r[5]), decimal(r[6]), decimal(r[7]), (String) r[8], (String) r[9]))
                .toList();
        BigDecimal total = units.stream().map(CaseRecord.UnitsView::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<CaseRecord.LineOption> lines = referral.servingOffer().map(o -> lines(referral, o)).orElse(List.of());
        return new CaseRecord(referral.getId(), referral.getNumber(), referral.getStatus().name(), referral.getServiceTypeCode(),
                intake, children, assessed, units, total, lines);
    }

    /** Where the child's care stands, in words (the case record page and the API say the same). */
    private static String careInWords(boolean inCare, LocalDate withoutPlacementSince) {
        if (!inCare) {
            return "Not in care.";
        }
        if (withoutPlacementSince != null) {
            return "Still in care with no current placement since " + withoutPlacementSince + ": the last placement ended"
                    + " without a discharge. These days are not counted as days in care in placement stability or"
                    + " maltreatment in care until a new placement or the discharge is reported.";
        }
        return "In care, placed.";
    }

    /** Lines of the serving provider's active contracts for the referral's service type. */
    @SuppressWarnings("unchecked")
    private List<CaseRecord.LineOption> lines(Referral referral, Offer serving) {
        return ((List<Object[]>) em.createNativeQuery("SELECT l.id, k.contract_no, l.service_type_code, l.unit, l.unit_rate,"
                        + " k.start_date, k.end_date FROM contract k JOIN contract_line l ON l.contract_id = k.id"
                        + " WHERE k.supplier_id = ? AND k.status = 'ACTIVE' AND l.service_type_code = ? ORDER BY k.start_date, l.id")
                .setParameter(1, serving.getProviderId()).setParameter(2, referral.getServiceTypeCode()).getResultList())
                .stream().map(r -> new CaseRecord.LineOption(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        (String) r[3], decimal(r[4]), date(r[5]), date(r[6]))).toList();
    }

    private String offeringCounty(Offer offer) {
        return trimmed(em.createNativeQuery("SELECT location_county_fips FROM service_offering WHERE id = ?")
                .setParameter(1, offer.getOfferingId()).getSingleResult());
    }

    private LocalDate startedOn(Referral referral) {
        return referral.getEvents().stream().filter(e -> e.getAction().equals("START"))
                .map(e -> StateCalendar.dayOf(e.getAt(), clock.getZone())).findFirst().orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }


    private static String limit(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.trim().length() > max) {
            throw new InvalidInputException(field, "at most " + max + " characters");
        }
        return text.trim();
    }

    private static String who(Referral referral, Integer child) {
        return child == null ? "" : " (" + referral.getChildren().get(child - 1).getName() + ")";
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? "" : ": " + note.trim();
    }

    private static String label(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
