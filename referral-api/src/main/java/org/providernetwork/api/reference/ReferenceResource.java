package org.providernetwork.api.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.providernetwork.api.Access;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.reference.ReferenceViews.CountyView;
import org.providernetwork.service.reference.ReferenceViews.NeedCodeView;
import org.providernetwork.service.reference.ReferenceViews.RegionView;
import org.providernetwork.service.reference.ReferenceViews.ServiceTypeView;

import java.util.List;

/** Reference data: the same for every signed-in user. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class ReferenceResource {

    @Inject
    private ReferenceData reference;

    @GET
    @Path("regions")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "The regions, each a set of whole counties")
    public List<RegionView> regions() {
        return reference.regions();
    }

    @GET
    @Path("regions/{code}")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "One region with its counties")
    public RegionDetails region(@PathParam("code") String code) {
        RegionView region = reference.region(code).orElseThrow(() -> new NotFoundException("region", code));
        return new RegionDetails(region.id(), region.code(), region.name(), reference.counties(region.code()));
    }

    @GET
    @Path("counties")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Counties with FIPS code, centroid and region; optionally of one region")
    public List<CountyView> counties(@QueryParam("region") String region) {
        if (region != null && !region.isBlank() && reference.region(region).isEmpty()) {
            throw new NotFoundException("region", region);
        }
        return reference.counties(region);
    }

    @GET
    @Path("counties/{fips}")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "One county by its five-digit FIPS code")
    public CountyView county(@PathParam("fips") String fips) {
        return reference.county(fips).orElseThrow(() -> new NotFoundException("county", fips));
    }

    @GET
    @Path("service-types")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "The service taxonomy")
    public List<ServiceTypeView> serviceTypes() {
        return reference.serviceTypes();
    }

    @GET
    @Path("need-codes")
    @RolesAllowed({Access.ANY_ROLE})
    @Operation(summary = "Specialised populations an offering can serve")
    public List<NeedCodeView> needCodes() {
        return reference.needCodes();
    }

    /** A region and its counties. */
    public record RegionDetails(long id, String code, String name, List<CountyView> counties) {
    }
}
