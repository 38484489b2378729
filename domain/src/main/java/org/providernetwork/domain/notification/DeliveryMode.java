package org.providernetwork.domain.notification;

/** How a user wants an event type delivered by e-mail: at once, in the daily digest, or not at all. */
public enum DeliveryMode {
    IMMEDIATE("At once"),
    DIGEST("In the daily digest"),
    OFF("Not by e-mail");

    private final String label;

    DeliveryMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
