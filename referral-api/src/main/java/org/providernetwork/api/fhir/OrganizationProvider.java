package org.providernetwork.api.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.shared.PageRequest;
import org.providernetwork.service.network.NetworkDirectory;
import org.providernetwork.service.network.OrganisationFilter;

import java.util.List;
import java.util.Locale;

/**
 * Organization: a provider, a lead contractor or the state agency, as the network directory shows it; searchable
 * by name, type and the region it works in.
 */
class OrganizationProvider implements IResourceProvider {

    static final String SP_REGION = "region";
    private static final int DEFAULT_COUNT = 50;
    private static final int MAX_COUNT = 200;

    private final NetworkDirectory directory;

    OrganizationProvider(NetworkDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Class<? extends IBaseResource> getResourceType() {
        return Organization.class;
    }

    @Read
    public Organization read(@IdParam IdType id) {
        return FhirViews.organization(directory.find(ServiceRequestProvider.number(id)));
    }

    @Search
    public List<Organization> search(@OptionalParam(name = Organization.SP_NAME) StringParam name,
                                     @OptionalParam(name = Organization.SP_TYPE) TokenParam type,
                                     @OptionalParam(name = SP_REGION) TokenParam region,
                                     @Count Integer count) {
        int size = count == null ? DEFAULT_COUNT : count;
        if (size < 1 || size > MAX_COUNT) {
            throw FhirErrors.invalid("_count", "between 1 and " + MAX_COUNT);
        }
        OrganisationType kind = null;
        if (type != null) {
            try {
                kind = OrganisationType.valueOf(type.getValue().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw FhirErrors.invalid("type", "STATE_AGENCY, LEAD_CONTRACTOR, LOCAL_PROVIDER or STATEWIDE_PROVIDER");
            }
        }
        OrganisationFilter filter = new OrganisationFilter(name == null ? null : name.getValue(), kind,
                region == null ? null : region.getValue(), null);
        return directory.search(filter, new PageRequest(0, size, null, true)).items().stream().map(o -> {
            Organization found = new Organization();
            found.setId("Organization/" + o.id());
            found.setActive(o.active());
            found.setName(o.name());
            found.addType(new org.hl7.fhir.r4.model.CodeableConcept(new org.hl7.fhir.r4.model.Coding(
                    FhirCodes.ORGANISATION_TYPE, o.type().name(), null)));
            if (o.phone() != null) {
                found.addTelecom().setSystem(org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.PHONE).setValue(o.phone());
            }
            if (o.email() != null) {
                found.addTelecom().setSystem(org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.EMAIL).setValue(o.email());
            }
            if (o.city() != null) {
                found.addAddress().setCity(o.city()).setDistrict(o.headquartersCountyName());
            }
            return found;
        }).toList();
    }
}
