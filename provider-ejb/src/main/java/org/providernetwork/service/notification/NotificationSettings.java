package org.providernetwork.service.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.providernetwork.domain.notification.Backoff;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** The notification settings (see docs/configuration.md and docs/notifications.md). */
@ApplicationScoped
public class NotificationSettings {

    @Inject
    @ConfigProperty(name = "portal.mail.host")
    Optional<String> mailHost;

    @Inject
    @ConfigProperty(name = "portal.mail.port", defaultValue = "25")
    int mailPort;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "portal@localhost")
    String mailFrom;

    @Inject
    @ConfigProperty(name = "portal.mail.user")
    Optional<String> mailUser;

    @Inject
    @ConfigProperty(name = "portal.mail.password")
    Optional<String> mailPassword;

    @Inject
    @ConfigProperty(name = "portal.mail.starttls", defaultValue = "false")
    boolean mailStartTls;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://127.0.0.1:8080/")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "portal.notify.poll-seconds", defaultValue = "5")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "portal.notify.reminder-seconds", defaultValue = "60")
    int reminderSeconds;

    @Inject
    @ConfigProperty(name = "portal.notify.lease-seconds", defaultValue = "60")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "portal.notify.retry-first-seconds", defaultValue = "30")
    int retryFirstSeconds;

    @Inject
    @ConfigProperty(name = "portal.notify.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "portal.notify.digest-hour", defaultValue = "7")
    int digestHour;

    @Inject
    @ConfigProperty(name = "portal.notify.webhook-timeout-seconds", defaultValue = "10")
    int webhookTimeoutSeconds;

    /** The SMTP host; empty when mail is off (messages are written to the log instead). */
    public Optional<String> mailHost() {
        return mailHost.filter(h -> !h.isBlank()).map(String::trim);
    }

    public int mailPort() {
        return mailPort;
    }

    public String mailFrom() {
        return mailFrom;
    }

    public Optional<String> mailUser() {
        return mailUser.filter(u -> !u.isBlank());
    }

    public Optional<String> mailPassword() {
        return mailPassword;
    }

    public boolean mailStartTls() {
        return mailStartTls;
    }

    /** The link to a record: the portal's public address and the record's page. */
    public String link(String path) {
        URI base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        return base.resolve(path == null ? "" : path.startsWith("/") ? path.substring(1) : path).toString();
    }

    public Duration poll() {
        return Duration.ofSeconds(Math.max(1, pollSeconds));
    }

    /** How often the time-based reminders (half window, expiries, overdue steps) are looked for. */
    public Duration reminders() {
        return Duration.ofSeconds(Math.max(1, reminderSeconds));
    }

    public Duration lease() {
        return Duration.ofSeconds(Math.max(5, leaseSeconds));
    }

    public Backoff backoff() {
        Duration first = Duration.ofSeconds(Math.max(1, retryFirstSeconds));
        Duration longest = Duration.ofHours(1);
        return new Backoff(first, longest.compareTo(first) < 0 ? first : longest, Math.max(1, maxAttempts));
    }

    public int digestHour() {
        return Math.floorMod(digestHour, 24);
    }

    public Duration webhookTimeout() {
        return Duration.ofSeconds(Math.max(1, webhookTimeoutSeconds));
    }
}
