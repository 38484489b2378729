package org.providernetwork.service.outcome;

import java.io.Serializable;

/**
 * What an extract changes in the outcome history (docs/outcome-data.md, "Re-import"): children new to the history
 * and children whose rows changed; episodes added, closed (open in the history, discharged in the extract) and
 * otherwise corrected; placements added, replaced by a corrected row and removed from an episode the extract sends
 * again without them; maltreatment reports added and replaced.
 */
public record AfcarsChanges(int childrenAdded, int childrenUpdated, int episodesAdded, int episodesClosed,
                            int episodesReplaced, int placementsAdded, int placementsReplaced, int placementsRemoved,
                            int reportsAdded, int reportsReplaced) implements Serializable {

    public static final AfcarsChanges NONE = new AfcarsChanges(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public AfcarsChanges plus(AfcarsChanges o) {
        return new AfcarsChanges(childrenAdded + o.childrenAdded, childrenUpdated + o.childrenUpdated,
                episodesAdded + o.episodesAdded, episodesClosed + o.episodesClosed, episodesReplaced + o.episodesReplaced,
                placementsAdded + o.placementsAdded, placementsReplaced + o.placementsReplaced,
                placementsRemoved + o.placementsRemoved, reportsAdded + o.reportsAdded, reportsReplaced + o.reportsReplaced);
    }

    /** Nothing changes: every row of the extract is already in the history as it stands. */
    public boolean none() {
        return equals(NONE);
    }
}
