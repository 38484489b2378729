package org.providernetwork.api.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.IdType;
import org.providernetwork.domain.shared.PageRequest;
import org.providernetwork.service.offering.OfferingFilter;
import org.providernetwork.service.offering.Offerings;

import java.util.List;

/**
 * HealthcareService: the offerings of the caller's scope (the same tenancy filter as the JSON API's offering
 * list), with their capacity as HSDS 3.1 service_capacity. Searchable by service type, county served,
 * providing organisation and active flag.
 */
class HealthcareServiceProvider implements IResourceProvider {

    static final String SP_COUNTY = "county";
    private static final int DEFAULT_COUNT = 50;
    private static final int MAX_COUNT = 200;

    private final Offerings offerings;

    HealthcareServiceProvider(Offerings offerings) {
        this.offerings = offerings;
    }

    @Override
    public Class<? extends IBaseResource> getResourceType() {
        return HealthcareService.class;
    }

    @Read
    public HealthcareService read(@IdParam IdType id) {
        return FhirViews.healthcareService(offerings.find(ServiceRequestProvider.number(id)));
    }

    @Search
    public List<HealthcareService> search(@OptionalParam(name = HealthcareService.SP_SERVICE_TYPE) TokenParam serviceType,
                                          @OptionalParam(name = SP_COUNTY) TokenParam county,
                                          @OptionalParam(name = HealthcareService.SP_ORGANIZATION) ReferenceParam organization,
                                          @OptionalParam(name = HealthcareService.SP_ACTIVE) TokenParam active,
                                          @Count Integer count) {
        int size = count == null ? DEFAULT_COUNT : count;
        if (size < 1 || size > MAX_COUNT) {
            throw FhirErrors.invalid("_count", "between 1 and " + MAX_COUNT);
        }
        Long provider = null;
        if (organization != null) {
            try {
                provider = Long.parseLong(organization.getIdPart());
            } catch (NumberFormatException e) {
                throw FhirErrors.invalid("organization", "Organization/<id>");
            }
        }
        Boolean activeOnly = active == null ? null : Boolean.valueOf(active.getValue());
        OfferingFilter filter = new OfferingFilter(provider, serviceType == null ? null : serviceType.getValue(),
                county == null ? null : county.getValue(), null, null, activeOnly, null, null);
        return offerings.search(filter, new PageRequest(0, size, null, true)).items().stream()
                .map(FhirViews::healthcareService).toList();
    }
}
