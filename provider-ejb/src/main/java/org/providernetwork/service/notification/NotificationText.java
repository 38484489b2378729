package org.providernetwork.service.notification;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The words of a notification mail: a plain subject naming the event and the record's label (a referral
 * number, a contract number; never a child's name), and a body saying what happened, what to do and where.
 */
public final class NotificationText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, h:mm a z", Locale.US);

    private NotificationText() {
    }

    public record Mail(String subject, String body) {
    }

    public static Mail of(Delivery d, String link, ZoneId zone) {
        JsonObject p = parse(d.payload());
        String label = d.label() == null || d.label().isBlank() ? "" : " " + d.label();
        String subject = switch (d.type()) {
            case OFFER_MADE -> "New offer: referral" + label + when(" - answer by ", p, "respondBy", zone);
            case OFFER_HALF_WINDOW -> "Reminder: referral" + label + " still unanswered" + when(" - answer by ", p, "respondBy", zone);
            case REFERRAL_ESCALATED -> "Escalated to you: referral" + label;
            case OFFER_ACCEPTED -> "Offer accepted: referral" + label;
            case OFFER_DECLINED -> "Offer declined: referral" + label;
            case REFERRAL_WITHDRAWN -> "Referral withdrawn:" + label;
            case CONTRACT_EXPIRING -> "Contract" + label + " expires in " + text(p, "daysLeft") + " days";
            case LICENCE_EXPIRING -> "Licence" + label + " expires in " + text(p, "daysLeft") + " days";
            case PLAN_STEP_OVERDUE -> "Overdue improvement-plan step:" + label;
            case IMPORT_FINISHED -> "Import finished:" + label;
        };
        String what = switch (d.type()) {
            case OFFER_MADE -> "A referral has been offered to your organisation. Please accept or decline it"
                    + when(" by ", p, "respondBy", zone) + "; after that it moves on to the next provider.";
            case OFFER_HALF_WINDOW -> "Half of the time to answer this offer has passed and it is still unanswered."
                    + " Please accept or decline it" + when(" by ", p, "respondBy", zone) + ".";
            case REFERRAL_ESCALATED -> "This referral needs your attention: " + text(p, "reason") + ".";
            case OFFER_ACCEPTED -> "The provider accepted the offer; its places are held for the referral.";
            case OFFER_DECLINED -> "The provider declined the offer (reason: " + text(p, "reason").toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + "). The referral moves on to the next match.";
            case REFERRAL_WITHDRAWN -> "The referral was withdrawn; any places held for it are released.";
            case CONTRACT_EXPIRING -> "The contract ends on " + text(p, "endDate") + ". Renew or amend it in time.";
            case LICENCE_EXPIRING -> toldAsLead(d, p)
                    ? "A licence of an offering of a local provider in your region expires on " + text(p, "expiresOn")
                    + ". The provider has been asked to upload the renewed licence; once it lapses the offering is not"
                    + " matched with referrals until it is renewed."
                    : "The licence expires on " + text(p, "expiresOn") + ". Please upload the renewed licence.";
            case PLAN_STEP_OVERDUE -> "A step of an improvement plan was due on " + text(p, "dueDate") + " and is not done.";
            case IMPORT_FINISHED -> "The import finished: " + text(p, "summary") + ".";
        };
        String body = what + "\n\nOpen it in the portal: " + link + "\n\n"
                + "You receive this because of your notification settings in the portal. Delivery " + d.id() + ".\n";
        return new Mail(subject, body);
    }

    /** One mail for a user's daily digest. */
    public static Mail digest(List<Delivery> items, java.util.function.Function<Delivery, String> link, ZoneId zone) {
        StringBuilder body = new StringBuilder("Your daily summary from the portal (" + items.size() + " notice"
                + (items.size() == 1 ? "" : "s") + "):\n\n");
        for (Delivery d : items) {
            Mail one = of(d, link.apply(d), zone);
            body.append("- ").append(one.subject()).append("\n  ").append(link.apply(d)).append('\n');
        }
        return new Mail("Your daily portal summary: " + items.size() + " notice" + (items.size() == 1 ? "" : "s"),
                body.toString());
    }

    private static String when(String prefix, JsonObject p, String key, ZoneId zone) {
        if (!p.containsKey(key) || p.get(key).getValueType() != JsonValue.ValueType.STRING) {
            return "";
        }
        return prefix + WHEN.format(Instant.parse(p.getString(key)).atZone(zone));
    }

    /** Whether a licence notice reaches a lead about one of its region's providers rather than the provider itself. */
    private static boolean toldAsLead(Delivery d, JsonObject p) {
        return p.get("providerId") instanceof jakarta.json.JsonNumber provider && provider.longValue() != d.organisationId();
    }

    private static String text(JsonObject p, String key) {
        if (!p.containsKey(key) || p.isNull(key)) {
            return "-";
        }
        JsonValue v = p.get(key);
        return v.getValueType() == JsonValue.ValueType.STRING ? p.getString(key) : v.toString();
    }

    static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
