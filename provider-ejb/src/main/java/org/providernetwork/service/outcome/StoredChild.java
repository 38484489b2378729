package org.providernetwork.service.outcome;

import java.util.List;

/**
 * A child already in the outcome history with what a re-import reconciles: its episodes, the placements and reports
 * of the state's extracts; and, apart, the placements providers reported through the portal ({@code reported}),
 * which an extract neither replaces nor removes, and which its placements may not overlap. Reports of incidents
 * providers made are not listed: an extract leaves them alone.
 */
record StoredChild(long id, ExtractRows.Child child, List<ExtractRows.Stored<ExtractRows.Episode>> episodes,
                   List<ExtractRows.Stored<ExtractRows.Placement>> placements,
                   List<ExtractRows.Stored<ExtractRows.Report>> reports, List<ExtractRows.Placement> reported) {

    StoredChild {
        episodes = List.copyOf(episodes);
        placements = List.copyOf(placements);
        reports = List.copyOf(reports);
        reported = List.copyOf(reported);
    }

    StoredChild(long id, ExtractRows.Child child, List<ExtractRows.Stored<ExtractRows.Episode>> episodes,
                List<ExtractRows.Stored<ExtractRows.Placement>> placements, List<ExtractRows.Stored<ExtractRows.Report>> reports) {
        this(id, child, episodes, placements, reports, List.of());
    }
}
