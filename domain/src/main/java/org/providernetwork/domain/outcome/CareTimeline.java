package org.providernetwork.domain.outcome;

import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One child's time in care as providers report it: the removal episodes and their placements. It checks each
 * report before it is written, so the history stays one the indicator engine can count: dates in order, never in
 * the future, no two placements of the child on the same days, a move only while the child is in care, and a
 * discharge that closes the open placement with the episode.
 */
public final class CareTimeline {

    /** The longest note a report on a child's care (a discharge, a school change, units delivered) carries. */
    public static final int REPORT_NOTE_LENGTH = 300;

    private final List<Episode> episodes;
    private final List<Placement> placements;

    private CareTimeline(List<Episode> episodes, List<Placement> placements) {
        this.episodes = episodes.stream().sorted(Comparator.comparing(Episode::removalDate)).toList();
        this.placements = placements.stream().sorted(Comparator.comparing(Placement::startDate)).toList();
    }

    public static CareTimeline of(List<Episode> episodes, List<Placement> placements) {
        return new CareTimeline(List.copyOf(episodes), List.copyOf(placements));
    }

    /** The episode still open (the child is in care now), if any. */
    public Optional<Episode> openEpisode() {
        return episodes.stream().filter(Episode::isOpen).findFirst();
    }

    /** The placement still running, if any. */
    public Optional<Placement> openPlacement() {
        return placements.stream().filter(p -> p.endDate() == null).findFirst();
    }

    /**
     * The day from which the child has been in care with no current placement, if so today: the open episode's last
     * placement ended (a provider completed its placement without a discharge) and no later one is recorded, or none
     * was ever recorded for the episode (then the removal date). Empty when the child is not in care or is placed
     * (any placement record counts, a trial home visit or a temporary absence too). The child is still in care: only
     * a discharge ends the episode; these days are not days in care for the day-based indicators, see
     * docs/indicators.md, "Days in care without a placement".
     */
    public Optional<LocalDate> withoutPlacementSince(LocalDate today) {
        Optional<Episode> open = openEpisode().filter(e -> !e.removalDate().isAfter(today));
        if (open.isEmpty()) {
            return Optional.empty();
        }
        int episode = open.get().episodeNo();
        LocalDate since = open.get().removalDate();
        for (Placement p : placements) {
            if (p.episodeNo() != episode) {
                continue;
            }
            if (!p.startDate().isAfter(today) && (p.endDate() == null || p.endDate().isAfter(today))) {
                return Optional.empty();
            }
            if (p.endDate() != null && p.endDate().isAfter(since) && !p.endDate().isAfter(today)) {
                since = p.endDate();
            }
        }
        return Optional.of(since);
    }

    /** Whether the child was in care on the day: removed on or before it, not yet discharged (discharge day excluded). */
    public boolean inCareOn(LocalDate day) {
        return episodes.stream().anyMatch(e -> !e.removalDate().isAfter(day)
                && (e.dischargeDate() == null || e.dischargeDate().isAfter(day)));
    }

    /**
     * Checks a move to a new placement starting on {@code start}: the child must be in care, and the new placement
     * may start neither before the removal, nor before the current placement began, nor inside an earlier placement.
     * Two moves on one day are allowed (the placement between lasts no day). Returns the episode number the new
     * placement belongs to; the caller ends the open placement, if any, on {@code start}.
     */
    public int checkMove(LocalDate start, Setting setting, LocalDate today) {
        notFuture("startDate", start, today);
        if (setting == null) {
            throw new InvalidInputException("setting", "name the setting of the new placement");
        }
        Episode open = openEpisode().orElseThrow(() -> new ConflictException("episode",
                "the child is not in care: a new removal starts through a referral"));
        if (start.isBefore(open.removalDate())) {
            throw new InvalidInputException("startDate", "the child entered care on " + open.removalDate()
                    + "; a placement cannot start before that");
        }
        Optional<Placement> current = openPlacement();
        if (current.isPresent() && start.isBefore(current.get().startDate())) {
            throw new InvalidInputException("startDate", "the current placement began on " + current.get().startDate()
                    + "; a move cannot start before it");
        }
        for (Placement p : placements) {
            if (p.endDate() != null && p.endDate().isAfter(start)) {
                throw new InvalidInputException("startDate", "overlaps the placement from " + p.startDate() + " to "
                        + p.endDate() + "; a child is in one placement at a time");
            }
        }
        return open.episodeNo();
    }

    /**
     * Checks a discharge from care on {@code day} with a reason: the child must be in care, and the day may be
     * neither before the removal nor before the open placement began. Returns the episode number to close; the
     * caller closes the open placement on the same day.
     */
    public int checkDischarge(LocalDate day, DischargeReason reason, LocalDate today) {
        notFuture("dischargeDate", day, today);
        if (reason == null) {
            throw new InvalidInputException("reason", "a discharge has a reason: REUNIFICATION, LIVING_WITH_RELATIVE,"
                    + " GUARDIANSHIP, ADOPTION, EMANCIPATION, TRANSFER, RUNAWAY or DEATH");
        }
        Episode open = openEpisode().orElseThrow(() -> new ConflictException("episode",
                "the child is not in care; there is nothing to discharge from"));
        if (day.isBefore(open.removalDate())) {
            throw new InvalidInputException("dischargeDate", "the child entered care on " + open.removalDate()
                    + "; the discharge cannot be earlier");
        }
        for (Placement p : placements) {
            if (p.episodeNo() == open.episodeNo() && p.startDate().isAfter(day)) {
                throw new InvalidInputException("dischargeDate", "a placement of this episode began on " + p.startDate()
                        + "; the discharge cannot be earlier");
            }
            if (p.endDate() != null && p.episodeNo() == open.episodeNo() && p.endDate().isAfter(day)) {
                throw new InvalidInputException("dischargeDate", "a placement of this episode runs until " + p.endDate()
                        + "; the discharge cannot be earlier");
            }
        }
        return open.episodeNo();
    }

    /** Checks a day on which something happened to the child in care (a school change): in care, not in the future. */
    public void checkInCare(String field, LocalDate day, LocalDate today) {
        notFuture(field, day, today);
        if (!inCareOn(day)) {
            throw new InvalidInputException(field, "the child was not in care on " + day);
        }
    }

    static void notFuture(String field, LocalDate day, LocalDate today) {
        if (day == null) {
            throw new InvalidInputException(field, "a date such as " + today);
        }
        if (day.isAfter(today)) {
            throw new InvalidInputException(field, day + " is in the future; report what has happened");
        }
    }
}
