package org.providernetwork.api.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Type;
import org.providernetwork.domain.referral.ChildGender;
import org.providernetwork.domain.referral.Intake;
import org.providernetwork.domain.referral.NeedDomain;
import org.providernetwork.domain.referral.RiskLevel;
import org.providernetwork.domain.referral.Urgency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a referral out of a transaction Bundle (ServiceRequest + Task + Patient, with the assessment as
 * Observations, required specialised populations as Conditions and the case manager as Practitioner). Only
 * the shape is checked here; every rule of the referral itself is the intake service's, so a referral sent
 * as FHIR passes exactly the checks of the JSON API.
 */
final class FhirIntake {

    /** The longest idempotency key the intake service keeps. */
    private static final int MAX_KEY = 100;

    /** A referral read from a bundle, with the positions of its resources in the bundle. */
    record Read(Intake intake, String idempotencyKey, int serviceRequestEntry, int taskEntry) {
    }

    private FhirIntake() {
    }

    static Read read(Bundle bundle) {
        if (bundle == null) {
            throw FhirErrors.invalid("Bundle", "a transaction Bundle is required");
        }
        if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
            throw FhirErrors.invalid("Bundle.type", "must be transaction");
        }
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        int serviceRequestAt = -1;
        int taskAt = -1;
        List<Patient> patients = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        List<Condition> conditions = new ArrayList<>();
        List<Practitioner> practitioners = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Bundle.BundleEntryComponent entry = entries.get(i);
            String at = "Bundle.entry[" + i + "]";
            Resource resource = entry.getResource();
            if (resource == null) {
                throw FhirErrors.invalid(at + ".resource", "every entry carries a resource");
            }
            if (entry.getRequest() == null || entry.getRequest().getMethod() != Bundle.HTTPVerb.POST) {
                throw FhirErrors.invalid(at + ".request.method", "only POST (create) entries are accepted");
            }
            if (resource instanceof ServiceRequest) {
                if (serviceRequestAt >= 0) {
                    throw FhirErrors.invalid(at, "one ServiceRequest per bundle");
                }
                serviceRequestAt = i;
            } else if (resource instanceof Task) {
                if (taskAt >= 0) {
                    throw FhirErrors.invalid(at, "one Task per bundle");
                }
                taskAt = i;
            } else if (resource instanceof Patient p) {
                patients.add(p);
            } else if (resource instanceof Observation o) {
                observations.add(o);
            } else if (resource instanceof Condition c) {
                conditions.add(c);
            } else if (resource instanceof Practitioner p) {
                practitioners.add(p);
            } else {
                throw FhirErrors.invalid(at + ".resource", resource.fhirType()
                        + " is not taken in; send ServiceRequest, Task, Patient, Observation, Condition or Practitioner");
            }
        }
        if (serviceRequestAt < 0) {
            throw FhirErrors.invalid("Bundle.entry", "a ServiceRequest is required");
        }
        Bundle.BundleEntryComponent requestEntry = entries.get(serviceRequestAt);
        ServiceRequest request = (ServiceRequest) requestEntry.getResource();
        if (taskAt >= 0) {
            checkTask((Task) entries.get(taskAt).getResource(), requestEntry);
        }
        if (request.getIntent() != null && request.getIntent() != ServiceRequest.ServiceRequestIntent.ORDER
                && request.getIntent() != ServiceRequest.ServiceRequestIntent.PROPOSAL
                && request.getIntent() != ServiceRequest.ServiceRequestIntent.PLAN) {
            throw FhirErrors.invalid("ServiceRequest.intent", "order, plan or proposal");
        }

        // the child (the subject) and any sibling: every Patient of the bundle, the subject first
        if (!(resolve(entries, request.getSubject(), "ServiceRequest.subject") instanceof Patient subject)) {
            throw FhirErrors.invalid("ServiceRequest.subject", "refer to a Patient entry of the bundle");
        }
        List<Patient> children = new ArrayList<>();
        children.add(subject);
        patients.stream().filter(p -> p != subject).forEach(children::add);
        List<Intake.Child> kids = new ArrayList<>();
        for (Patient child : children) {
            kids.add(new Intake.Child(child.hasName() ? child.getNameFirstRep().getNameAsSingleString() : null,
                    birthDate(child), gender(child)));
        }

        Map<NeedDomain, Integer> ratings = new EnumMap<>(NeedDomain.class);
        for (Observation observation : observations) {
            String code = code(observation.getCode(), FhirCodes.NEED_DOMAIN);
            NeedDomain domain;
            try {
                domain = code == null ? null : NeedDomain.valueOf(code.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                domain = null;
            }
            if (domain == null) {
                throw FhirErrors.invalid("Observation.code", "a need domain of " + FhirCodes.NEED_DOMAIN + " (got " + code + ")");
            }
            if (!(observation.getValue() instanceof IntegerType value) || value.getValue() == null) {
                throw FhirErrors.invalid("Observation.value[x]", "valueInteger 0 to 3");
            }
            ratings.put(domain, value.getValue());
        }
        Set<String> populations = new LinkedHashSet<>();
        for (Condition condition : conditions) {
            String code = code(condition.getCode(), FhirCodes.NEED);
            if (code == null) {
                throw FhirErrors.invalid("Condition.code", "a need code of " + FhirCodes.NEED);
            }
            populations.add(code);
        }

        String caseManagerName = null;
        String caseManagerEmail = null;
        if (request.hasRequester()) {
            Resource requester = resolve(entries, request.getRequester(), "ServiceRequest.requester");
            if (!(requester instanceof Practitioner practitioner)) {
                throw FhirErrors.invalid("ServiceRequest.requester", "refer to a Practitioner entry (the case manager)");
            }
            caseManagerName = practitioner.hasName() ? practitioner.getNameFirstRep().getNameAsSingleString() : null;
            caseManagerEmail = practitioner.getTelecom().stream()
                    .filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.EMAIL).map(ContactPoint::getValue)
                    .findFirst().orElse(null);
        } else if (!practitioners.isEmpty()) {
            throw FhirErrors.invalid("ServiceRequest.requester", "refer to the Practitioner entry (the case manager)");
        }

        String number = request.getIdentifier().stream().map(Identifier::getValue).filter(v -> v != null && !v.isBlank())
                .findFirst().orElse(null);
        String notes = request.getNote().isEmpty() ? null : String.join("\n",
                request.getNote().stream().map(n -> n.getText() == null ? "" : n.getText()).toList());
        Intake intake = new Intake(number, code(request.getCode(), FhirCodes.SERVICE_TYPE),
                request.getLocationCode().isEmpty() ? null : code(request.getLocationCodeFirstRep(), FhirCodes.COUNTY),
                codeExtension(request, FhirCodes.EXT_SCHOOL_COUNTY), kids, ratings, populations,
                risk(request), urgency(request), flag(request, FhirCodes.EXT_ALLOW_SPLIT),
                flag(request, FhirCodes.EXT_STAY_IN_HOME_COUNTY), flag(request, FhirCodes.EXT_KIN_FIRST),
                caseManagerName, caseManagerEmail, notes);
        return new Read(intake, idempotencyKey(bundle, requestEntry), serviceRequestAt, taskAt);
    }

    private static void checkTask(Task task, Bundle.BundleEntryComponent requestEntry) {
        if (task.getStatus() != null && task.getStatus() != Task.TaskStatus.REQUESTED) {
            throw FhirErrors.invalid("Task.status", "a new referral's task is requested");
        }
        if (task.getIntent() != null && task.getIntent() != Task.TaskIntent.ORDER) {
            throw FhirErrors.invalid("Task.intent", "order");
        }
        String focus = task.getFocus().getReference();
        if (focus == null || !(focus.equals(requestEntry.getFullUrl())
                || (requestEntry.getResource().hasIdElement() && focus.equals("ServiceRequest/"
                + requestEntry.getResource().getIdElement().getIdPart())))) {
            throw FhirErrors.invalid("Task.focus", "refer to the bundle's ServiceRequest");
        }
    }

    /** The resource of the bundle a reference points at (by fullUrl or Type/id). */
    private static Resource resolve(List<Bundle.BundleEntryComponent> entries, Reference reference, String element) {
        String target = reference == null ? null : reference.getReference();
        if (target == null || target.isBlank()) {
            throw FhirErrors.invalid(element, "required");
        }
        for (Bundle.BundleEntryComponent entry : entries) {
            Resource r = entry.getResource();
            if (target.equals(entry.getFullUrl()) || (r.hasIdElement() && target.equals(r.fhirType() + "/" + r.getIdElement().getIdPart()))) {
                return r;
            }
        }
        throw FhirErrors.invalid(element, "refers to " + target + ", which is not in the bundle");
    }

    /** The code of the coding in {@code system}, else of the first coding. */
    static String code(CodeableConcept concept, String system) {
        if (concept == null) {
            return null;
        }
        return concept.getCoding().stream().filter(c -> system.equals(c.getSystem())).map(Coding::getCode).findFirst()
                .orElse(concept.getCoding().stream().map(Coding::getCode).filter(c -> c != null && !c.isBlank())
                        .findFirst().orElse(null));
    }

    private static LocalDate birthDate(Patient patient) {
        if (!patient.hasBirthDateElement() || patient.getBirthDateElement().getValueAsString() == null) {
            return null;
        }
        try {
            return LocalDate.parse(patient.getBirthDateElement().getValueAsString());
        } catch (java.time.format.DateTimeParseException e) {
            throw FhirErrors.invalid("Patient.birthDate", "a full date such as 2015-03-02");
        }
    }

    private static ChildGender gender(Patient patient) {
        if (!patient.hasGender()) {
            return null;
        }
        return switch (patient.getGender()) {
            case FEMALE -> ChildGender.FEMALE;
            case MALE -> ChildGender.MALE;
            case OTHER -> ChildGender.OTHER;
            default -> throw FhirErrors.invalid("Patient.gender", "female, male or other");
        };
    }

    private static Urgency urgency(ServiceRequest request) {
        if (!request.hasPriority()) {
            return null;
        }
        return switch (request.getPriority()) {
            case ROUTINE -> Urgency.ROUTINE;
            case URGENT -> Urgency.URGENT;
            case ASAP, STAT -> Urgency.EMERGENCY;
            default -> throw FhirErrors.invalid("ServiceRequest.priority", "routine, urgent, asap or stat");
        };
    }

    private static RiskLevel risk(ServiceRequest request) {
        String code = codeExtension(request, FhirCodes.EXT_RISK);
        if (code == null) {
            return null;
        }
        try {
            return RiskLevel.valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw FhirErrors.invalid("ServiceRequest.extension:risk", "LOW, MODERATE or HIGH");
        }
    }

    private static String codeExtension(ServiceRequest request, String url) {
        Extension extension = request.getExtensionByUrl(url);
        if (extension == null) {
            return null;
        }
        Type value = extension.getValue();
        if (value instanceof CodeType code) {
            return code.getValue();
        }
        if (value instanceof CodeableConcept concept) {
            return code(concept, FhirCodes.COUNTY);
        }
        if (value instanceof Coding coding) {
            return coding.getCode();
        }
        throw FhirErrors.invalid("ServiceRequest.extension", url + " takes a valueCode");
    }

    private static boolean flag(ServiceRequest request, String url) {
        Extension extension = request.getExtensionByUrl(url);
        return extension != null && extension.getValue() instanceof BooleanType b && Boolean.TRUE.equals(b.getValue());
    }

    /**
     * The idempotency key: the Bundle's identifier, else the ServiceRequest entry's If-None-Exist
     * ({@code identifier=system|value}); a repeated bundle answers the referral the first one created.
     */
    private static String idempotencyKey(Bundle bundle, Bundle.BundleEntryComponent requestEntry) {
        String key = null;
        if (bundle.hasIdentifier() && bundle.getIdentifier().hasValue()) {
            Identifier id = bundle.getIdentifier();
            key = "fhir-bundle:" + (id.hasSystem() ? id.getSystem() + "|" : "") + id.getValue();
            check(key, "Bundle.identifier");
        } else if (requestEntry.getRequest().hasIfNoneExist()) {
            String condition = requestEntry.getRequest().getIfNoneExist().trim();
            if (!condition.startsWith("identifier=") || condition.length() == "identifier=".length()) {
                throw FhirErrors.invalid("Bundle.entry.request.ifNoneExist", "only identifier=system|value is supported");
            }
            key = "fhir-sr:" + condition.substring("identifier=".length());
            check(key, "Bundle.entry.request.ifNoneExist");
        }
        return key;
    }

    private static void check(String key, String element) {
        if (key.length() > MAX_KEY) {
            throw FhirErrors.invalid(element, "at most " + (MAX_KEY - 12) + " characters");
        }
    }
}
