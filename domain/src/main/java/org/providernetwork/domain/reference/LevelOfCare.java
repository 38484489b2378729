package org.providernetwork.domain.reference;

import java.util.Locale;

/**
 * How restrictive a placement is, from the least restrictive (with kin) to the most (an institution). The
 * declared order is the ordering: matching prefers the least restrictive level that meets the child's needs.
 * Which service type belongs to which level is reference data ({@code service_type.level_of_care}); a
 * service that does not place a child (in-home services, assessment, ...) has no level.
 */
public enum LevelOfCare {
    /** With relatives or close family friends. */
    KIN("Kinship care"),
    /** A family foster home. */
    FOSTER("Foster care"),
    /** A foster home with trained therapeutic or specialised parents. */
    THERAPEUTIC_FOSTER("Therapeutic foster care"),
    /** Congregate care: a group home or an emergency shelter. */
    GROUP("Group care"),
    /** A residential treatment facility or a hospital. */
    INSTITUTION("Institutional care");

    private final String label;

    LevelOfCare(String label) {
        this.label = label;
    }

    /** Words for users ("Therapeutic foster care"). */
    public String label() {
        return label;
    }

    /** The label inside a sentence ("therapeutic foster care"). */
    public String inWords() {
        return label.toLowerCase(Locale.ROOT);
    }

    /** Whether this level is more restrictive than {@code other}. */
    public boolean isMoreRestrictiveThan(LevelOfCare other) {
        return compareTo(other) > 0;
    }
}
