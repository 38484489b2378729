package org.providernetwork.domain.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The events the portal tells people and systems about, with the words a person reads. */
public enum EventType {
    OFFER_MADE("New offer to answer"),
    OFFER_HALF_WINDOW("Offer half-way to its deadline, still unanswered"),
    REFERRAL_ESCALATED("Referral escalated to the lead"),
    OFFER_ACCEPTED("Offer accepted"),
    OFFER_DECLINED("Offer declined"),
    REFERRAL_WITHDRAWN("Referral withdrawn"),
    CONTRACT_EXPIRING("Contract expiring"),
    LICENCE_EXPIRING("Licence expiring"),
    PLAN_STEP_OVERDUE("Improvement-plan step overdue"),
    IMPORT_FINISHED("Import finished");

    /** Longest name of an event type, the column width of the tables that keep them. */
    public static final int MAX_LENGTH = 40;

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The type named {@code name} (case-insensitive), if there is one. */
    public static Optional<EventType> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().equals(wanted)).findFirst();
    }
}
