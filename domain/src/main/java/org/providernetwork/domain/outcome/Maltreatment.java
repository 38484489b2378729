package org.providernetwork.domain.outcome;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A maltreatment report naming the child as an alleged victim.
 *
 * @param substantiated substantiated or indicated
 * @param inCare        what the investigation system says; the engine decides "in care" from the episode dates
 */
public record Maltreatment(String childId, LocalDate reportDate, boolean substantiated, boolean inCare) {

    public Maltreatment {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(reportDate, "reportDate");
    }
}
