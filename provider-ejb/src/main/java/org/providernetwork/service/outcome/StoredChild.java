package org.providernetwork.service.outcome;

import java.util.List;

/** A child already in the outcome history with everything stored about it, as a re-import reconciles it. */
record StoredChild(long id, ExtractRows.Child child, List<ExtractRows.Stored<ExtractRows.Episode>> episodes,
                   List<ExtractRows.Stored<ExtractRows.Placement>> placements,
                   List<ExtractRows.Stored<ExtractRows.Report>> reports) {

    StoredChild {
        episodes = List.copyOf(episodes);
        placements = List.copyOf(placements);
        reports = List.copyOf(reports);
    }
}
