package org.providernetwork.domain.network;

import org.providernetwork.domain.shared.InvalidInputException;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Languages an offering works in, as ISO 639 codes (two letters, or three where there is no two-letter code). */
public final class Languages {

    /** Three-letter codes accepted besides the two-letter ones: American Sign Language. */
    private static final Set<String> EXTRA = Set.of("ase");
    private static final Set<String> KNOWN = known();

    /** The languages most often offered in the state, for pick lists (any known code is accepted). */
    public static final List<String> COMMON = List.of("en", "es", "vi", "ase", "zh", "ar", "fr", "ko", "tl", "de");

    private Languages() {
    }

    private static Set<String> known() {
        Set<String> codes = new TreeSet<>(Set.of(Locale.getISOLanguages()));
        codes.addAll(EXTRA);
        return Set.copyOf(codes);
    }

    /** The codes, lower-cased and checked; at least one. */
    public static Set<String> check(Collection<String> codes) {
        Set<String> result = new TreeSet<>();
        for (String code : codes) {
            String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
            if (!KNOWN.contains(c)) {
                throw new InvalidInputException("languages", "'" + code + "' is not an ISO 639 language code (such as en, es, vi)");
            }
            result.add(c);
        }
        if (result.isEmpty()) {
            throw new InvalidInputException("languages", "an offering works in at least one language");
        }
        return result;
    }

    /** The English name of a language code. */
    public static String name(String code) {
        if ("ase".equals(code)) {
            return "American Sign Language";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }
}
