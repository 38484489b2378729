package org.providernetwork.portal.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.reference.ReferenceViews.CountyView;
import org.providernetwork.service.reference.ReferenceViews.NeedCodeView;
import org.providernetwork.service.reference.ReferenceViews.RegionView;
import org.providernetwork.service.reference.ReferenceViews.ServiceTypeView;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one source of the words a person reads for a code ({@code #{labels.of(r.status())}},
 * {@code #{labels.county(fips)}}): every page and every export of the portal names values through it,
 * while the API keeps the codes.
 * <p>
 * An enum constant is named by the {@code labels} resource bundle ({@code ReferralStatus.IN_PROGRESS=In progress}),
 * else by the enum's own {@code getLabel()}/{@code label()}, else by its name in lower case with its first
 * letter capitalised. Counties, regions, services and need codes are named by the reference data.
 */
@Named
@ApplicationScoped
public class Labels {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("labels", Locale.ENGLISH);

    /** What a list of needs without any reads. */
    public static final String NO_NEED = "No specialised need";

    @Inject
    private ReferenceData reference;

    @Inject
    private org.providernetwork.service.account.Accounts accounts;

    /** The words for an enum constant (or any value: its text), never a code in capitals; empty for null. */
    public String of(Object value) {
        if (value == null) {
            return "";
        }
        if (!(value instanceof Enum<?> constant)) {
            return value.toString();
        }
        return word(constant);
    }

    /** The words for an enum constant, without the reference data (usable outside the container). */
    public static String word(Enum<?> constant) {
        String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException notInBundle) {
            String own = ownLabel(constant);
            return own != null ? capitalised(own) : humanised(constant.name());
        }
    }

    /** A code in capitals as words: {@code IN_PROGRESS} becomes "In progress". */
    public static String humanised(String name) {
        if (name == null) {
            return "";
        }
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return capitalised(words);
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String ownLabel(Enum<?> constant) {
        for (String name : new String[] {"getLabel", "label"}) {
            try {
                Method method = constant.getDeclaringClass().getMethod(name);
                if (method.getReturnType() == String.class) {
                    return (String) method.invoke(constant);
                }
            } catch (ReflectiveOperationException absent) {
                // try the next name
            }
        }
        return null;
    }

    /** A county's name from its FIPS code ("Adams County"); the code itself only when it is unknown. */
    public String county(String fips) {
        if (fips == null || fips.isBlank()) {
            return "";
        }
        return reference.county(fips).map(CountyView::name).orElse(fips);
    }

    /** A region's name ("Region 1 (Northwest)"), from its code. */
    public String region(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return reference.region(code).map(RegionView::name).orElse(code);
    }

    /** A service type's name ("Therapeutic foster care"), from its code. */
    public String service(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return reference.serviceTypes().stream().filter(t -> t.code().equals(code)).map(ServiceTypeView::name)
                .findFirst().orElse(code);
    }

    /** A need code's name (a specialised population), from its code; "(none)" is no specialised need. */
    public String need(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        if (code.equals("(none)")) {
            return NO_NEED;
        }
        return reference.needCodes().stream().filter(n -> n.code().equals(code)).map(NeedCodeView::name)
                .findFirst().orElse(code);
    }

    /** The words for an urgency given by its code ({@code EMERGENCY} is "Emergency"). */
    public String urgency(String code) {
        return constant(org.providernetwork.domain.referral.Urgency.class, code);
    }

    /** A need domain of the assessment by its code ({@code EMOTIONAL_BEHAVIOURAL} is "Emotional and behavioural needs"). */
    public String domain(String code) {
        return constant(org.providernetwork.domain.referral.NeedDomain.class, code);
    }

    /** Why an offering was left out of the matches, as a sentence ({@code NOT_CONTRACTED}). */
    public String exclusion(String code) {
        return constant(org.providernetwork.domain.matching.Constraint.class, code);
    }

    private static <E extends Enum<E>> String constant(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        try {
            return word(Enum.valueOf(type, code));
        } catch (IllegalArgumentException unknown) {
            return humanised(code);
        }
    }

    /** A referral's status by its code ({@code IN_PROGRESS} is "In progress"). */
    public String status(String code) {
        return constant(org.providernetwork.domain.referral.ReferralStatus.class, code);
    }

    /** A code in capitals as words, for pages ({@code REPORT_UNITS} is "Report units"). */
    public String words(String code) {
        return humanised(code);
    }

    private static final java.util.regex.Pattern CODE_OR_FIPS = java.util.regex.Pattern.compile(
            "(?<![\\w-])(?:[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+|[A-Z]{3,}|\\d{5})(?![\\w-])");

    /**
     * A sentence of the domain with the service codes and county FIPS codes in it replaced by their names
     * ("offers EMRG-SHELTER" reads "offers Emergency shelter care"); other words stay as they are.
     */
    public String named(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        java.util.regex.Matcher m = CODE_OR_FIPS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String code = m.group();
            String name = Character.isDigit(code.charAt(0)) ? county(code) : service(code);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(name));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A person by display name, from the username a record keeps; the username when no such account is active. */
    public String person(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return accounts.byUsername(username).map(u -> u.displayName() == null || u.displayName().isBlank()
                ? username : u.displayName()).orElse(username);
    }
}
