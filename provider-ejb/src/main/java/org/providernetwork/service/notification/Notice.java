package org.providernetwork.service.notification;

import org.providernetwork.domain.notification.EventType;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An event to tell: its type, the record it is about ({@code label} is what a person recognises it by,
 * such as a referral number: never a child's name), the page that shows it, the facts the payload carries
 * (ids, states and dates only), the organisations to tell, and an optional key that makes it once-only.
 */
public record Notice(EventType type, String recordKind, long recordId, String label, String linkPath,
                     Map<String, Object> facts, List<Long> organisations, String dedupeKey) {

    public Notice {
        Objects.requireNonNull(type);
        Objects.requireNonNull(recordKind);
        facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        organisations = organisations.stream().filter(Objects::nonNull).distinct().toList();
    }

    public static Notice of(EventType type, String recordKind, long recordId, String label, String linkPath,
                            Map<String, Object> facts, Collection<Long> organisations) {
        return new Notice(type, recordKind, recordId, label, linkPath, facts, List.copyOf(organisations), null);
    }

    public Notice once(String key) {
        return new Notice(type, recordKind, recordId, label, linkPath, facts, organisations, key);
    }
}
