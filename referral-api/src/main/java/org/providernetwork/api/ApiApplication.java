package org.providernetwork.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import java.util.Map;

/** The API's root, {@code /api/v1}. Every resource method states the roles that may call it. */
@ApplicationPath("/api/v1")
@ApplicationScoped
@OpenAPIDefinition(
        info = @Info(title = "Provider Network Portal API", version = "1",
                description = "Regions, counties, the service taxonomy and the provider network of the state's"
                        + " child-welfare contracting portal. Errors are application/problem+json documents."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Local accounts of the embedded default (see README)")
public class ApiApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // enforce @RolesAllowed / @PermitAll / @DenyAll on resource methods
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
