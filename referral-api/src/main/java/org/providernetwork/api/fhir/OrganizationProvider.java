package org.providernetwork.api.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.providernetwork.service.network.NetworkDirectory;

/** Organization: a provider, a lead contractor or the state agency, as the network directory shows it. */
class OrganizationProvider implements IResourceProvider {

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
}
