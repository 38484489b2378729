package org.providernetwork.domain.referral;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The assessed safety risk of the child or family. A referral has one; an offering accepts some of them
 * (all by default), and matching leaves out an offering that does not accept the referral's.
 */
public enum RiskLevel {
    LOW("Low"), MODERATE("Moderate"), HIGH("High");

    /** Length of the column that keeps a set of risk levels as codes ({@link #codes}): "LOW,MODERATE,HIGH". */
    public static final int CODES_MAX_LENGTH = 32;

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    /** Words for users ("Moderate"). */
    public String label() {
        return label;
    }

    /** Every level: what an offering accepts unless it says otherwise. */
    public static Set<RiskLevel> all() {
        return EnumSet.allOf(RiskLevel.class);
    }

    /** The levels as codes in their order, comma-separated ("LOW,MODERATE"): how a column keeps them. */
    public static String codes(Collection<RiskLevel> levels) {
        StringJoiner joined = new StringJoiner(",");
        ordered(levels).forEach(level -> joined.add(level.name()));
        return joined.toString();
    }

    /** The levels kept by {@link #codes}; every level for an empty or missing value. */
    public static Set<RiskLevel> fromCodes(String codes) {
        if (codes == null || codes.isBlank()) {
            return all();
        }
        Set<RiskLevel> levels = EnumSet.noneOf(RiskLevel.class);
        for (String code : codes.split(",")) {
            levels.add(RiskLevel.valueOf(code.trim().toUpperCase(Locale.ROOT)));
        }
        return levels;
    }

    /** The levels in words, in their order: "low and moderate", "low, moderate and high". */
    public static String inWords(Collection<RiskLevel> levels) {
        StringBuilder words = new StringBuilder();
        RiskLevel[] ordered = ordered(levels).toArray(new RiskLevel[0]);
        for (int i = 0; i < ordered.length; i++) {
            words.append(i == 0 ? "" : i == ordered.length - 1 ? " and " : ", ")
                    .append(ordered[i].label.toLowerCase(Locale.ROOT));
        }
        return words.toString();
    }

    private static EnumSet<RiskLevel> ordered(Collection<RiskLevel> levels) {
        EnumSet<RiskLevel> ordered = EnumSet.noneOf(RiskLevel.class);
        ordered.addAll(levels);
        return ordered;
    }
}
