package org.providernetwork.domain.notification;

import org.providernetwork.domain.shared.InvalidInputException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Where a webhook may point: an absolute HTTPS URL. Plain HTTP is accepted only to the loopback interface
 * (127.0.0.1, ::1, localhost), for a receiver on the same machine such as the suite's.
 */
public final class WebhookUrl {

    public static final int MAX_LENGTH = 500;
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private WebhookUrl() {
    }

    /** The URL, checked; {@link InvalidInputException} on field {@code url} otherwise. */
    public static URI check(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidInputException("url", "a webhook needs a URL");
        }
        if (url.length() > MAX_LENGTH) {
            throw new InvalidInputException("url", "at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getUserInfo() != null) {
            throw new InvalidInputException("url", "an absolute URL with a host and no user name");
        }
        if (scheme.equals("https") || (scheme.equals("http") && LOOPBACK.contains(host))) {
            return uri;
        }
        throw new InvalidInputException("url", "a webhook URL must use https (plain http only to the loopback interface)");
    }
}
