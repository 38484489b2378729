package org.providernetwork.domain.outcome;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome data grouped by child once: episodes sorted by removal date, each with its placements sorted by
 * start date, substantiated reports as the sorted dates of the distinct reports (one per date and report id). Built in O(n log n); every indicator then walks the
 * children once.
 */
final class CareIndex {

    final OutcomeData data;
    /** Sorted by child id, so that lists of children come out sorted without sorting them again. */
    final List<ChildCare> children;
    final Map<String, ChildCare> byId;
    /** Offers sorted by provider, then by the instant offered, with the day each was made on in the engine's zone. */
    final OfferAnswer[] offers;
    final long[] offerDays;

    CareIndex(OutcomeData data, ZoneId zone) {
        this.data = data;
        this.byId = new HashMap<>(data.children().size() * 2);
        this.children = new ArrayList<>(data.children().size());
        for (ChildRecord child : data.children()) {
            ChildCare care = new ChildCare(child);
            if (byId.putIfAbsent(child.childId(), care) == null) {
                children.add(care);
            }
        }
        for (Episode episode : data.episodes()) {
            ChildCare care = byId.get(episode.childId());
            if (care != null) {
                care.episodeList.add(new EpisodeCare(episode));
            }
        }
        children.sort(Comparator.comparing(ChildCare::id));
        for (ChildCare care : children) {
            care.episodeList.sort(Comparator.comparing((EpisodeCare e) -> e.removal).thenComparingInt(e -> e.episode.episodeNo()));
            care.episodes = care.episodeList.toArray(new EpisodeCare[0]);
            care.episodeList = null;
        }
        for (Placement placement : data.placements()) {
            ChildCare care = byId.get(placement.childId());
            if (care == null) {
                continue;
            }
            for (EpisodeCare episode : care.episodes) {
                if (episode.episode.episodeNo() == placement.episodeNo()) {
                    episode.placementList.add(placement);
                    break;
                }
            }
        }
        for (ChildCare care : children) {
            for (EpisodeCare episode : care.episodes) {
                episode.seal();
            }
        }
        Map<String, Set<Victimisation>> reports = new HashMap<>();
        for (Maltreatment report : data.maltreatments()) {
            if (report.substantiated() && byId.containsKey(report.childId())) {
                reports.computeIfAbsent(report.childId(), k -> new HashSet<>())
                        .add(new Victimisation(report.reportDate(), report.reportId()));
            }
        }
        reports.forEach((childId, distinct) -> byId.get(childId).victimisationDates =
                distinct.stream().map(Victimisation::date).sorted().toArray(LocalDate[]::new));
        for (InHomeService service : data.inHomeServices()) {
            ChildCare care = byId.get(service.childId());
            if (care != null) {
                if (care.inHome == null) {
                    care.inHome = new ArrayList<>(2);
                }
                care.inHome.add(service);
            }
        }
        offers = data.offerAnswers().toArray(new OfferAnswer[0]);
        Arrays.sort(offers, Comparator.comparingLong(OfferAnswer::providerId).thenComparing(OfferAnswer::offeredAt));
        offerDays = new long[offers.length];
        for (int i = 0; i < offers.length; i++) {
            offerDays[i] = LocalDate.ofInstant(offers[i].offeredAt(), zone).toEpochDay();
        }
    }

    /** One substantiated report: its date and report id ({@code null} when unknown). */
    private record Victimisation(LocalDate date, String reportId) {
    }

    static long days(LocalDate from, LocalDate toExclusive) {
        return ChronoUnit.DAYS.between(from, toExclusive);
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** One child with its history. */
    static final class ChildCare {
        final ChildRecord child;
        /** The 18th birthday: the first day the child is an adult. */
        final LocalDate adult;
        EpisodeCare[] episodes;
        List<EpisodeCare> episodeList = new ArrayList<>(2);
        /**
         * The date of each substantiated report, sorted: records on one date count once, unless they carry
         * distinct report ids (then the date is listed once per report).
         */
        LocalDate[] victimisationDates = new LocalDate[0];
        List<InHomeService> inHome;

        ChildCare(ChildRecord child) {
            this.child = child;
            this.adult = child.eighteenthBirthday();
        }

        String id() {
            return child.childId();
        }

        /** The episode the child is in care in on a day, or {@code null}. */
        EpisodeCare episodeOn(LocalDate day) {
            for (EpisodeCare episode : episodes) {
                if (episode.inCareOn(day)) {
                    return episode;
                }
            }
            return null;
        }
    }

    /** One removal episode with its placements, sorted. */
    static final class EpisodeCare {
        private static final Placement[] NONE = new Placement[0];

        final Episode episode;
        final LocalDate removal;
        /** The discharge date (first day out of care), or {@code null} while open. */
        final LocalDate discharge;
        List<Placement> placementList = new ArrayList<>(3);
        Placement[] placements = NONE;
        /** Per placement: the first day it is no longer in effect (clipped to the discharge), or null while open. */
        LocalDate[] ends;

        EpisodeCare(Episode episode) {
            this.episode = episode;
            this.removal = episode.removalDate();
            this.discharge = episode.dischargeDate();
        }

        void seal() {
            if (!placementList.isEmpty()) {
                placementList.sort(Comparator.comparing(Placement::startDate)
                        .thenComparing(Placement::endDate, Comparator.nullsLast(Comparator.naturalOrder())));
                placements = placementList.toArray(NONE);
            }
            placementList = null;
            ends = new LocalDate[placements.length];
            for (int i = 0; i < placements.length; i++) {
                ends[i] = min(placements[i].endDate(), discharge);
            }
        }

        /** In care on a day: from the removal date up to the day before discharge. */
        boolean inCareOn(LocalDate day) {
            return !day.isBefore(removal) && (discharge == null || day.isBefore(discharge));
        }

        /** A closed stay shorter than 8 days; an open episode is never short. */
        boolean isShortStay() {
            return discharge != null && days(removal, discharge) < 8;
        }

        /** The placement in effect on a day (the latest one started), or {@code null}. */
        Placement placementOn(LocalDate day) {
            for (int i = placements.length - 1; i >= 0; i--) {
                if (!placements[i].startDate().isAfter(day) && (ends[i] == null || day.isBefore(ends[i]))) {
                    return placements[i];
                }
            }
            return null;
        }

        /** Days placement {@code i} is in effect within [from, toExclusive). */
        long overlap(int i, LocalDate from, LocalDate toExclusive) {
            LocalDate start = max(placements[i].startDate(), from);
            LocalDate end = min(ends[i], toExclusive);
            return start.isBefore(end) ? days(start, end) : 0;
        }

        /**
         * The placement setting the child spent most days in within [from, toExclusive) (ties: the later one);
         * trial home visits and runaway spells are not placement settings and never chosen. When none overlaps,
         * the last one started before the window ends; {@code null} without placement settings.
         */
        Placement primaryPlacement(LocalDate from, LocalDate toExclusive) {
            Placement best = null;
            long bestDays = 0;
            Placement lastStarted = null;
            for (int i = 0; i < placements.length; i++) {
                if (!placements[i].setting().isPlacementSetting()) {
                    continue;
                }
                if (placements[i].startDate().isBefore(toExclusive) || !placements[i].startDate().isAfter(from)) {
                    lastStarted = placements[i];
                }
                long d = overlap(i, from, toExclusive);
                if (d > 0 && d >= bestDays) {
                    best = placements[i];
                    bestDays = d;
                }
            }
            return best != null ? best : lastStarted;
        }

        /**
         * The start of the trial home visit the episode ended on (a run of trial home visit placements reaching the
         * discharge), or {@code null}.
         */
        LocalDate finalTrialHomeVisitStart() {
            LocalDate start = null;
            for (int i = placements.length - 1; i >= 0; i--) {
                if (placements[i].setting() != Setting.TRIAL_HOME_VISIT) {
                    break;
                }
                start = placements[i].startDate();
            }
            return start;
        }
    }
}
