package org.providernetwork.domain.outcome;

/** Why a removal episode ended (the AFCARS discharge reasons, in the portal's words). */
public enum DischargeReason {
    REUNIFICATION, LIVING_WITH_RELATIVE, GUARDIANSHIP, ADOPTION, EMANCIPATION, TRANSFER, RUNAWAY, DEATH;

    /** Permanency as the federal statewide data indicators count it: reunification, relative, guardianship, adoption. */
    public boolean isPermanency() {
        return this == REUNIFICATION || this == LIVING_WITH_RELATIVE || this == GUARDIANSHIP || this == ADOPTION;
    }

    /** The exits after which the re-entry indicator follows a child: reunification, relative, guardianship. */
    public boolean isReentryExit() {
        return this == REUNIFICATION || this == LIVING_WITH_RELATIVE || this == GUARDIANSHIP;
    }
}
