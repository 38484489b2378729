package org.providernetwork.domain.outcome;

import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One removal episode: from removal from home to discharge from care. The child is in care on every day from the
 * removal date up to the day before the discharge date, so the stay lasts {@code dischargeDate - removalDate} days.
 *
 * @param dischargeDate {@code null} while the episode is open
 * @param reason        {@code null} while the episode is open
 */
public record Episode(String childId, int episodeNo, LocalDate removalDate, LocalDate dischargeDate,
                      DischargeReason reason) {

    public Episode {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(removalDate, "removalDate");
        if (dischargeDate != null && dischargeDate.isBefore(removalDate)) {
            throw new InvalidInputException("dischargeDate", "episode " + episodeNo + " of child " + childId
                    + " ends (" + dischargeDate + ") before it starts (" + removalDate + ")");
        }
        if (dischargeDate != null && reason == null) {
            throw new InvalidInputException("reason", "a closed episode has a discharge reason");
        }
    }

    public boolean isOpen() {
        return dischargeDate == null;
    }
}
