package org.providernetwork.api.fhir;

import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.providernetwork.service.referral.ReferralView;
import org.providernetwork.service.referral.Referrals;

/**
 * {@code POST /fhir} with a transaction Bundle: a referral taken in through the same intake service (the same
 * checks, matching and routing) as {@code POST /api/v1/referrals}. The answer is a transaction-response whose
 * ServiceRequest and Task entries name the referral's resources; a repeated bundle (same Bundle.identifier or
 * If-None-Exist) answers 200 with the referral the first one created.
 */
class ReferralTransactions {

    private final Referrals referrals;

    ReferralTransactions(Referrals referrals) {
        this.referrals = referrals;
    }

    @Transaction
    public Bundle transaction(@TransactionParam Bundle bundle) {
        FhirIntake.Read read = FhirIntake.read(bundle);
        Referrals.Intook intook = referrals.create(read.intake(), read.idempotencyKey());
        ReferralView view = intook.referral();
        String status = intook.repeated() ? "200 OK" : "201 Created";
        Bundle response = new Bundle();
        response.setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryResponseComponent answer = response.addEntry().getResponse();
            if (i == read.serviceRequestEntry()) {
                ServiceRequest request = FhirViews.serviceRequest(view);
                answer.setStatus(status).setLocation("ServiceRequest/" + view.id() + "/_history/" + view.version())
                        .setEtag("W/\"" + view.version() + "\"").setLastModified(request.getMeta().getLastUpdated());
            } else if (i == read.taskEntry()) {
                Task task = FhirViews.referralTask(view);
                answer.setStatus(status).setLocation("Task/" + view.id() + "/_history/" + view.version())
                        .setEtag("W/\"" + view.version() + "\"").setLastModified(task.getMeta().getLastUpdated());
            } else {
                // kept inside the referral: read back as contained resources of the ServiceRequest
                answer.setStatus(status).setLocation("ServiceRequest/" + view.id());
            }
        }
        return response;
    }
}
