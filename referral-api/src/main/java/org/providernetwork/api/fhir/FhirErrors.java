package org.providernetwork.api.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.domain.shared.StaleVersionException;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error of the FHIR boundary answers an OperationOutcome: the domain's exceptions keep their status
 * (400 invalid input naming the FHIR element, 404 unknown or another tenant's record, 409 conflict or illegal
 * transition, 403 a role that may not act); nothing unexpected leaks its message.
 */
@Interceptor
public class FhirErrors {

    private static final Logger LOG = Logger.getLogger(FhirErrors.class.getName());

    /** The FHIR element each intake field comes from (see docs/fhir.md). */
    static final Map<String, String> ELEMENTS = Map.ofEntries(
            Map.entry("number", "ServiceRequest.identifier"),
            Map.entry("serviceType", "ServiceRequest.code"),
            Map.entry("homeCounty", "ServiceRequest.locationCode"),
            Map.entry("schoolCounty", "ServiceRequest.extension:school-county"),
            Map.entry("children", "Patient"),
            Map.entry("ratings", "Observation.value[x]"),
            Map.entry("requiredPopulations", "Condition.code"),
            Map.entry("risk", "ServiceRequest.extension:risk"),
            Map.entry("urgency", "ServiceRequest.priority"),
            Map.entry("caseManager", "ServiceRequest.requester"),
            Map.entry("caseManagerEmail", "Practitioner.telecom"),
            Map.entry("notes", "ServiceRequest.note"),
            Map.entry("Idempotency-Key", "Bundle.identifier"),
            Map.entry("offerId", "Task.id"),
            Map.entry("reason", "Task.statusReason"),
            Map.entry("capacity", "Task.status"));

    /** A 400 naming the element at fault. */
    static InvalidRequestException invalid(String element, String message) {
        return new InvalidRequestException(element + ": " + message, outcome(OperationOutcome.IssueType.INVALID, element, message));
    }

    static OperationOutcome outcome(OperationOutcome.IssueType type, String element, String message) {
        OperationOutcome outcome = new OperationOutcome();
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDiagnostics(message);
        if (element != null) {
            issue.addExpression(element);
        }
        return outcome;
    }

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException translate(RequestDetails request, Throwable error) {
        return translate(error);
    }

    /** The answer to an error of a FHIR request. */
    static BaseServerResponseException translate(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return fromDomain(domain);
            }
            if (t instanceof EJBAccessException) {
                return new ForbiddenOperationException("the caller's role may not do this",
                        outcome(OperationOutcome.IssueType.FORBIDDEN, null, "the caller's role may not do this"));
            }
            if (t instanceof ConstraintViolationException violations) {
                String message = violations.getConstraintViolations().stream().map(v -> v.getMessage()).findFirst()
                        .orElse("invalid input");
                return new InvalidRequestException(message, outcome(OperationOutcome.IssueType.INVALID, null, message));
            }
            if (t instanceof BaseServerResponseException answer && !(t instanceof InternalErrorException)) {
                return answer;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (error instanceof InternalErrorException internal && internal.getCause() == null) {
            return internal;
        }
        LOG.log(Level.SEVERE, "FHIR request failed", error);
        return new InternalErrorException("the request could not be processed",
                outcome(OperationOutcome.IssueType.EXCEPTION, null, "the request could not be processed"));
    }

    private static BaseServerResponseException fromDomain(DomainException e) {
        return fromDomain(e, e.field() == null ? null : ELEMENTS.getOrDefault(e.field(), e.field()));
    }

    /** The answer to a domain exception, naming the element given. */
    static BaseServerResponseException fromDomain(DomainException e, String element) {
        if (e instanceof NotFoundException) {
            return new ResourceNotFoundException(e.getMessage(), outcome(OperationOutcome.IssueType.NOTFOUND, null, e.getMessage()));
        }
        if (e instanceof ConflictException || e instanceof StaleVersionException) {
            return new ResourceVersionConflictException(e.getMessage(),
                    outcome(OperationOutcome.IssueType.CONFLICT, element, e.getMessage()));
        }
        if (e instanceof InvalidInputException) {
            return invalid(element == null ? "Bundle" : element, e.getMessage());
        }
        return new UnprocessableEntityException(e.getMessage(),
                outcome(OperationOutcome.IssueType.BUSINESSRULE, element, e.getMessage()));
    }
}
