package org.providernetwork.domain.referral;

/**
 * Domains of the strengths-and-needs assessment, rated 0-3 (0 no evidence, 1 watch, 2 act, 3 act now);
 * a rating of 2 or 3 is an actionable need. A domain that a specialised population answers names its
 * need code, so that matching can prefer services specialised in the child's actionable needs.
 */
public enum NeedDomain {
    EMOTIONAL_BEHAVIOURAL("Emotional and behavioural needs", "MENTAL-HEALTH"),
    TRAUMA("Trauma symptoms", "MENTAL-HEALTH"),
    RISK_AGGRESSION("Aggression and danger to others", "AGGRESSION"),
    SUBSTANCE_USE("Substance use", "SUBSTANCE-USE"),
    SEXUAL_BEHAVIOUR("Problematic sexual behaviour", "SEXUAL-BEHAVIOUR"),
    DEVELOPMENTAL("Developmental and intellectual", "DEV-DISABILITY"),
    MEDICAL("Medical and health", "MED-FRAGILE"),
    PHYSICAL("Physical disability", "PHYSICAL-DISABILITY"),
    EXPLOITATION("Exploitation and trafficking", "TRAFFICKING"),
    PARENTING_YOUTH("Pregnant or parenting youth", "PREGNANT-PARENTING"),
    SCHOOL("School functioning", null),
    FAMILY_FUNCTIONING("Family functioning", null),
    CAREGIVER_CAPACITY("Caregiver capacity", null);

    public static final int ACTIONABLE = 2;

    private final String label;
    private final String needCode;

    NeedDomain(String label, String needCode) {
        this.label = label;
        this.needCode = needCode;
    }

    public String getLabel() {
        return label;
    }

    /** The need code of the specialised population that answers this domain, or null. */
    public String needCode() {
        return needCode;
    }
}
