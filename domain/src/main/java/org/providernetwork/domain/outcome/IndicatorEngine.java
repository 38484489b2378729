package org.providernetwork.domain.outcome;

import org.providernetwork.domain.outcome.CareIndex.ChildCare;
import org.providernetwork.domain.outcome.CareIndex.EpisodeCare;
import org.providernetwork.domain.shared.Period;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.providernetwork.domain.outcome.CareIndex.days;
import static org.providernetwork.domain.outcome.CareIndex.max;
import static org.providernetwork.domain.outcome.CareIndex.min;

/**
 * Computes the outcome indicators of {@link IndicatorDefinition} for a 12-month period and a cut of the state:
 * the federal CFSR Round 4 statewide data indicators (permanency in 12 months for three cohorts, re-entry,
 * placement stability, maltreatment in care, recurrence of maltreatment) and the continuum-of-care measures.
 * Pure, in memory, thread-safe. Every rule, with its source, is in docs/indicators.md.
 */
public final class IndicatorEngine {

    /**
     * "Within 12 months" of an event: on or before its anniversary, {@code event.plusMonths(12)} (an event on
     * 29 February has its anniversary on 28 February).
     */
    static final int TWELVE_MONTHS = 12;
    /** Stays shorter than this many days are not counted as foster care. */
    static final int SHORT_STAY_DAYS = 8;
    /** Victimisations reported in the first 7 days of an episode are not counted as maltreatment in care. */
    static final int FIRST_DAYS_EXCLUDED = 7;
    /** The trial home visit adjustment: days on a final trial home visit beyond 30 count as out of care. */
    static final int TRIAL_HOME_VISIT_DAYS = 30;
    /** Recurrence: a report at most this many days after the initial one is not counted as recurrence. */
    static final int RECURRENCE_EXCLUDED_DAYS = 14;

    /**
     * @param nearHomeKm the distance between county centroids up to which a placement is "near home"
     * @param zone       the zone in which offer instants fall on days of the period
     */
    public record Settings(double nearHomeKm, ZoneId zone) {
        public Settings {
            if (!(nearHomeKm >= 0)) {
                throw new IllegalArgumentException("nearHomeKm must be 0 or more");
            }
            Objects.requireNonNull(zone, "zone");
        }

        /** 50 km; the state's zone (US Central). */
        public static Settings defaults() {
            return new Settings(50, org.providernetwork.domain.shared.StateCalendar.DEFAULT_ZONE);
        }
    }

    /** Outcome data indexed once, to compute many periods or cuts without grouping it again. */
    public static final class Prepared {
        private final CareIndex index;

        private final ZoneId zone;

        private Prepared(OutcomeData data, ZoneId zone) {
            this.index = new CareIndex(data, zone);
            this.zone = zone;
        }

        public OutcomeData data() {
            return index.data;
        }
    }

    private final Settings settings;

    public IndicatorEngine() {
        this(Settings.defaults());
    }

    public IndicatorEngine(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Settings settings() {
        return settings;
    }

    /** Groups and sorts the data once, for repeated calls. */
    public Prepared prepare(OutcomeData data) {
        return new Prepared(Objects.requireNonNull(data, "data"), settings.zone());
    }

    /** Every indicator, in the order of {@link IndicatorDefinition}. */
    public List<IndicatorResult> compute(OutcomeData data, Period period, Cut cut, Geography geography) {
        return compute(prepare(data), period, cut, geography);
    }

    /** One indicator by its id (e.g. {@code permanency-12m-entries}). */
    public IndicatorResult compute(String id, OutcomeData data, Period period, Cut cut, Geography geography) {
        return compute(IndicatorDefinition.of(id), prepare(data), period, cut, geography);
    }

    public List<IndicatorResult> compute(Prepared data, Period period, Cut cut, Geography geography) {
        checkZone(data);
        Run run = new Run(data.index, period, cut, geography);
        List<IndicatorResult> results = new ArrayList<>(IndicatorDefinition.values().length);
        for (IndicatorDefinition definition : IndicatorDefinition.values()) {
            results.add(run.compute(definition));
        }
        return results;
    }

    public IndicatorResult compute(IndicatorDefinition definition, Prepared data, Period period, Cut cut,
                                   Geography geography) {
        checkZone(data);
        return new Run(data.index, period, cut, geography).compute(definition);
    }

    private void checkZone(Prepared data) {
        if (!data.zone.equals(settings.zone())) {
            throw new IllegalArgumentException("the data were prepared for the zone " + data.zone
                    + ", this engine uses " + settings.zone());
        }
    }

    /** One computation: the index, the window, the cut. */
    private final class Run {
        private final CareIndex index;
        private final Period period;
        private final Cut cut;
        private final Geography geography;
        private final LocalDate start;
        private final LocalDate endExclusive;

        Run(CareIndex index, Period period, Cut cut, Geography geography) {
            this.index = index;
            this.period = Objects.requireNonNull(period, "period");
            this.cut = cut == null ? Cut.STATE : cut;
            this.geography = geography == null ? Geography.NONE : geography;
            this.start = period.start();
            this.endExclusive = period.endExclusive();
        }

        IndicatorResult compute(IndicatorDefinition definition) {
            return switch (definition) {
                case PERMANENCY_12M_ENTRIES -> permanencyForEntries(definition);
                case PERMANENCY_12M_IN_CARE_12_23 -> permanencyForChildrenInCare(definition, 12, 23);
                case PERMANENCY_12M_IN_CARE_24PLUS -> permanencyForChildrenInCare(definition, 24, Long.MAX_VALUE);
                case REENTRY_12M -> reentry(definition);
                case PLACEMENT_STABILITY -> placementStability(definition);
                case MALTREATMENT_IN_CARE -> maltreatmentInCare(definition);
                case RECURRENCE_12M -> recurrence(definition);
                case SERVED_AT_HOME -> servedAtHome(definition);
                case FAMILY_LIKE_SETTINGS, PLACED_NEAR_HOME, PLACED_IN_HOME_COUNTY -> pointInTime(definition);
                case SIBLINGS_TOGETHER -> siblingsTogether(definition);
                case MEDIAN_DAYS_TO_PERMANENCY -> medianDaysToPermanency(definition);
                case OFFER_RESPONSE_ON_TIME, OFFER_DECLINE_RATE, OFFER_ACCEPTANCE -> offers(definition);
            };
        }

        // ---- cuts ----

        /** Region and county follow the child's home county. */
        boolean inArea(ChildCare child) {
            if (cut.county() != null && !cut.county().equals(child.child.homeCountyFips())) {
                return false;
            }
            return cut.region() == null || cut.region().equals(geography.regionOf(child.child.homeCountyFips()));
        }

        /** Provider, lead and contract follow a placement; without such a cut everything matches. */
        boolean inOrganisation(Placement placement) {
            if (!cut.isOrganisational()) {
                return true;
            }
            if (placement == null) {
                return false;
            }
            return inOrganisation(placement.providerId())
                    && (cut.contract() == null || cut.contract().equals(placement.contractId()));
        }

        boolean inOrganisation(Long providerId) {
            if (cut.provider() != null && !cut.provider().equals(providerId)) {
                return false;
            }
            return cut.lead() == null || index.data.countsForLead(providerId, cut.lead());
        }

        // ---- CFSR Round 4 statewide data indicators ----

        /** The first entry in the period that is not a stay under 8 days, or {@code null}. */
        EpisodeCare firstEntry(ChildCare child) {
            for (EpisodeCare episode : child.episodes) {
                if (episode.removal.isBefore(start)) {
                    continue;
                }
                if (!episode.removal.isBefore(endExclusive)) {
                    return null;
                }
                if (!episode.isShortStay()) {
                    return episode;
                }
            }
            return null;
        }

        IndicatorResult permanencyForEntries(IndicatorDefinition definition) {
            Tally tally = new Tally();
            for (ChildCare child : index.children) {
                if (!inArea(child)) {
                    continue;
                }
                EpisodeCare entry = firstEntry(child);
                if (entry == null || !entry.removal.isBefore(child.adult)) {
                    continue;
                }
                LocalDate followUpEnd = anniversary(entry.removal).plusDays(1);
                if (!inOrganisation(entry.primaryPlacement(entry.removal, min(entry.discharge, followUpEnd)))) {
                    continue;
                }
                boolean permanent = entry.discharge != null && entry.episode.reason().isPermanency()
                        && entry.discharge.isBefore(child.adult)
                        && withinTwelveMonths(entry.removal, adjustedExit(entry));
                tally.count(child.id(), permanent);
            }
            return tally.percent(definition);
        }

        /** The discharge date, or for a reunification at the end of a long trial home visit, its 30th day. */
        LocalDate adjustedExit(EpisodeCare episode) {
            if (episode.episode.reason() == DischargeReason.REUNIFICATION) {
                LocalDate visit = episode.finalTrialHomeVisitStart();
                if (visit != null && days(visit, episode.discharge) > TRIAL_HOME_VISIT_DAYS) {
                    return visit.plusDays(TRIAL_HOME_VISIT_DAYS);
                }
            }
            return episode.discharge;
        }

        IndicatorResult permanencyForChildrenInCare(IndicatorDefinition definition, long minMonths, long maxMonths) {
            Tally tally = new Tally();
            for (ChildCare child : index.children) {
                if (!inArea(child) || !start.isBefore(child.adult)) {
                    continue;
                }
                EpisodeCare episode = child.episodeOn(start);
                if (episode == null) {
                    continue;
                }
                long months = ChronoUnit.MONTHS.between(episode.removal, start);
                if (months < minMonths || months > maxMonths) {
                    continue;
                }
                if (!inOrganisation(episode.primaryPlacement(start, min(episode.discharge, endExclusive)))) {
                    continue;
                }
                boolean permanent = episode.discharge != null && episode.discharge.isBefore(endExclusive)
                        && episode.episode.reason().isPermanency() && episode.discharge.isBefore(child.adult);
                tally.count(child.id(), permanent);
            }
            return tally.percent(definition);
        }

        IndicatorResult reentry(IndicatorDefinition definition) {
            Tally tally = new Tally();
            for (ChildCare child : index.children) {
                if (!inArea(child)) {
                    continue;
                }
                EpisodeCare entry = firstEntry(child);
                if (entry == null || entry.discharge == null || !entry.removal.isBefore(child.adult)
                        || !entry.discharge.isBefore(child.adult) || !entry.episode.reason().isReentryExit()
                        || !withinTwelveMonths(entry.removal, entry.discharge)) {
                    continue;
                }
                if (!inOrganisation(entry.primaryPlacement(entry.removal, entry.discharge))) {
                    continue;
                }
                boolean reentered = false;
                for (EpisodeCare later : child.episodes) {
                    if (later.removal.isBefore(entry.discharge) || later == entry || later.isShortStay()) {
                        continue; // a stay under 8 days is no re-entry: look at the next one
                    }
                    reentered = withinTwelveMonths(entry.discharge, later.removal) && later.removal.isBefore(child.adult);
                    break;
                }
                tally.count(child.id(), reentered);
            }
            return tally.percent(definition);
        }

        /** The days of an episode counted in the period: in care, in the period, before the 18th birthday. */
        LocalDate windowStart(EpisodeCare episode) {
            return max(episode.removal, start);
        }

        LocalDate windowEnd(ChildCare child, EpisodeCare episode) {
            return min(min(episode.discharge, endExclusive), child.adult);
        }

        IndicatorResult placementStability(IndicatorDefinition definition) {
            Rate rate = new Rate();
            for (ChildCare child : index.children) {
                if (!inArea(child)) {
                    continue;
                }
                for (EpisodeCare episode : child.episodes) {
                    if (episode.removal.isBefore(start) || !episode.removal.isBefore(endExclusive)
                            || episode.isShortStay() || !episode.removal.isBefore(child.adult)) {
                        continue;
                    }
                    LocalDate from = windowStart(episode);
                    LocalDate to = windowEnd(child, episode);
                    rate.days(child.id(), daysPlaced(episode, from, to));
                    countMoves(child, episode, from, to, rate);
                }
            }
            return rate.result(definition, 1_000);
        }

        /**
         * Days of [from, to) for which a placement is recorded (any setting, trial home visits and runaway spells
         * included), under an organisational cut those in its placements: placement stability does not count days
         * in care without a recorded placement. Overlapping placements count each day once.
         */
        long daysPlaced(EpisodeCare episode, LocalDate from, LocalDate to) {
            long total = 0;
            LocalDate covered = from;
            for (int i = 0; i < episode.placements.length; i++) {
                if (!inOrganisation(episode.placements[i])) {
                    continue;
                }
                LocalDate placedFrom = max(episode.placements[i].startDate(), covered);
                LocalDate placedTo = min(episode.ends[i], to);
                if (placedFrom.isBefore(placedTo)) {
                    total += days(placedFrom, placedTo);
                    covered = placedTo;
                }
            }
            return total;
        }

        /** Days of [from, to) in care: all of them, or under an organisational cut those in its placements. */
        long daysInOrganisation(EpisodeCare episode, LocalDate from, LocalDate to) {
            if (!from.isBefore(to)) {
                return 0;
            }
            if (!cut.isOrganisational()) {
                return days(from, to);
            }
            long total = 0;
            for (int i = 0; i < episode.placements.length; i++) {
                if (inOrganisation(episode.placements[i])) {
                    total += episode.overlap(i, from, to);
                }
            }
            return total;
        }

        /**
         * Moves: every start of a placement setting after the episode's first one, within [from, to); trial home
         * visits and runaway spells are skipped, and coming back to the same provider and setting after one is not
         * a move. A move is attributed to the placement the child left.
         */
        void countMoves(ChildCare child, EpisodeCare episode, LocalDate from, LocalDate to, Rate rate) {
            Placement previous = null;
            boolean interrupted = false;
            for (Placement placement : episode.placements) {
                if (!placement.setting().isPlacementSetting()) {
                    interrupted = previous != null;
                    continue;
                }
                if (previous != null) {
                    boolean resumed = interrupted && placement.providerId() != null
                            && placement.providerId().equals(previous.providerId())
                            && placement.setting() == previous.setting();
                    LocalDate day = placement.startDate();
                    if (!resumed && !day.isBefore(from) && day.isBefore(to) && inOrganisation(previous)) {
                        rate.event(child.id());
                    }
                }
                previous = placement;
                interrupted = false;
            }
        }

        IndicatorResult maltreatmentInCare(IndicatorDefinition definition) {
            Rate rate = new Rate();
            for (ChildCare child : index.children) {
                if (!inArea(child)) {
                    continue;
                }
                for (EpisodeCare episode : child.episodes) {
                    if (episode.isShortStay()) {
                        continue;
                    }
                    LocalDate from = windowStart(episode);
                    LocalDate to = windowEnd(child, episode);
                    if (!from.isBefore(to)) {
                        continue;
                    }
                    // days in care without a placement (a placement completed without a discharge, or none recorded)
                    // are not days in foster care here, and a report on such a day is not a report in care
                    rate.days(child.id(), cut.isOrganisational() ? daysInOrganisation(episode, from, to)
                            : daysPlaced(episode, from, to));
                    LocalDate firstCounted = episode.removal.plusDays(FIRST_DAYS_EXCLUDED);
                    for (LocalDate report : child.victimisationDates) {
                        Placement placed = report.isBefore(from) || !report.isBefore(to) ? null : episode.placementOn(report);
                        if (placed != null && !report.isBefore(firstCounted) && inOrganisation(placed)) {
                            rate.event(child.id());
                        }
                    }
                }
            }
            return rate.result(definition, 100_000);
        }

        /**
         * Recurrence of maltreatment: children who were victims of a substantiated report in the period (the
         * first such report in the period is the initial one), and of which another substantiated report came
         * more than 14 days and at most 12 months after the initial one. Reports on or after the 18th birthday are
         * not counted. Organisational cuts follow the placement in effect on the initial report date; a child not
         * in care that day matches none.
         */
        IndicatorResult recurrence(IndicatorDefinition definition) {
            Tally tally = new Tally();
            for (ChildCare child : index.children) {
                if (!inArea(child)) {
                    continue;
                }
                LocalDate[] reports = child.victimisationDates;
                int first = 0;
                while (first < reports.length && reports[first].isBefore(start)) {
                    first++;
                }
                if (first == reports.length || !reports[first].isBefore(endExclusive)
                        || !reports[first].isBefore(child.adult)) {
                    continue;
                }
                LocalDate initial = reports[first];
                if (cut.isOrganisational()) {
                    EpisodeCare episode = child.episodeOn(initial);
                    if (episode == null || !inOrganisation(episode.placementOn(initial))) {
                        continue;
                    }
                }
                boolean recurred = false;
                for (int i = first + 1; i < reports.length && !recurred; i++) {
                    recurred = days(initial, reports[i]) > RECURRENCE_EXCLUDED_DAYS
                            && withinTwelveMonths(initial, reports[i]) && reports[i].isBefore(child.adult);
                }
                tally.count(child.id(), recurred);
            }
            return tally.percent(definition);
        }

        // ---- continuum-of-care measures ----

        IndicatorResult servedAtHome(IndicatorDefinition definition) {
            Tally tally = new Tally();
            if (cut.isOrganisational()) {
                return tally.percent(definition); // in-home services carry no provider: not applicable
            }
            for (ChildCare child : index.children) {
                if (!inArea(child) || !start.isBefore(child.adult)) {
                    continue;
                }
                boolean atHome = false;
                if (child.inHome != null) {
                    for (InHomeService service : child.inHome) {
                        if (service.start().isBefore(endExclusive)
                                && (service.end() == null || !service.end().isBefore(start))) {
                            atHome = true;
                            break;
                        }
                    }
                }
                boolean removed = false;
                for (EpisodeCare episode : child.episodes) {
                    if (episode.removal.isBefore(endExclusive)
                            && (episode.discharge == null || episode.discharge.isAfter(start))) {
                        removed = true;
                        break;
                    }
                }
                if (atHome || removed) {
                    tally.count(child.id(), atHome && !removed);
                }
            }
            return tally.percent(definition);
        }

        /** The placement setting a child is in on the last day of the period, or {@code null}. */
        Placement placementOnLastDay(ChildCare child) {
            LocalDate day = period.end();
            if (!day.isBefore(child.adult)) {
                return null;
            }
            EpisodeCare episode = child.episodeOn(day);
            Placement placement = episode == null ? null : episode.placementOn(day);
            return placement != null && placement.setting().isPlacementSetting() ? placement : null;
        }

        IndicatorResult pointInTime(IndicatorDefinition definition) {
            Tally tally = new Tally();
            for (ChildCare child : index.children) {
                if (!inArea(child)) {
                    continue;
                }
                Placement placement = placementOnLastDay(child);
                if (placement == null || !inOrganisation(placement)) {
                    continue;
                }
                switch (definition) {
                    case FAMILY_LIKE_SETTINGS -> tally.count(child.id(), placement.setting().isFamilyLike());
                    case PLACED_IN_HOME_COUNTY, PLACED_NEAR_HOME -> {
                        String home = child.child.homeCountyFips();
                        String there = placement.countyFips();
                        if (home == null || there == null) {
                            continue;
                        }
                        boolean near = home.equals(there) || definition == IndicatorDefinition.PLACED_NEAR_HOME
                                && geography.distanceKm(home, there) <= settings.nearHomeKm();
                        tally.count(child.id(), near);
                    }
                    default -> throw new IllegalStateException(definition.id());
                }
            }
            return tally.percent(definition);
        }

        IndicatorResult siblingsTogether(IndicatorDefinition definition) {
            Map<String, List<Placement>> groups = new HashMap<>();
            for (ChildCare child : index.children) {
                if (child.child.siblingGroupId() == null) {
                    continue;
                }
                Placement placement = placementOnLastDay(child);
                if (placement != null) {
                    groups.computeIfAbsent(child.child.siblingGroupId(), k -> new ArrayList<>(3)).add(placement);
                }
            }
            Tally tally = new Tally();
            for (ChildCare child : index.children) {
                if (child.child.siblingGroupId() == null || !inArea(child)) {
                    continue;
                }
                List<Placement> group = groups.get(child.child.siblingGroupId());
                if (group == null || group.size() < 2) {
                    continue;
                }
                Placement own = null;
                for (Placement placement : group) {
                    if (placement.childId().equals(child.id())) {
                        own = placement;
                    }
                }
                if (own == null || !inOrganisation(own)) {
                    continue;
                }
                boolean together = true;
                for (Placement sibling : group) {
                    together &= samePlace(own, sibling);
                }
                tally.count(child.id(), together);
            }
            return tally.percent(definition);
        }

        /** No home identifier is recorded: same provider, same county and same setting stand for the same home. */
        boolean samePlace(Placement a, Placement b) {
            return Objects.equals(a.providerId(), b.providerId()) && Objects.equals(a.countyFips(), b.countyFips())
                    && a.setting() == b.setting();
        }

        IndicatorResult medianDaysToPermanency(IndicatorDefinition definition) {
            List<String> children = new ArrayList<>();
            long[] stays = new long[16];
            int n = 0;
            long total = 0;
            for (ChildCare child : index.children) {
                if (!inArea(child)) {
                    continue;
                }
                for (EpisodeCare episode : child.episodes) {
                    if (episode.discharge == null || episode.discharge.isBefore(start)
                            || !episode.discharge.isBefore(endExclusive)) {
                        continue;
                    }
                    if (!episode.episode.reason().isPermanency() || episode.isShortStay()
                            || !episode.removal.isBefore(child.adult) || !episode.discharge.isBefore(child.adult)) {
                        continue;
                    }
                    if (inOrganisation(episode.primaryPlacement(episode.removal, episode.discharge))) {
                        long stay = days(episode.removal, episode.discharge);
                        if (n == stays.length) {
                            stays = Arrays.copyOf(stays, n * 2);
                        }
                        stays[n++] = stay;
                        total += stay;
                        children.add(child.id());
                    }
                    break; // the first exit to permanency in the period
                }
            }
            Arrays.sort(stays, 0, n);
            double median = n == 0 ? 0 : n % 2 == 1 ? stays[n / 2] : (stays[n / 2 - 1] + stays[n / 2]) / 2.0;
            return new IndicatorResult(definition.id(), definition.label(), total, n, median, definition.unit(),
                    definition.higherIsBetter(), children, children);
        }

        IndicatorResult offers(IndicatorDefinition definition) {
            Tally tally = new Tally();
            if (cut.isGeographic() || cut.contract() != null) {
                return tally.percent(definition); // offers carry a provider only: not applicable
            }
            long first = start.toEpochDay();
            long last = period.end().toEpochDay();
            boolean declines = definition == IndicatorDefinition.OFFER_DECLINE_RATE;
            boolean accepts = definition == IndicatorDefinition.OFFER_ACCEPTANCE;
            for (int i = 0; i < index.offers.length; i++) {
                OfferAnswer offer = index.offers[i];
                long day = index.offerDays[i];
                if (day < first || day > last || !offer.isResolved() || !inOrganisation(offer.providerId())) {
                    continue;
                }
                if (declines) {
                    tally.count(offer.key(), offer.declined());
                } else if (accepts) {
                    tally.count(offer.key(), offer.accepted());
                } else if (offer.countsForResponse()) {
                    tally.count(offer.key(), offer.answeredOnTime());
                }
            }
            return tally.percent(definition);
        }
    }

    /** The anniversary of an event, the last day "within 12 months" of it (29 February: 28 February). */
    static LocalDate anniversary(LocalDate event) {
        return event.plusMonths(TWELVE_MONTHS);
    }

    /**
     * Whether {@code later} is within 12 months of {@code event}: on or before its anniversary. A year spanning
     * 29 February has 366 days, and an event on the anniversary then is still within 12 months.
     */
    static boolean withinTwelveMonths(LocalDate event, LocalDate later) {
        return !later.isAfter(anniversary(event));
    }

    /** Children counted in a percentage, added in order of their ids (offers: of provider, then time). */
    private static final class Tally {
        private final List<String> numerator = new ArrayList<>();
        private final List<String> denominator = new ArrayList<>();

        void count(String id, boolean inNumerator) {
            denominator.add(id);
            if (inNumerator) {
                numerator.add(id);
            }
        }

        IndicatorResult percent(IndicatorDefinition definition) {
            long num = numerator.size();
            long den = denominator.size();
            return new IndicatorResult(definition.id(), definition.label(), num, den, den == 0 ? 0 : 100.0 * num / den,
                    definition.unit(), definition.higherIsBetter(), numerator, denominator);
        }
    }

    /** Events and days in care of a rate; children are added in sorted order, each child's additions together. */
    private static final class Rate {
        private final List<String> numerator = new ArrayList<>();
        private final List<String> denominator = new ArrayList<>();
        private long events;
        private long days;

        void days(String childId, long count) {
            if (count > 0) {
                days += count;
                addOnce(denominator, childId);
            }
        }

        /** An event; its child is in the denominator list too, even when the cut leaves it no days. */
        void event(String childId) {
            events++;
            addOnce(numerator, childId);
            addOnce(denominator, childId);
        }

        private static void addOnce(List<String> ids, String id) {
            if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(id)) {
                ids.add(id);
            }
        }

        IndicatorResult result(IndicatorDefinition definition, int per) {
            return new IndicatorResult(definition.id(), definition.label(), events, days,
                    days == 0 ? 0 : (double) events * per / days, definition.unit(), definition.higherIsBetter(),
                    numerator, denominator);
        }
    }
}
