package org.providernetwork.portal.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Locale;
import java.util.logging.Logger;

/**
 * When the session cookie is {@code Secure}: setting {@code portal.session.cookie-secure}.
 * <ul>
 *   <li>{@code auto} (default): whenever the request is secure, that is it came over TLS, or through a
 *       proxy that sent {@code X-Forwarded-Proto: https} (the listener's scheme mapping, set in
 *       {@code preboot.asadmin}; {@code cookieSecure=dynamic} in {@code glassfish-web.xml});</li>
 *   <li>{@code always}: on every response, for deployments whose proxy terminates TLS without saying so.</li>
 * </ul>
 * See docs/configuration.md.
 */
@WebListener
public class SessionCookiePolicy implements ServletContextListener {

    static final String SETTING = "portal.session.cookie-secure";
    private static final Logger LOG = Logger.getLogger(SessionCookiePolicy.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String value = ConfigProvider.getConfig().getOptionalValue(SETTING, String.class).orElse("auto")
                .trim().toLowerCase(Locale.ROOT);
        switch (value) {
            case "always" -> event.getServletContext().getSessionCookieConfig().setSecure(true);
            case "auto" -> {
                // glassfish-web.xml: Secure whenever the request is secure
            }
            default -> throw new IllegalStateException(SETTING + " must be auto or always, not '" + value + "'");
        }
        LOG.info(() -> "Session cookie Secure: " + value);
    }
}
