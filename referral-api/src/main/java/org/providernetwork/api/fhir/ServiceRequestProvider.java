package org.providernetwork.api.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.providernetwork.service.referral.Referrals;

/** ServiceRequest: a referral, read by its id (the child, the assessment and the case manager contained). */
class ServiceRequestProvider implements IResourceProvider {

    private final Referrals referrals;

    ServiceRequestProvider(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public Class<? extends IBaseResource> getResourceType() {
        return ServiceRequest.class;
    }

    @Read
    public ServiceRequest read(@IdParam IdType id) {
        return FhirViews.serviceRequest(referrals.find(number(id)));
    }

    static long number(IdType id) {
        try {
            return Long.parseLong(id.getIdPart());
        } catch (RuntimeException e) {
            throw new ResourceNotFoundException(id);
        }
    }
}
