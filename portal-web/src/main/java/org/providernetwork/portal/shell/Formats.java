package org.providernetwork.portal.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages and exports show values ({@code #{formats.instant(x)}}): times in the state's time zone (the
 * zone of the application's clock, {@code portal.zone}, America/Chicago by default) with the zone shown,
 * money as dollars, shares as rounded percentages.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final String MINUTES = "yyyy-MM-dd HH:mm z";

    @Inject
    private Clock clock;

    /** An instant as the state's local time with its zone: "2026-11-24 23:21 CST". */
    public String instant(Instant instant) {
        return instant(instant, clock.getZone());
    }

    public static String instant(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofPattern(MINUTES, Locale.US).withZone(zone).format(instant);
    }

    /** The state's time zone as people name it ("Central Time"). */
    public String zoneName() {
        return clock.getZone().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, Locale.US);
    }

    /** A place in an order as people say it: "1st", "2nd", "3rd", "4th", "11th", "22nd". */
    public static String ordinal(int n) {
        int lastTwo = Math.abs(n) % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (Math.abs(n) % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** A referral's place in a waitlist in words: "1st in the queue: the next free place is offered to it". */
    public String queuePlace(int position) {
        return ordinal(position) + " in the queue" + (position == 1 ? ": the next free place is offered to it"
                : ", " + (position - 1) + " ahead of it");
    }

    /** An amount of money with thousands grouped and two decimals ($1,234.50). */
    public String money(BigDecimal amount) {
        return amount == null ? "" : String.format(Locale.US, "$%,.2f", amount);
    }

    /** A share already in percent, rounded to a whole percent: "85 %"; empty when there is none. */
    public String percent(Number value) {
        if (value == null || (value instanceof Double d && d.isNaN())) {
            return "";
        }
        return new BigDecimal(value.toString()).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** A figure with thousands grouped and at most one decimal: "1,234.5", "12". */
    public String number(Number value) {
        if (value == null || (value instanceof Double d && d.isNaN())) {
            return "";
        }
        BigDecimal rounded = new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return String.format(Locale.US, rounded.scale() > 0 ? "%,.1f" : "%,.0f", rounded);
    }

    /** A measured value in its unit ("42.5 %", "4.1 per 1,000 days"), or a dash when there is none. */
    public String measure(Number value, String unit) {
        if (value == null || (value instanceof Double d && d.isNaN())) {
            return "—";
        }
        String figure = number(value);
        return unit == null || unit.isBlank() ? figure : figure + " " + unit;
    }
}
