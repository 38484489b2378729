package org.providernetwork.service.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.providernetwork.domain.matching.MatchWeights;
import org.providernetwork.domain.referral.Urgency;
import org.providernetwork.domain.shared.InvalidInputException;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The configurable rules of routing: the response window of each urgency
 * ({@code portal.referral.window.emergency=PT2H}, {@code .urgent=PT24H}, {@code .routine=PT72H}), how many
 * matches an emergency is offered to at once ({@code portal.referral.emergency-offers=3}), and the weights
 * of the matching factors ({@code portal.matching.<factor>=...}). Read once at start-up.
 */
@ApplicationScoped
public class ReferralPolicy {

    @Inject
    private Config config;

    private final Map<Urgency, Duration> windows = new EnumMap<>(Urgency.class);
    private int emergencyOffers;
    private MatchWeights weights;

    @jakarta.annotation.PostConstruct
    void read() {
        for (Urgency urgency : Urgency.values()) {
            String key = "portal.referral.window." + urgency.name().toLowerCase(Locale.ROOT);
            String value = config.getOptionalValue(key, String.class).orElse(null);
            try {
                windows.put(urgency, value == null ? urgency.defaultWindow() : Duration.parse(value.trim()));
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(key + " is not a duration such as PT24H: " + value, e);
            }
        }
        emergencyOffers = config.getOptionalValue("portal.referral.emergency-offers", Integer.class).orElse(3);
        Map<String, String> weightSettings = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("portal.matching.")) {
                weightSettings.put(name.substring("portal.matching.".length()), config.getValue(name, String.class));
            }
        }
        try {
            weights = MatchWeights.fromMap(weightSettings);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("matching weights: " + e.getMessage(), e);
        }
    }

    public Duration window(Urgency urgency) {
        return windows.get(urgency);
    }

    public int offersAtOnce(Urgency urgency) {
        return urgency == Urgency.EMERGENCY ? Math.max(1, emergencyOffers) : 1;
    }

    public MatchWeights weights() {
        return weights;
    }
}
