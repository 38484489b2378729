package org.providernetwork.domain.referral;

import java.time.Duration;

/** How fast a referral needs an answer; each urgency has a response window (configurable, these are the defaults). */
public enum Urgency {
    EMERGENCY("Emergency", Duration.ofHours(2)),
    URGENT("Urgent", Duration.ofHours(24)),
    ROUTINE("Routine", Duration.ofHours(72));

    private final String label;
    private final Duration defaultWindow;

    Urgency(String label, Duration defaultWindow) {
        this.label = label;
        this.defaultWindow = defaultWindow;
    }

    public String getLabel() {
        return label;
    }

    public Duration defaultWindow() {
        return defaultWindow;
    }
}
