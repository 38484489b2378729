package org.providernetwork.domain.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * From item ratings to component and overall ratings. A rating counts toward a share only when the item
 * applied: the share is strengths / (strengths + areas needing improvement); not-applicable ratings are
 * counted but left out of the share. The same tallies add up per case, per region and statewide.
 */
public final class Scoring {

    private Scoring() {
    }

    /** The ratings of a set of items. */
    public record Tally(int strengths, int needsWork, int notApplicable) {

        public static final Tally NONE = new Tally(0, 0, 0);

        public static Tally of(Rating rating) {
            return switch (rating) {
                case STRENGTH -> new Tally(1, 0, 0);
                case NEEDS_WORK -> new Tally(0, 1, 0);
                case NOT_APPLICABLE -> new Tally(0, 0, 1);
            };
        }

        public Tally plus(Tally other) {
            return new Tally(strengths + other.strengths, needsWork + other.needsWork, notApplicable + other.notApplicable);
        }

        public int applicable() {
            return strengths + needsWork;
        }

        /** The share rated strength among the applicable ratings, or null when none applied. */
        public Double share() {
            return applicable() == 0 ? null : (double) strengths / applicable();
        }

        /** The share as a whole percentage, or null. */
        public Integer percent() {
            Double share = share();
            return share == null ? null : (int) Math.round(share * 100);
        }
    }

    /** One rating of one item, with the item's component and code. */
    public record Rated(String componentCode, String itemCode, Rating rating) {
    }

    /** Tallies per component, in the order of {@code components} (components without ratings get none). */
    public static Map<String, Tally> byComponent(List<String> components, Collection<Rated> ratings) {
        Map<String, Tally> result = new LinkedHashMap<>();
        components.forEach(c -> result.put(c, Tally.NONE));
        for (Rated r : ratings) {
            result.merge(r.componentCode(), Tally.of(r.rating()), Tally::plus);
        }
        return result;
    }

    /** Tallies per item (by item code), in the order of {@code items}. */
    public static Map<String, Tally> byItem(List<String> items, Collection<Rated> ratings) {
        Map<String, Tally> result = new LinkedHashMap<>();
        items.forEach(i -> result.put(i, Tally.NONE));
        for (Rated r : ratings) {
            result.merge(r.itemCode(), Tally.of(r.rating()), Tally::plus);
        }
        return result;
    }

    public static Tally overall(Collection<Rated> ratings) {
        Tally total = Tally.NONE;
        for (Rated r : ratings) {
            total = total.plus(Tally.of(r.rating()));
        }
        return total;
    }

    /** A component's share at the baseline and at the follow-up, and the change in percentage points. */
    public record Change(String componentCode, Integer baselinePercent, Integer followUpPercent) {
        public Integer delta() {
            return baselinePercent == null || followUpPercent == null ? null : followUpPercent - baselinePercent;
        }
    }

    /** Baseline against follow-up, component by component (and the overall last, as "OVERALL"). */
    public static List<Change> compare(List<String> components, Collection<Rated> baseline, Collection<Rated> followUp) {
        Map<String, Tally> before = byComponent(components, baseline);
        Map<String, Tally> after = byComponent(components, followUp);
        List<Change> changes = new ArrayList<>();
        for (String component : components) {
            changes.add(new Change(component, before.get(component).percent(), after.get(component).percent()));
        }
        changes.add(new Change("OVERALL", overall(baseline).percent(), overall(followUp).percent()));
        return changes;
    }
}
