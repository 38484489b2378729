package org.providernetwork.service.notification;

import org.providernetwork.domain.notification.DeliveryMode;
import org.providernetwork.domain.notification.EventType;

/** How one user wants one event type delivered by e-mail. */
public record PreferenceView(EventType eventType, String label, DeliveryMode mode) {
}
