package org.providernetwork.domain.contract;

import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;

/** A contract period, both days included. */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        if (start == null || end == null) {
            throw new InvalidInputException("period", "a period has a start and an end date");
        }
        if (end.isBefore(start)) {
            throw new InvalidInputException("period", "the period ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean contains(Period other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public boolean overlaps(Period other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    @Override
    public String toString() {
        return start + " to " + end;
    }
}
