package org.providernetwork.domain.outcome;

import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One placement within a removal episode. The child lives there from the start date up to the day before the end
 * date. Moves are derived from consecutive placements of an episode, never typed in.
 *
 * @param endDate    {@code null} while the placement lasts
 * @param providerId the provider responsible for the placement, or {@code null} (e.g. runaway, trial home visit)
 * @param countyFips the county the child lives in during the placement
 * @param contractId the contract the placement is made under, or {@code null}
 */
public record Placement(String childId, int episodeNo, LocalDate startDate, LocalDate endDate, Setting setting,
                        Long providerId, String countyFips, Long contractId) {

    public Placement {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(setting, "setting");
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidInputException("endDate", "a placement of child " + childId + " ends (" + endDate
                    + ") before it starts (" + startDate + ")");
        }
    }
}
