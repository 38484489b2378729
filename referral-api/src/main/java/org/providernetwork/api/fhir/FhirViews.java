package org.providernetwork.api.fhir;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.providernetwork.domain.referral.OfferStatus;
import org.providernetwork.domain.referral.ReferralStatus;
import org.providernetwork.service.network.OrganisationDetails;
import org.providernetwork.service.offering.OfferingDetails;
import org.providernetwork.service.offering.OfferingSummary;
import org.providernetwork.service.outcome.CaseRecord;
import org.providernetwork.service.referral.ReferralView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's records as FHIR resources. A referral is one ServiceRequest ({@code ServiceRequest/<id>}),
 * one referral Task that follows the whole referral ({@code Task/<id>}) and one Task per offer to a provider
 * ({@code Task/<id>-<offerId>}, owned by the provider, part of the referral Task).
 */
final class FhirViews {

    private FhirViews() {
    }

    // --- referrals

    static ServiceRequest serviceRequest(ReferralView r) {
        ServiceRequest s = new ServiceRequest();
        s.setId("ServiceRequest/" + r.id());
        meta(s, r);
        s.addIdentifier().setSystem(FhirCodes.REFERRAL_NUMBER).setValue(r.number());
        s.setStatus(switch (r.status()) {
            case COMPLETED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
            case CANCELLED -> ServiceRequest.ServiceRequestStatus.REVOKED;
            default -> ServiceRequest.ServiceRequestStatus.ACTIVE;
        });
        s.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        s.setCode(new CodeableConcept(new Coding(FhirCodes.SERVICE_TYPE, r.serviceTypeCode(), null)));
        s.setPriority(switch (r.urgency()) {
            case EMERGENCY -> ServiceRequest.ServiceRequestPriority.ASAP;
            case URGENT -> ServiceRequest.ServiceRequestPriority.URGENT;
            case ROUTINE -> ServiceRequest.ServiceRequestPriority.ROUTINE;
        });
        s.addLocationCode(new CodeableConcept(new Coding(FhirCodes.COUNTY, r.homeCountyFips(), null)));
        if (r.schoolCountyFips() != null) {
            s.addExtension(FhirCodes.EXT_SCHOOL_COUNTY, new CodeType(r.schoolCountyFips()));
        }
        s.addExtension(FhirCodes.EXT_RISK, new CodeType(r.risk().name()));
        s.addExtension(FhirCodes.EXT_ALLOW_SPLIT, new BooleanType(r.allowSplit()));
        s.addExtension(FhirCodes.EXT_STAY_IN_HOME_COUNTY, new BooleanType(r.stayInHomeCounty()));
        s.addExtension(FhirCodes.EXT_KIN_FIRST, new BooleanType(r.kinFirst()));
        int n = 0;
        for (ReferralView.ChildView child : r.children()) {
            Patient patient = new Patient();
            patient.setId("child-" + (++n));
            if (child.name() != null) {
                patient.addName().setText(child.name());
            }
            if (child.gender() != null) {
                patient.setGender(switch (child.gender()) {
                    case FEMALE -> Enumerations.AdministrativeGender.FEMALE;
                    case MALE -> Enumerations.AdministrativeGender.MALE;
                    case OTHER -> Enumerations.AdministrativeGender.OTHER;
                });
            }
            patient.addExtension(FhirCodes.EXT_AGE, new IntegerType(child.age()));
            s.addContained(patient);
            if (n == 1) {
                s.setSubject(new Reference("#child-1"));
            }
        }
        if (r.caseManagerName() != null || r.caseManagerEmail() != null) {
            Practitioner manager = new Practitioner();
            manager.setId("case-manager");
            if (r.caseManagerName() != null) {
                manager.addName().setText(r.caseManagerName());
            }
            if (r.caseManagerEmail() != null) {
                manager.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(r.caseManagerEmail());
            }
            s.addContained(manager);
            s.setRequester(new Reference("#case-manager"));
        }
        r.ratings().forEach((domain, rating) -> {
            Observation o = new Observation();
            o.setId("rating-" + domain.toLowerCase(Locale.ROOT).replace('_', '-'));
            o.setStatus(Observation.ObservationStatus.FINAL);
            o.setCode(new CodeableConcept(new Coding(FhirCodes.NEED_DOMAIN, domain, null)));
            o.setValue(new IntegerType(rating));
            s.addContained(o);
            s.addSupportingInfo(new Reference("#" + o.getId()));
        });
        for (String population : r.requiredPopulations()) {
            Condition c = new Condition();
            c.setId("need-" + population.toLowerCase(Locale.ROOT));
            c.setCode(new CodeableConcept(new Coding(FhirCodes.NEED, population, null)));
            c.setSubject(new Reference("#child-1"));
            s.addContained(c);
            s.addReasonReference(new Reference("#" + c.getId()));
        }
        s.setAuthoredOnElement(new DateTimeType(Date.from(r.createdAt())));
        if (r.notes() != null && !r.notes().isBlank()) {
            s.addNote(new Annotation().setText(r.notes()));
        }
        return s;
    }

    /** The referral Task: its status follows the referral's. */
    static Task referralTask(ReferralView r) {
        Task t = new Task();
        t.setId("Task/" + r.id());
        meta(t, r);
        t.addIdentifier().setSystem(FhirCodes.REFERRAL_NUMBER).setValue(r.number());
        t.setStatus(taskStatus(r.status()));
        t.setBusinessStatus(business(r.escalated() && r.status() == ReferralStatus.REQUESTED ? "escalated"
                : r.status().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        if (r.escalated() && r.escalationReason() != null) {
            t.setStatusReason(new CodeableConcept().setText(r.escalationReason()));
        }
        common(t, r);
        r.offers().stream().filter(o -> o.status() == OfferStatus.ACCEPTED || o.status() == OfferStatus.CLOSED)
                .reduce((a, b) -> b).ifPresent(o -> t.setOwner(new Reference("Organization/" + o.providerId())));
        if (r.status() == ReferralStatus.COMPLETED) {
            completion(r).ifPresent(note -> t.addOutput().setType(output("outcome-note")).setValue(new StringType(note)));
        }
        if (r.status() == ReferralStatus.CANCELLED) {
            r.events().stream().filter(e -> "WITHDRAW".equals(e.action())).reduce((a, b) -> b)
                    .ifPresent(e -> t.setStatusReason(new CodeableConcept().setText(e.note())));
        }
        return t;
    }

    /** The Task of one offer, owned by the provider it was offered to. */
    static Task offerTask(ReferralView r, ReferralView.OfferView o) {
        return offerTask(r, o, List.of());
    }

    /**
     * The Task of one offer with the placements the provider recorded while serving the referral, each an output of
     * type {@code placement}: the setting as a coding of {@link FhirCodes#PLACEMENT_SETTING}, when it began (and
     * ended) in the extension {@link FhirCodes#EXT_PLACEMENT_PERIOD}.
     */
    static Task offerTask(ReferralView r, ReferralView.OfferView o, List<CaseRecord.PlacementView> placements) {
        Task t = new Task();
        t.setId("Task/" + r.id() + "-" + o.id());
        meta(t, r);
        t.setStatus(switch (o.status()) {
            case OFFERED -> Task.TaskStatus.REQUESTED;
            case ACCEPTED -> r.status() == ReferralStatus.IN_PROGRESS ? Task.TaskStatus.INPROGRESS : Task.TaskStatus.ACCEPTED;
            case DECLINED -> Task.TaskStatus.REJECTED;
            case EXPIRED -> Task.TaskStatus.FAILED;
            case WITHDRAWN -> Task.TaskStatus.CANCELLED;
            case CLOSED -> Task.TaskStatus.COMPLETED;
        });
        t.setBusinessStatus(business(o.status() == OfferStatus.CLOSED ? "discharged" : o.status().name().toLowerCase(Locale.ROOT)));
        common(t, r);
        t.addPartOf(new Reference("Task/" + r.id()));
        t.setOwner(new Reference("Organization/" + o.providerId()));
        t.addInput().setType(new CodeableConcept().setText("offering"))
                .setValue(new Reference("HealthcareService/" + o.offeringId()).setDisplay(o.offeringName()));
        t.addInput().setType(new CodeableConcept().setText("places")).setValue(new IntegerType(o.places()));
        if (o.respondBy() != null) {
            t.setRestriction(new Task.TaskRestrictionComponent().setPeriod(new Period().setEnd(Date.from(o.respondBy()))));
        }
        if (o.declineReason() != null) {
            t.setStatusReason(new CodeableConcept(new Coding(FhirCodes.DECLINE_REASON, o.declineReason().name(),
                    o.declineReason().getLabel())).setText(o.declineNote()));
        }
        for (CaseRecord.PlacementView p : placements) {
            Task.TaskOutputComponent out = t.addOutput().setType(output("placement"))
                    .setValue(new CodeableConcept(new Coding(FhirCodes.PLACEMENT_SETTING, p.setting(), null)));
            Period period = new Period().setStartElement(new DateTimeType(p.startDate().toString()));
            if (p.endDate() != null) {
                period.setEndElement(new DateTimeType(p.endDate().toString()));
            }
            out.addExtension(FhirCodes.EXT_PLACEMENT_PERIOD, period);
        }
        if (o.status() == OfferStatus.CLOSED) {
            completion(r).ifPresent(note -> t.addOutput().setType(output("outcome-note")).setValue(new StringType(note)));
        }
        return t;
    }

    /** Every Task of a referral: the referral's, then one per offer the reader may see. */
    static List<Task> tasks(ReferralView r) {
        List<Task> tasks = new ArrayList<>();
        tasks.add(referralTask(r));
        r.offers().forEach(o -> tasks.add(offerTask(r, o)));
        return tasks;
    }

    /** The referral Task as it stood after each step of the referral's history, oldest first. */
    static List<Task> history(ReferralView r) {
        List<Task> versions = new ArrayList<>();
        int version = 0;
        for (ReferralView.EventView e : r.events()) {
            Task t = new Task();
            version++;
            t.setId("Task/" + r.id() + "/_history/" + version);
            t.getMeta().setVersionId(Integer.toString(version)).setLastUpdated(Date.from(e.at()));
            t.setStatus(taskStatus(e.to()));
            t.setBusinessStatus(business(e.action().toLowerCase(Locale.ROOT)));
            if (e.note() != null) {
                t.setStatusReason(new CodeableConcept().setText(e.note()));
            }
            common(t, r);
            t.setLastModified(Date.from(e.at()));
            if (e.offerId() != null) {
                t.addInput().setType(new CodeableConcept().setText("offer")).setValue(new Reference("Task/" + r.id() + "-" + e.offerId()));
            }
            versions.add(t);
        }
        return versions;
    }

    static Task.TaskStatus taskStatus(ReferralStatus status) {
        return switch (status) {
            case REQUESTED -> Task.TaskStatus.REQUESTED;
            case OFFERED -> Task.TaskStatus.RECEIVED;
            case ACCEPTED -> Task.TaskStatus.ACCEPTED;
            case IN_PROGRESS -> Task.TaskStatus.INPROGRESS;
            case COMPLETED -> Task.TaskStatus.COMPLETED;
            case CANCELLED -> Task.TaskStatus.CANCELLED;
        };
    }

    private static void common(Task t, ReferralView r) {
        t.setIntent(Task.TaskIntent.ORDER);
        t.setCode(new CodeableConcept(new Coding(FhirCodes.TASK_CODE, "fulfill", "Fulfill the focal request")));
        t.setFocus(new Reference("ServiceRequest/" + r.id()));
        t.setAuthoredOn(Date.from(r.createdAt()));
        t.setLastModified(Date.from(r.updatedAt()));
    }

    private static Optional<String> completion(ReferralView r) {
        return r.events().stream().filter(e -> "COMPLETE".equals(e.action()) && e.note() != null).reduce((a, b) -> b)
                .map(ReferralView.EventView::note);
    }

    private static CodeableConcept business(String code) {
        return new CodeableConcept(new Coding(FhirCodes.BUSINESS_STATUS, code, null));
    }

    private static CodeableConcept output(String code) {
        return new CodeableConcept(new Coding(FhirCodes.TASK_OUTPUT, code, null));
    }

    private static void meta(org.hl7.fhir.r4.model.Resource resource, ReferralView r) {
        resource.getMeta().setVersionId(Long.toString(r.version())).setLastUpdated(Date.from(r.updatedAt()));
    }

    // --- offerings and organisations

    static HealthcareService healthcareService(OfferingDetails o) {
        HealthcareService h = base(o.id(), o.name(), o.active(), o.serviceTypeCode(), o.serviceTypeName(), o.providerId(),
                o.providerName(), o.locationCountyFips(), o.locationCountyName(), o.updatedAt());
        h.getMeta().setVersionId(Long.toString(o.version()));
        if (o.description() != null) {
            h.setComment(o.description());
        }
        o.servedCounties().forEach(c -> h.addExtension(FhirCodes.EXT_LOCATION_COUNTY + "-served",
                new CodeableConcept(new Coding(FhirCodes.COUNTY, c.code(), c.name()))));
        o.needs().forEach(n -> h.addSpecialty(new CodeableConcept(new Coding(FhirCodes.NEED, n.code(), n.name()))));
        o.languages().forEach(l -> h.addCommunication(new CodeableConcept(new Coding("urn:ietf:bcp:47", l.code(), l.name()))));
        h.addEligibility().setCode(new CodeableConcept().setText("ages " + o.minAge() + "-" + o.maxAge() + ", "
                + o.genders().name().toLowerCase(Locale.ROOT) + ", sibling groups up to " + o.maxSiblingGroup()));
        h.addExtension(capacity(o.available(), o.maximum(), o.waitlist(), o.funded(), o.updatedAt()));
        return h;
    }

    static HealthcareService healthcareService(OfferingSummary o) {
        HealthcareService h = base(o.id(), o.name(), o.active(), o.serviceTypeCode(), o.serviceTypeName(), o.providerId(),
                o.providerName(), o.countyFips(), o.countyName(), o.capacityUpdatedAt());
        h.addEligibility().setCode(new CodeableConcept().setText("ages " + o.minAge() + "-" + o.maxAge() + ", "
                + o.genders().name().toLowerCase(Locale.ROOT) + ", sibling groups up to " + o.maxSiblingGroup()));
        h.addExtension(capacity(o.available(), o.maximum(), null, o.funded(), o.capacityUpdatedAt()));
        return h;
    }

    private static HealthcareService base(long id, String name, boolean active, String typeCode, String typeName,
                                          long providerId, String providerName, String countyFips, String countyName,
                                          Instant updated) {
        HealthcareService h = new HealthcareService();
        h.setId("HealthcareService/" + id);
        if (updated != null) {
            h.getMeta().setLastUpdated(Date.from(updated));
        }
        h.setActive(active);
        h.setName(name);
        h.setProvidedBy(new Reference("Organization/" + providerId).setDisplay(providerName));
        h.addType(new CodeableConcept(new Coding(FhirCodes.SERVICE_TYPE, typeCode, typeName)));
        h.addExtension(FhirCodes.EXT_LOCATION_COUNTY, new CodeableConcept(new Coding(FhirCodes.COUNTY, countyFips, countyName)));
        return h;
    }

    /** HSDS 3.1 service_capacity: what is free now, the most the service takes, the waiting list, what contracts fund. */
    private static Extension capacity(int available, int maximum, Integer waitlist, int funded, Instant updated) {
        Extension capacity = new Extension(FhirCodes.EXT_SERVICE_CAPACITY);
        capacity.addExtension("available", new IntegerType(available));
        capacity.addExtension("maximum", new IntegerType(maximum));
        if (waitlist != null) {
            capacity.addExtension("waitlist", new IntegerType(waitlist));
        }
        capacity.addExtension("funded", new IntegerType(funded));
        capacity.addExtension("unit", new StringType("places"));
        if (updated != null) {
            capacity.addExtension("updated", new DateTimeType(Date.from(updated)));
        }
        return capacity;
    }

    static Organization organization(OrganisationDetails o) {
        Organization org = new Organization();
        org.setId("Organization/" + o.id());
        org.getMeta().setVersionId(Long.toString(o.version()));
        org.setActive(o.active());
        org.setName(o.name());
        org.addType(new CodeableConcept(new Coding(FhirCodes.ORGANISATION_TYPE, o.type().name(), null)));
        if (o.phone() != null) {
            org.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(o.phone());
        }
        if (o.email() != null) {
            org.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(o.email());
        }
        if (o.website() != null) {
            org.addTelecom().setSystem(ContactPoint.ContactPointSystem.URL).setValue(o.website());
        }
        if (o.addressLine() != null || o.city() != null) {
            org.addAddress().addLine(o.addressLine()).setCity(o.city()).setPostalCode(o.postalCode())
                    .setDistrict(o.headquartersCountyName());
        }
        return org;
    }
}
