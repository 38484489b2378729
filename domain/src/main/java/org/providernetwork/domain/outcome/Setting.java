package org.providernetwork.domain.outcome;

/**
 * Where a child lives during a placement. Besides the placement settings, a placement record can stand for a
 * temporary absence from the placement (acute hospitalisation, respite care, running away) or a trial home visit:
 * days in care, but not placement settings, so going to one or coming back from it is not a move.
 */
public enum Setting {
    KIN, FOSTER_HOME, THERAPEUTIC_FOSTER_HOME, GROUP_HOME, INSTITUTION, SHELTER, SUPERVISED_INDEPENDENT_LIVING,
    TRIAL_HOME_VISIT, RUNAWAY,
    /** Acute (psychiatric or medical) hospitalisation: a temporary absence from the placement. */
    HOSPITAL,
    /** Respite care: a short break away from the placement, a temporary absence from it. */
    RESPITE;

    private static final java.util.Map<String, Setting> BY_SERVICE = java.util.Map.ofEntries(
            java.util.Map.entry("FOSTER", FOSTER_HOME), java.util.Map.entry("KINSHIP", KIN),
            java.util.Map.entry("THER-FOSTER", THERAPEUTIC_FOSTER_HOME), java.util.Map.entry("SPEC-FOSTER", THERAPEUTIC_FOSTER_HOME),
            java.util.Map.entry("EMRG-SHELTER", SHELTER), java.util.Map.entry("GROUP-HOME", GROUP_HOME),
            java.util.Map.entry("IND-LIVING", SUPERVISED_INDEPENDENT_LIVING),
            java.util.Map.entry("ACUTE-HOSP", HOSPITAL), java.util.Map.entry("RESPITE", RESPITE));

    /**
     * The setting of a placement at an offering of a placement service type: kinship care with kin, acute
     * hospitalisation and respite as temporary absences, residential care (and any other) an institution.
     */
    public static Setting forServiceType(String serviceTypeCode) {
        return BY_SERVICE.getOrDefault(serviceTypeCode, INSTITUTION);
    }

    /** A family home: with kin, or a (therapeutic) foster family. */
    public boolean isFamilyLike() {
        return this == KIN || this == FOSTER_HOME || this == THERAPEUTIC_FOSTER_HOME;
    }

    /** A temporary absence from the placement: acute hospitalisation, respite care or running away. */
    public boolean isTemporaryAbsence() {
        return this == HOSPITAL || this == RESPITE || this == RUNAWAY;
    }

    /**
     * A placement setting in the federal sense: one whose start is a placement move. Trial home visits and
     * temporary absences (hospital, respite, runaway) are days in care but not placement settings, so going to or
     * coming back from one is not a move.
     */
    public boolean isPlacementSetting() {
        return this != TRIAL_HOME_VISIT && !isTemporaryAbsence();
    }
}
