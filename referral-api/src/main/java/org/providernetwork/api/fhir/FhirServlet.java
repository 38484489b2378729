package org.providernetwork.api.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.providernetwork.service.network.NetworkDirectory;
import org.providernetwork.service.offering.Offerings;
import org.providernetwork.service.outcome.CaseReports;
import org.providernetwork.service.referral.ReferralChanges;
import org.providernetwork.service.referral.Referrals;

import java.time.Clock;
import java.util.List;

/**
 * The FHIR R4 server at {@code /fhir}. Sign-in is the portal's (the authentication mechanism treats
 * {@code /fhir} like {@code /api}: bearer token or, where local accounts are on, HTTP Basic), and every read
 * and change goes through the same services, and so the same TenantScope, as the JSON API.
 * {@code GET /fhir/metadata} answers the CapabilityStatement the server derives from its providers.
 * <p>Started by its first request (a few seconds to build the R4 model), so that the portal's start-up, and
 * every test server's, does not wait for a FHIR client that may never come.
 */
@WebServlet(urlPatterns = "/fhir/*")
public class FhirServlet extends RestfulServer {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Referrals referrals;

    @Inject
    private transient ReferralChanges changes;

    @Inject
    private transient CaseReports reports;

    @Inject
    private transient Clock clock;

    @Inject
    private transient Offerings offerings;

    @Inject
    private transient NetworkDirectory directory;

    public FhirServlet() {
        super(strict());
    }

    /**
     * A context of its own whose parser refuses what it cannot map (an unknown element, an invalid value)
     * with a 400 naming it, instead of dropping it silently.
     */
    private static FhirContext strict() {
        FhirContext context = FhirContext.forR4();
        context.setParserErrorHandler(new ca.uhn.fhir.parser.StrictErrorHandler());
        return context;
    }

    @Override
    protected void initialize() {
        setServerName("Provider Network Portal FHIR endpoint");
        setImplementationDescription("Referrals (ServiceRequest + Task), offerings (HealthcareService) and"
                + " organisations of the provider network");
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setResourceProviders(List.of(new TaskProvider(referrals, changes, reports, clock.getZone()), new ServiceRequestProvider(referrals),
                new HealthcareServiceProvider(offerings), new OrganizationProvider(directory)));
        registerProvider(new ReferralTransactions(referrals));
        registerInterceptor(new FhirErrors());
    }
}
