package org.providernetwork.domain.outcome;

/** Where a child lives during a placement. */
public enum Setting {
    KIN, FOSTER_HOME, THERAPEUTIC_FOSTER_HOME, GROUP_HOME, INSTITUTION, SHELTER, SUPERVISED_INDEPENDENT_LIVING,
    TRIAL_HOME_VISIT, RUNAWAY;

    private static final java.util.Map<String, Setting> BY_SERVICE = java.util.Map.ofEntries(
            java.util.Map.entry("FOSTER", FOSTER_HOME), java.util.Map.entry("KINSHIP", KIN),
            java.util.Map.entry("THER-FOSTER", THERAPEUTIC_FOSTER_HOME), java.util.Map.entry("SPEC-FOSTER", THERAPEUTIC_FOSTER_HOME),
            java.util.Map.entry("EMRG-SHELTER", SHELTER), java.util.Map.entry("GROUP-HOME", GROUP_HOME),
            java.util.Map.entry("IND-LIVING", SUPERVISED_INDEPENDENT_LIVING));

    /** The setting of a placement at an offering of a placement service type (residential care: an institution). */
    public static Setting forServiceType(String serviceTypeCode) {
        return BY_SERVICE.getOrDefault(serviceTypeCode, INSTITUTION);
    }

    /** A family home: with kin, or a (therapeutic) foster family. */
    public boolean isFamilyLike() {
        return this == KIN || this == FOSTER_HOME || this == THERAPEUTIC_FOSTER_HOME;
    }

    /**
     * A placement setting in the federal sense: one whose start is a placement move. Trial home visits and runaway
     * spells are days in care but not placement settings, so going to or coming back from one is not a move.
     */
    public boolean isPlacementSetting() {
        return this != TRIAL_HOME_VISIT && this != RUNAWAY;
    }
}
