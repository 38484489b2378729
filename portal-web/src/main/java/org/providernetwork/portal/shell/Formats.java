package org.providernetwork.portal.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How pages show values ({@code #{formats.instant(x)}}). Times are shown in UTC, as they are stored. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String instant(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    /** An amount of money with thousands grouped and two decimals ($1,234.50). */
    public String money(java.math.BigDecimal amount) {
        return amount == null ? "" : String.format(java.util.Locale.US, "$%,.2f", amount);
    }
}
