package org.providernetwork.portal.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The war the build produced, exactly as it ships: the integration tests deploy nothing else. */
final class PortalDeployment {

    private PortalDeployment() {
    }

    /**
     * The deployment's URL with the loopback address: the container reports the machine's address,
     * but the portal listens on 127.0.0.1 only.
     */
    static String loopback(java.net.URL url) {
        return url.getProtocol() + "://127.0.0.1:" + url.getPort() + url.getPath();
    }

    /** The state's today, as the portal under test counts days (its zone is the default, America/Chicago). */
    static java.time.LocalDate today() {
        return java.time.LocalDate.now(org.providernetwork.domain.shared.StateCalendar.DEFAULT_ZONE);
    }

    static WebArchive war() {
        File war = new File(System.getProperty("portal.war", "target/portal.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("build the war first (mvn verify): " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "portal.war").importFrom(war).as(WebArchive.class);
    }
}
