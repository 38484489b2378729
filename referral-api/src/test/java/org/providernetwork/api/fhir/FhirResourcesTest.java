package org.providernetwork.api.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.referral.ChildGender;
import org.providernetwork.domain.referral.DeclineReason;
import org.providernetwork.domain.referral.NeedDomain;
import org.providernetwork.domain.referral.OfferStatus;
import org.providernetwork.domain.referral.ReferralStatus;
import org.providernetwork.domain.referral.RiskLevel;
import org.providernetwork.domain.referral.Urgency;
import org.providernetwork.service.network.OrganisationDetails;
import org.providernetwork.service.offering.OfferingDetails;
import org.providernetwork.service.outcome.CaseRecord;
import org.providernetwork.domain.outcome.Setting;
import org.providernetwork.service.referral.ReferralView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The resources the FHIR endpoint answers are valid against the base R4 definitions (checked with the HAPI
 * validator), and a Gravity-style bundle reads into the intake the JSON API would build, with shape errors
 * naming the element.
 */
class FhirResourcesTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static FhirValidator validator;

    private static final Instant T0 = Instant.parse("2026-11-02T15:00:00Z");
    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("America/Chicago");

    @BeforeAll
    static void validator() {
        validator = FHIR.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
                new org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport(FHIR),
                FHIR.getValidationSupport(),
                new org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService(FHIR))));
    }

    private static void assertValid(IBaseResource resource) {
        ValidationResult result = validator.validateWithResult(resource);
        List<String> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getLocationString() + ": " + m.getMessage()).toList();
        assertTrue(errors.isEmpty(), resource.fhirType() + " " + errors + "\n" + FHIR.newJsonParser().setPrettyPrint(true)
                .encodeResourceToString(resource));
    }

    static ReferralView referral(ReferralStatus status, OfferStatus offer) {
        return new ReferralView(7, "REF-7", status, Urgency.URGENT, RiskLevel.MODERATE, "FOSTER", "17031", null, "R2",
                List.of(new ReferralView.ChildView("A.B.", 9, ChildGender.FEMALE)), Map.of("TRAUMA", 2), Set.of("MED-FRAGILE"),
                Set.of("MED-FRAGILE"), false, true, false, org.providernetwork.domain.reference.LevelOfCare.FOSTER, "Casey Manager", "casey@example.org", "needs a quiet home",
                false, null, "lead.r2", T0, T0.plusSeconds(600),
                List.of(new ReferralView.OfferView(11, 5, 3, "Foster care, Cook", 1, 1, 0.9, offer, T0, T0.plusSeconds(86_400),
                        offer == OfferStatus.OFFERED ? null : T0.plusSeconds(600), "provider2.admin",
                        offer == OfferStatus.DECLINED ? DeclineReason.AT_CAPACITY : null, null)),
                List.of(new ReferralView.EventView("CREATE", null, ReferralStatus.REQUESTED, null, null, "lead.r2", T0),
                        new ReferralView.EventView("OFFER", ReferralStatus.REQUESTED, ReferralStatus.OFFERED, 11L, "Foster care",
                                "lead.r2", T0)), List.of(), 4, ReferralView.Allowed.NOTHING);
    }

    @Test
    void referralsOfferingsAndOrganisationsAreValidR4() {
        for (ReferralStatus status : ReferralStatus.values()) {
            ReferralView view = referral(status, status == ReferralStatus.OFFERED ? OfferStatus.OFFERED
                    : status == ReferralStatus.CANCELLED ? OfferStatus.WITHDRAWN
                    : status == ReferralStatus.COMPLETED ? OfferStatus.CLOSED
                    : status == ReferralStatus.REQUESTED ? OfferStatus.DECLINED : OfferStatus.ACCEPTED);
            assertValid(FhirViews.serviceRequest(view));
            FhirViews.tasks(view).forEach(FhirResourcesTest::assertValid);
        }
        FhirViews.history(referral(ReferralStatus.OFFERED, OfferStatus.OFFERED)).forEach(FhirResourcesTest::assertValid);
        assertValid(FhirViews.healthcareService(new OfferingDetails(5, "Foster care, Cook", "Family foster homes", "FOSTER",
                "Foster care", 3, "Helping Hands", "17031", "Cook", List.of(new OfferingDetails.Coded("17031", "Cook")),
                List.of(new OfferingDetails.Coded("MED-FRAGILE", "Medically fragile")), List.of(new OfferingDetails.Coded("es", "Spanish")),
                0, 17, GendersServed.ANY, 3, true, RiskLevel.all(), List.of(), true, 2, 6, 1, 1, 5, true, T0, T0, 3)));
        assertValid(FhirViews.organization(new OrganisationDetails(3, "Helping Hands", OrganisationType.LOCAL_PROVIDER, null,
                "17031", "Cook", "1 Main St", "Chicago", "60601", "312-555-0100", "info@example.org", "https://example.org",
                true, List.of("R2"), List.of(), T0, 1)));
    }

    @Test
    void taskStatusesFollowTheReferralAndTheOffer() {
        assertEquals(Task.TaskStatus.RECEIVED, FhirViews.referralTask(referral(ReferralStatus.OFFERED, OfferStatus.OFFERED)).getStatus());
        ReferralView inProgress = referral(ReferralStatus.IN_PROGRESS, OfferStatus.ACCEPTED);
        assertEquals(Task.TaskStatus.INPROGRESS, FhirViews.offerTask(inProgress, inProgress.offers().get(0)).getStatus());
        ReferralView declined = referral(ReferralStatus.REQUESTED, OfferStatus.DECLINED);
        Task rejected = FhirViews.offerTask(declined, declined.offers().get(0));
        assertEquals(Task.TaskStatus.REJECTED, rejected.getStatus());
        assertEquals("AT_CAPACITY", rejected.getStatusReason().getCodingFirstRep().getCode());
        assertEquals("Task/7-11", rejected.getIdElement().toUnqualifiedVersionless().getValue());
        assertEquals("Organization/3", rejected.getOwner().getReference());
    }

    @Test
    void anOfferTaskCarriesItsPlacementsAsValidR4Outputs() {
        ReferralView view = referral(ReferralStatus.IN_PROGRESS, OfferStatus.ACCEPTED);
        Task task = FhirViews.offerTask(view, view.offers().get(0), List.of(
                new CaseRecord.PlacementView(1, LocalDate.parse("2026-10-20"), LocalDate.parse("2026-11-01"), "SHELTER", 3L,
                        "Helping Hands", "17031", false),
                new CaseRecord.PlacementView(1, LocalDate.parse("2026-11-01"), null, "FOSTER_HOME", 3L, "Helping Hands", "17031",
                        true)));
        assertValid(task);
        List<Task.TaskOutputComponent> outputs = task.getOutput();
        assertEquals(2, outputs.size());
        Task.TaskOutputComponent current = outputs.get(1);
        assertEquals("placement", current.getType().getCodingFirstRep().getCode());
        Coding setting = ((CodeableConcept) current.getValue()).getCodingFirstRep();
        assertEquals(FhirCodes.PLACEMENT_SETTING, setting.getSystem());
        assertEquals("FOSTER_HOME", setting.getCode());
        org.hl7.fhir.r4.model.Period period = (org.hl7.fhir.r4.model.Period) current.getExtensionByUrl(FhirCodes.EXT_PLACEMENT_PERIOD)
                .getValue();
        assertEquals("2026-11-01", period.getStartElement().getValueAsString());
        assertTrue(!period.hasEnd(), "the placement goes on");
        assertEquals("2026-11-01", ((org.hl7.fhir.r4.model.Period) outputs.get(0).getExtensionByUrl(FhirCodes.EXT_PLACEMENT_PERIOD)
                .getValue()).getEndElement().getValueAsString());

        // a Task read back and sent again names the same placements, from the same dates
        List<TaskProvider.ReportedPlacement> again = TaskProvider.placements(task, ZONE);
        assertEquals(List.of(Setting.SHELTER, Setting.FOSTER_HOME), again.stream().map(p -> p.change().setting()).toList());
        assertEquals(List.of(LocalDate.parse("2026-10-20"), LocalDate.parse("2026-11-01")),
                again.stream().map(p -> p.change().startDate()).toList());
        assertEquals("Task.output[1].extension:placement-period", again.get(1).startElement());
    }

    private static Task start(String code) {
        Task task = new Task().setStatus(Task.TaskStatus.INPROGRESS).setIntent(Task.TaskIntent.ORDER);
        task.addOutput().setType(new CodeableConcept(new Coding(FhirCodes.TASK_OUTPUT, "placement", null)))
                .setValue(new CodeableConcept(new Coding(FhirCodes.PLACEMENT_SETTING, code, null)));
        return task;
    }

    @Test
    void aPlacementStartsOnTheExecutionPeriodsStartElseTheServiceDecides() {
        Task task = start("KIN");
        assertValid(task);
        TaskProvider.ReportedPlacement today = TaskProvider.placements(task, ZONE).get(0);
        assertEquals(Setting.KIN, today.change().setting());
        assertEquals(null, today.change().startDate(), "no date: the service starts it today in the state's zone");
        task.getExecutionPeriod().setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2026-11-02T03:30:00Z"));
        TaskProvider.ReportedPlacement dated = TaskProvider.placements(task, ZONE).get(0);
        assertEquals(LocalDate.parse("2026-11-01"), dated.change().startDate(), "an instant is a day of the state's zone");
        assertEquals("Task.executionPeriod.start", dated.startElement());
    }

    private static String refusedPlacement(Task task) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> TaskProvider.placements(task, ZONE));
        return ((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep().getExpression().get(0).getValue();
    }

    @Test
    void anUnmappablePlacementNamesTheElement() {
        assertEquals("Task.output[0].value", refusedPlacement(start("TREEHOUSE")));
        Task asText = start("KIN");
        asText.getOutputFirstRep().setValue(new org.hl7.fhir.r4.model.StringType("foster home"));
        assertEquals("Task.output[0].value", refusedPlacement(asText));
        Task second = start("KIN");
        second.getOutput().add(0, new Task.TaskOutputComponent(new CodeableConcept(new Coding(FhirCodes.TASK_OUTPUT,
                "outcome-note", null)), new org.hl7.fhir.r4.model.StringType("settled")));
        second.getOutput().get(1).setValue(new CodeableConcept(new Coding(FhirCodes.PLACEMENT_SETTING, "CASTLE", null)));
        assertEquals("Task.output[1].value", refusedPlacement(second));
        Task monthOnly = start("KIN");
        monthOnly.getExecutionPeriod().setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2026-11"));
        assertEquals("Task.executionPeriod.start", refusedPlacement(monthOnly));
    }

    static Bundle bundle(Consumer<Bundle> change) {
        Patient child = new Patient();
        child.addName().setText("A.B.");
        child.setGender(Enumerations.AdministrativeGender.FEMALE);
        child.setBirthDateElement(new DateType("2017-04-01"));
        Practitioner manager = new Practitioner();
        manager.addName().setText("Casey Manager");
        manager.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue("casey@example.org");
        Observation trauma = new Observation();
        trauma.setStatus(Observation.ObservationStatus.FINAL);
        trauma.setCode(new CodeableConcept(new Coding(FhirCodes.NEED_DOMAIN, "TRAUMA", null)));
        trauma.setValue(new IntegerType(3));
        ServiceRequest request = new ServiceRequest();
        request.addIdentifier().setValue("REF-9");
        request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.setCode(new CodeableConcept(new Coding(FhirCodes.SERVICE_TYPE, "FOSTER", null)));
        request.addLocationCode(new CodeableConcept(new Coding(FhirCodes.COUNTY, "17031", null)));
        request.setPriority(ServiceRequest.ServiceRequestPriority.ASAP);
        request.addExtension(new Extension(FhirCodes.EXT_RISK, new CodeType("HIGH")));
        request.setSubject(new Reference("urn:uuid:5b0c3e4a-1d2f-4a51-9d0e-0c3f1a2b3c01"));
        request.setRequester(new Reference("urn:uuid:5b0c3e4a-1d2f-4a51-9d0e-0c3f1a2b3c02"));
        Task task = new Task();
        task.setStatus(Task.TaskStatus.REQUESTED);
        task.setIntent(Task.TaskIntent.ORDER);
        task.setFocus(new Reference("urn:uuid:5b0c3e4a-1d2f-4a51-9d0e-0c3f1a2b3c04"));
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        bundle.getIdentifier().setSystem("urn:example:bundles").setValue("b-9");
        for (Object[] e : new Object[][] {{"urn:uuid:5b0c3e4a-1d2f-4a51-9d0e-0c3f1a2b3c01", child}, {"urn:uuid:5b0c3e4a-1d2f-4a51-9d0e-0c3f1a2b3c02", manager}, {"urn:uuid:5b0c3e4a-1d2f-4a51-9d0e-0c3f1a2b3c03", trauma},
                {"urn:uuid:5b0c3e4a-1d2f-4a51-9d0e-0c3f1a2b3c04", request}, {"urn:uuid:5b0c3e4a-1d2f-4a51-9d0e-0c3f1a2b3c05", task}}) {
            bundle.addEntry().setFullUrl((String) e[0]).setResource((org.hl7.fhir.r4.model.Resource) e[1]).getRequest()
                    .setMethod(Bundle.HTTPVerb.POST).setUrl(((org.hl7.fhir.r4.model.Resource) e[1]).fhirType());
        }
        if (change != null) {
            change.accept(bundle);
        }
        return bundle;
    }

    @Test
    void aGravityBundleReadsIntoAnIntake() {
        Bundle bundle = bundle(null);
        assertValid(bundle);
        FhirIntake.Read read = FhirIntake.read(bundle);
        assertEquals("REF-9", read.intake().number());
        assertEquals("FOSTER", read.intake().serviceTypeCode());
        assertEquals("17031", read.intake().homeCountyFips());
        assertEquals(Urgency.EMERGENCY, read.intake().urgency());
        assertEquals(RiskLevel.HIGH, read.intake().risk());
        assertEquals(LocalDate.parse("2017-04-01"), read.intake().children().get(0).birthDate());
        assertEquals(Map.of(NeedDomain.TRAUMA, 3), read.intake().ratings());
        assertEquals("casey@example.org", read.intake().caseManagerEmail());
        assertEquals("fhir-bundle:urn:example:bundles|b-9", read.idempotencyKey());
        assertEquals(3, read.serviceRequestEntry());
        assertEquals(4, read.taskEntry());
    }

    @Test
    void withoutABundleIdentifierIfNoneExistIsTheIdempotencyKey() {
        Bundle bundle = bundle(b -> {
            b.setIdentifier(null);
            b.getEntry().get(3).getRequest().setIfNoneExist("identifier=urn:example:cases|2026-77");
        });
        assertEquals("fhir-sr:urn:example:cases|2026-77", FhirIntake.read(bundle).idempotencyKey());
        assertEquals(null, FhirIntake.read(bundle(b -> b.setIdentifier(null))).idempotencyKey(), "no key: every bundle creates");
        assertEquals("Bundle.entry.request.ifNoneExist", element(b -> {
            b.setIdentifier(null);
            b.getEntry().get(3).getRequest().setIfNoneExist("_id=5");
        }));
    }

    private static String element(Consumer<Bundle> change) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> FhirIntake.read(bundle(change)));
        return ((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep().getExpression().get(0).getValue();
    }

    @Test
    void shapeErrorsNameTheElement() {
        assertEquals("Bundle.type", element(b -> b.setType(Bundle.BundleType.COLLECTION)));
        assertEquals("Patient.gender", element(b -> ((Patient) b.getEntry().get(0).getResource())
                .setGender(Enumerations.AdministrativeGender.UNKNOWN)));
        assertEquals("Observation.value[x]", element(b -> ((Observation) b.getEntry().get(2).getResource())
                .setValue(new org.hl7.fhir.r4.model.StringType("high"))));
        assertEquals("Task.status", element(b -> ((Task) b.getEntry().get(4).getResource()).setStatus(Task.TaskStatus.ACCEPTED)));
        assertEquals("Bundle.entry[1].request.method", element(b -> b.getEntry().get(1).getRequest().setMethod(Bundle.HTTPVerb.PUT)));
        assertEquals("ServiceRequest.extension:risk", element(b -> ((ServiceRequest) b.getEntry().get(3).getResource())
                .getExtensionByUrl(FhirCodes.EXT_RISK).setValue(new CodeType("EXTREME"))));
        assertEquals("Bundle.entry[0].resource", element(b -> b.getEntry().get(0).setResource(new org.hl7.fhir.r4.model.Device())));
    }
}
