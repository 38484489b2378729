package org.providernetwork.service.outcome;

import org.providernetwork.service.outcome.ExtractRows.Child;
import org.providernetwork.service.outcome.ExtractRows.Episode;
import org.providernetwork.service.outcome.ExtractRows.Placement;
import org.providernetwork.service.outcome.ExtractRows.Report;
import org.providernetwork.service.outcome.ExtractRows.Stored;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one child of an extract changes the outcome history (docs/outcome-data.md, "Re-import"); pure, no I/O.
 * <ul>
 * <li>A child new to the history is added with all its rows.</li>
 * <li>A known child's own row is replaced; format 1 carries no home county, sibling group nor removal county, so a
 * format 1 re-import keeps the stored ones.</li>
 * <li>Episodes are matched by their number: a new number is added; an episode open in the history and discharged
 * in the extract is closed; any other difference replaces the stored row. Episodes the extract does not list
 * are kept as they are.</li>
 * <li>An episode the extract lists comes whole with its placements: they are matched to the stored placements of
 * that episode by start date (in order of end date where several start on one day); a differing match replaces the
 * stored row, an extract placement without a match is added, a stored one without a match is removed.</li>
 * <li>Reports are matched by report id (format 1: by date among the stored reports without an id); a differing
 * match replaces the stored row, a report without a match is added. Stored reports the extract does not list
 * are kept.</li>
 * </ul>
 */
final class ExtractReconciliation {

    private ExtractReconciliation() {
    }

    /** The writes one child needs, and what they change. {@code storedId} is null for a new child. */
    record Plan(Child child, Long storedId, boolean childChanged,
                List<Episode> episodeInserts, List<Stored<Episode>> episodeUpdates,
                List<Placement> placementInserts, List<Stored<Placement>> placementUpdates, List<Long> placementDeletes,
                List<Report> reportInserts, List<Stored<Report>> reportUpdates, AfcarsChanges changes) {
    }

    /**
     * Reconciles the extract's rows of one child with what the history holds about it ({@code stored}, or null when
     * the child is new). {@code fullChild} says the extract's format carries the home county, sibling group and
     * removal county (format 2).
     */
    static Plan reconcile(Child child, List<Episode> episodes, List<Placement> placements, List<Report> reports,
                          StoredChild stored, boolean fullChild) {
        if (stored == null) {
            return new Plan(child, null, true, List.copyOf(episodes), List.of(), List.copyOf(placements), List.of(), List.of(),
                    List.copyOf(reports), List.of(), new AfcarsChanges(1, 0, episodes.size(), 0, 0, placements.size(), 0, 0,
                    reports.size(), 0));
        }
        Child merged = fullChild ? child : new Child(child.row(), child.id(), child.birth(), child.sex(),
                stored.child().homeCounty(), stored.child().siblingGroup(), stored.child().removalCounty());
        boolean childChanged = !merged.sameAs(stored.child());

        Map<Integer, Stored<Episode>> storedEpisodes = new HashMap<>();
        stored.episodes().forEach(e -> storedEpisodes.put(e.row().no(), e));
        List<Episode> episodeInserts = new ArrayList<>();
        List<Stored<Episode>> episodeUpdates = new ArrayList<>();
        int closed = 0;
        int replaced = 0;
        Set<Integer> sent = new HashSet<>();
        for (Episode e : episodes) {
            sent.add(e.no());
            Stored<Episode> old = storedEpisodes.get(e.no());
            if (old == null) {
                episodeInserts.add(e);
            } else if (!e.sameAs(old.row())) {
                episodeUpdates.add(new Stored<>(old.id(), e));
                if (old.row().discharge() == null && e.discharge() != null) {
                    closed++;
                } else {
                    replaced++;
                }
            }
        }

        Map<Integer, List<Placement>> sentPlacements = new LinkedHashMap<>();
        placements.forEach(p -> sentPlacements.computeIfAbsent(p.episode(), k -> new ArrayList<>()).add(p));
        Map<Integer, List<Stored<Placement>>> storedPlacements = new HashMap<>();
        stored.placements().forEach(p -> storedPlacements.computeIfAbsent(p.row().episode(), k -> new ArrayList<>()).add(p));
        List<Placement> placementInserts = new ArrayList<>();
        List<Stored<Placement>> placementUpdates = new ArrayList<>();
        List<Long> placementDeletes = new ArrayList<>();
        Comparator<Placement> order = Comparator.comparing(Placement::start)
                .thenComparing(Placement::end, Comparator.nullsLast(Comparator.naturalOrder()));
        for (int episode : sent) {
            List<Placement> fresh = new ArrayList<>(sentPlacements.getOrDefault(episode, List.of()));
            fresh.sort(order);
            List<Stored<Placement>> old = new ArrayList<>(storedPlacements.getOrDefault(episode, List.of()));
            old.sort(Comparator.comparing(Stored::row, order));
            for (Placement p : fresh) {
                Stored<Placement> match = old.stream().filter(o -> o.row().start().equals(p.start())).findFirst().orElse(null);
                if (match == null) {
                    placementInserts.add(p);
                } else {
                    old.remove(match);
                    if (!p.sameAs(match.row())) {
                        placementUpdates.add(new Stored<>(match.id(), p));
                    }
                }
            }
            old.forEach(o -> placementDeletes.add(o.id()));
        }

        List<Report> reportInserts = new ArrayList<>();
        List<Stored<Report>> reportUpdates = new ArrayList<>();
        List<Stored<Report>> unmatched = new ArrayList<>(stored.reports());
        for (Report r : reports) {
            Stored<Report> match = unmatched.stream().filter(o -> r.reportId() != null
                    ? r.reportId().equals(o.row().reportId())
                    : o.row().reportId() == null && o.row().date().equals(r.date())).findFirst().orElse(null);
            if (match == null) {
                reportInserts.add(r);
            } else {
                unmatched.remove(match);
                if (!r.sameAs(match.row())) {
                    reportUpdates.add(new Stored<>(match.id(), r));
                }
            }
        }

        AfcarsChanges changes = new AfcarsChanges(0, 0, episodeInserts.size(), closed, replaced, placementInserts.size(),
                placementUpdates.size(), placementDeletes.size(), reportInserts.size(), reportUpdates.size());
        boolean updated = childChanged || !changes.none();
        if (updated) {
            changes = changes.plus(new AfcarsChanges(0, 1, 0, 0, 0, 0, 0, 0, 0, 0));
        }
        return new Plan(merged, stored.id(), childChanged, episodeInserts, episodeUpdates, placementInserts, placementUpdates,
                placementDeletes, reportInserts, reportUpdates, changes);
    }
}
