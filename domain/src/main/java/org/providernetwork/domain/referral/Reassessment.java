package org.providernetwork.domain.referral;

import org.providernetwork.domain.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Needs assessed again while the service goes on: some or all of the intake's domains rated 0-3 once more, on a
 * day between the referral and today. Compared with the intake's ratings it tells which needs eased or grew.
 */
public record Reassessment(LocalDate assessedOn, Map<NeedDomain, Integer> ratings) {

    /** How one domain's rating moved since intake ({@code before} is null when intake did not rate it). */
    public record Change(NeedDomain domain, Integer before, int after) {
        public int delta() {
            return before == null ? 0 : after - before;
        }
    }

    public Reassessment {
        ratings = Collections.unmodifiableMap(new EnumMap<>(ratings));
    }

    public static Reassessment of(LocalDate assessedOn, Map<NeedDomain, Integer> ratings, LocalDate referredOn, LocalDate today) {
        if (assessedOn == null) {
            throw new InvalidInputException("assessedOn", "a date such as " + today);
        }
        if (assessedOn.isAfter(today)) {
            throw new InvalidInputException("assessedOn", assessedOn + " is in the future");
        }
        if (assessedOn.isBefore(referredOn)) {
            throw new InvalidInputException("assessedOn", "the referral was taken in on " + referredOn
                    + "; a reassessment cannot be earlier");
        }
        if (ratings == null || ratings.isEmpty()) {
            throw new InvalidInputException("ratings", "rate at least one need domain 0-3");
        }
        EnumMap<NeedDomain, Integer> checked = new EnumMap<>(NeedDomain.class);
        ratings.forEach((domain, rating) -> {
            if (domain == null) {
                throw new InvalidInputException("ratings", "a rating names its need domain");
            }
            if (rating == null || rating < 0 || rating > 3) {
                throw new InvalidInputException("ratings." + domain.name(), "a rating is 0, 1, 2 or 3");
            }
            checked.put(domain, rating);
        });
        return new Reassessment(assessedOn, checked);
    }

    /** Each rated domain beside its intake rating. */
    public java.util.List<Change> changesSince(Map<NeedDomain, Integer> intake) {
        return ratings.entrySet().stream().map(e -> new Change(e.getKey(), intake.get(e.getKey()), e.getValue())).toList();
    }

    /** Actionable needs (rated 2-3) at intake that are no longer actionable. */
    public long needsResolvedSince(Map<NeedDomain, Integer> intake) {
        return ratings.entrySet().stream().filter(e -> e.getValue() < 2)
                .filter(e -> intake.getOrDefault(e.getKey(), 0) >= 2).count();
    }
}
