package org.providernetwork.domain.outcome;

import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.Objects;

/** In-home services a child receives while living at home, both days included; {@code end} is null while open. */
public record InHomeService(String childId, LocalDate start, LocalDate end) {

    public InHomeService {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new InvalidInputException("end", "in-home services of child " + childId + " end before they start");
        }
    }
}
