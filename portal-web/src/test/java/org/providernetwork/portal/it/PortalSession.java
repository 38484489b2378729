package org.providernetwork.portal.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-less portal session: signs in through the real sign-in form and reads pages as HTML. */
final class PortalSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final URI base;

    private PortalSession(URI base) {
        this.base = base;
    }

    static PortalSession signIn(URI base, String username) throws Exception {
        PortalSession session = new PortalSession(base);
        String login = session.page("login.xhtml").body();
        Matcher viewState = VIEW_STATE.matcher(login);
        if (!viewState.find()) {
            throw new IllegalStateException("no sign-in form");
        }
        String form = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(ApiClient.DEMO_PASSWORD)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(viewState.group(1));
        HttpResponse<String> home = session.http.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!home.uri().getPath().endsWith("/home.xhtml")) {
            throw new IllegalStateException(username + " could not sign in: " + home.uri());
        }
        return session;
    }

    HttpResponse<String> page(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Opens a page and presses one of its non-ajax buttons (an export): the form's id, the button's client
     * id, the view state. Answers the raw response (status, content type, bytes).
     */
    HttpResponse<byte[]> press(String path, String form, String button) throws Exception {
        String html = page(path).body();
        Matcher viewState = VIEW_STATE.matcher(html);
        if (!viewState.find()) {
            throw new IllegalStateException("no form on " + path);
        }
        String body = enc(form) + "=" + enc(form) + "&" + enc(button) + "=" + enc(button) + "&jakarta.faces.ViewState="
                + enc(viewState.group(1));
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
