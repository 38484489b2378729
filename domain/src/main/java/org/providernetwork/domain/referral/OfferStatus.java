package org.providernetwork.domain.referral;

/** Where one offer to one service stands. */
public enum OfferStatus {
    /** waiting for the provider's answer */
    OFFERED,
    /** the provider took the referral; places are held */
    ACCEPTED,
    /** the provider said no (or, after accepting, gave it back) */
    DECLINED,
    /** no answer inside the response window */
    EXPIRED,
    /** the referral was withdrawn while this offer was open or accepted */
    WITHDRAWN,
    /** the service ended (discharge) and its places were given back */
    CLOSED
}
