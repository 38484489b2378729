package org.providernetwork.portal.it;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The FHIR endpoint on MariaDB: a referral sent as a Gravity-style transaction Bundle (ServiceRequest + Task +
 * Patient, the assessment as Observation, the case manager as Practitioner) is taken in once, read back, polled
 * for by the provider, accepted, completed and rejected through Task updates, its Task history read; other
 * tenants are answered 404 and bad bundles an OperationOutcome naming the element, never a 5xx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FhirMariaDbIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);
    private static final String BASE = "http://providernetwork.org/fhir";
    private static final String FHIR_JSON = "application/fhir+json";
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private ApiClient as(String user) {
        return ApiClient.as(URI.create(PortalDeployment.loopback(base)), user);
    }

    private static IParser parser() {
        return FHIR.newJsonParser();
    }

    private static <T extends IBaseResource> T parse(ApiClient.Reply reply, Class<T> type) {
        assertTrue(reply.contentType().contains("json"), reply.contentType() + ": " + reply.body());
        return parser().parseResource(type, reply.body());
    }

    /** An offering of provider2.admin's organisation under contract, a child that fits it, and the organisation. */
    private record Target(JsonObject offering, int age, String gender, long organisation) {
        long id() {
            return offering.getJsonNumber("id").longValue();
        }
    }

    private Target target(int index) throws Exception {
        long org = as("provider2.admin").get("api/v1/accounts?name=provider2.admin").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("organisationId").longValue();
        JsonObject offering = as("provider2.admin").get("api/v1/offerings?size=50&contracted=true&organization=" + org)
                .json().getJsonArray("items").getJsonObject(index);
        String genders = offering.getString("genders");
        return new Target(offering, offering.getInt("minAge"), genders.equals("ANY") ? "FEMALE" : genders, org);
    }

    /** A contracted offering of provider2.admin of a placement service (one that places the child). */
    private Target placementTarget() throws Exception {
        java.util.Set<String> placing = as("provider2.admin").get("api/v1/service-types").array().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getBoolean("placement")).map(t -> t.getString("code"))
                .collect(java.util.stream.Collectors.toSet());
        for (int i = 0; ; i++) {
            Target candidate = target(i);
            if (placing.contains(candidate.offering().getString("serviceTypeCode"))) {
                return candidate;
            }
        }
    }

    private void declare(Target target, int available) throws Exception {
        ApiClient provider = as("provider2.admin");
        ApiClient.Reply current = provider.get("api/v1/capacity/" + target.id());
        JsonObject c = current.json();
        int maximum = Math.max(c.getInt("maximum"), available + c.getInt("reserved"));
        ApiClient.Reply put = provider.put("api/v1/capacity/" + target.id(), "{\"available\": " + available + ", \"maximum\": "
                + maximum + ", \"waitlist\": 0}", current.header("ETag"));
        assertEquals(200, put.status(), put.body());
    }

    /** A Gravity-style referral bundle for the target; {@code change} adjusts it before it is sent. */
    private static Bundle bundle(String number, Target target, Consumer<Bundle> change) {
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        for (String name : List.of("child", "manager", "trauma", "request", "task")) {
            ids.put(name, "urn:uuid:" + java.util.UUID.nameUUIDFromBytes((name + number).getBytes(StandardCharsets.UTF_8)));
        }
        Patient child = new Patient();
        child.addName().setText("A.B.");
        child.setGender("MALE".equals(target.gender()) ? Enumerations.AdministrativeGender.MALE
                : Enumerations.AdministrativeGender.FEMALE);
        child.setBirthDateElement(new DateType(PortalDeployment.today().minusYears(target.age()).minusDays(10).toString()));
        Practitioner manager = new Practitioner();
        manager.addName().setText("Casey Manager");
        manager.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue("casey@example.org");
        Observation trauma = new Observation();
        trauma.setStatus(Observation.ObservationStatus.FINAL);
        trauma.setCode(new CodeableConcept(new Coding(BASE + "/CodeSystem/need-domain", "TRAUMA", null)));
        trauma.setValue(new IntegerType(2));
        ServiceRequest request = new ServiceRequest();
        request.addIdentifier().setSystem("urn:example:state-case-system").setValue(number);
        request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.addCategory(new CodeableConcept(new Coding("http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes",
                "sdoh-category-unspecified", null)));
        request.setCode(new CodeableConcept(new Coding(BASE + "/CodeSystem/service-type",
                target.offering().getString("serviceTypeCode"), null)));
        request.addLocationCode(new CodeableConcept(new Coding(BASE + "/CodeSystem/county-fips",
                target.offering().getString("countyFips"), null)));
        request.setPriority(ServiceRequest.ServiceRequestPriority.URGENT);
        request.addExtension(new Extension(BASE + "/StructureDefinition/risk", new CodeType("MODERATE")));
        request.setSubject(new Reference(ids.get("child")));
        request.setRequester(new Reference(ids.get("manager")));
        request.addSupportingInfo(new Reference(ids.get("trauma")));
        Task task = new Task();
        task.setStatus(Task.TaskStatus.REQUESTED);
        task.setIntent(Task.TaskIntent.ORDER);
        task.setCode(new CodeableConcept(new Coding("http://hl7.org/fhir/CodeSystem/task-code", "fulfill", null)));
        task.setFocus(new Reference(ids.get("request")));
        task.setFor(new Reference(ids.get("child")));
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.TRANSACTION);
        bundle.getIdentifier().setSystem("urn:example:state-case-system:bundle").setValue(number);
        add(bundle, ids.get("child"), child);
        add(bundle, ids.get("manager"), manager);
        add(bundle, ids.get("trauma"), trauma);
        add(bundle, ids.get("request"), request);
        add(bundle, ids.get("task"), task);
        if (change != null) {
            change.accept(bundle);
        }
        return bundle;
    }

    private static void add(Bundle bundle, String fullUrl, org.hl7.fhir.r4.model.Resource resource) {
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource).getRequest().setMethod(Bundle.HTTPVerb.POST)
                .setUrl(resource.fhirType());
    }

    private static ServiceRequest request(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(ServiceRequest.class::isInstance)
                .map(ServiceRequest.class::cast).findFirst().orElseThrow();
    }

    private ApiClient.Reply post(String user, Bundle bundle) throws Exception {
        return as(user).post("fhir", parser().encodeResourceToString(bundle), FHIR_JSON, null);
    }

    /** Posts the bundle and answers the referral id it created. */
    private long intake(Bundle bundle) throws Exception {
        ApiClient.Reply reply = post("lead.r2", bundle);
        assertEquals(200, reply.status(), reply.body());
        Bundle response = parse(reply, Bundle.class);
        assertEquals(Bundle.BundleType.TRANSACTIONRESPONSE, response.getType());
        String location = response.getEntry().get(3).getResponse().getLocation();
        assertTrue(location.startsWith("ServiceRequest/"), location);
        return Long.parseLong(location.split("/")[1]);
    }

    /** The referral offered to the target (offered by hand by the state when matching chose another first). */
    private long offerTo(long id, Target target) throws Exception {
        JsonObject referral = as("state.staff").get("api/v1/referrals/" + id).json();
        boolean offered = referral.getJsonArray("offers").stream().map(JsonValue::asJsonObject)
                .anyMatch(o -> o.getJsonNumber("offeringId").longValue() == target.id() && o.getString("status").equals("OFFERED"));
        if (!offered) {
            ApiClient.Reply reply = as("state.staff").post("api/v1/referrals/" + id + "/offer", "{\"offeringId\": " + target.id() + "}");
            assertEquals(200, reply.status(), reply.body());
            referral = reply.json();
        }
        return referral.getJsonArray("offers").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("offeringId").longValue() == target.id() && o.getString("status").equals("OFFERED"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private ApiClient.Reply putTask(String user, String id, Task task) throws Exception {
        task.setId("Task/" + id);
        return as(user).put("fhir/Task/" + id, parser().encodeResourceToString(task), null);
    }

    private static Task status(Task.TaskStatus status) {
        Task task = new Task();
        task.setStatus(status);
        task.setIntent(Task.TaskIntent.ORDER);
        return task;
    }

    @Test
    void theCapabilityStatementListsWhatIsSupportedAndSignInIsRequired() throws Exception {
        ApiClient.Reply reply = as("state.staff").get("fhir/metadata");
        assertEquals(200, reply.status(), reply.body());
        CapabilityStatement capability = parse(reply, CapabilityStatement.class);
        assertEquals(Enumerations.FHIRVersion._4_0_1, capability.getFhirVersion());
        List<String> types = capability.getRestFirstRep().getResource().stream().map(r -> r.getType()).toList();
        assertTrue(types.containsAll(List.of("Task", "ServiceRequest", "HealthcareService", "Organization")), types.toString());
        assertTrue(capability.getRestFirstRep().getInteraction().stream()
                .anyMatch(i -> i.getCode() == CapabilityStatement.SystemRestfulInteraction.TRANSACTION), "transaction is listed");
        assertEquals(401, ApiClient.anonymous(URI.create(PortalDeployment.loopback(base))).get("fhir/Task/1").status());
    }

    /** The child of a bundle named for this run, so that its care record is this test's alone. */
    private static Consumer<Bundle> childOfThisRun() {
        return b -> b.getEntry().stream().filter(e -> e.getResource() instanceof Patient)
                .forEach(e -> ((Patient) e.getResource()).getNameFirstRep().setText("Gravity " + RUN));
    }

    private static Task startWith(String setting, LocalDate start) {
        Task task = status(Task.TaskStatus.INPROGRESS);
        if (start != null) {
            task.getExecutionPeriod().setStartElement(new org.hl7.fhir.r4.model.DateTimeType(start.toString()));
        }
        task.addOutput().setType(new CodeableConcept(new Coding(BASE + "/CodeSystem/task-output", "placement", null)))
                .setValue(new CodeableConcept(new Coding(BASE + "/CodeSystem/placement-setting", setting, null)));
        return task;
    }

    /** The placements of the referral's first child, as the JSON API's case record shows them. */
    private List<JsonObject> placementsOf(long id) throws Exception {
        ApiClient.Reply record = as("provider2.admin").get("api/v1/referrals/" + id + "/outcomes");
        assertEquals(200, record.status(), record.body());
        return record.json().getJsonArray("children").getJsonObject(0).getJsonArray("placements").stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static List<Task.TaskOutputComponent> placementOutputs(Task task) {
        return task.getOutput().stream().filter(o -> "placement".equals(o.getType().getCodingFirstRep().getCode())).toList();
    }

    @Test
    void aGravityBundleIsTakenInOnceReadBackPolledAcceptedCompletedAndItsHistoryRead() throws Exception {
        Target target = placementTarget();
        declare(target, 3);
        String number = "FHIR-LIFE-" + RUN;
        Instant before = Instant.now().minusSeconds(2);
        long id = intake(bundle(number, target, childOfThisRun()));

        ApiClient.Reply repeated = post("lead.r2", bundle(number, target, childOfThisRun()));
        assertEquals(200, repeated.status(), repeated.body());
        Bundle.BundleEntryResponseComponent again = parse(repeated, Bundle.class).getEntry().get(3).getResponse();
        assertTrue(again.getStatus().startsWith("200"), "a repeated bundle creates nothing: " + again.getStatus());
        assertTrue(again.getLocation().startsWith("ServiceRequest/" + id + "/"), again.getLocation());

        ServiceRequest request = parse(as("lead.r2").get("fhir/ServiceRequest/" + id), ServiceRequest.class);
        assertEquals(number, request.getIdentifierFirstRep().getValue());
        assertEquals(target.offering().getString("serviceTypeCode"), request.getCode().getCodingFirstRep().getCode());
        assertEquals(ServiceRequest.ServiceRequestPriority.URGENT, request.getPriority());
        assertFalse(request.getContained().isEmpty(), "the child, the assessment and the case manager are contained");
        assertEquals(404, as("lead.r1").get("fhir/ServiceRequest/" + id).status(), "another region's lead");

        long offer = offerTo(id, target);
        Task referralTask = parse(as("lead.r2").get("fhir/Task/" + id), Task.class);
        assertEquals(Task.TaskStatus.RECEIVED, referralTask.getStatus(), "offered: the portal has it in hand");
        assertEquals("ServiceRequest/" + id, referralTask.getFocus().getReference());

        String offerTask = id + "-" + offer;
        String poll = "fhir/Task?owner=Organization/" + target.organisation() + "&status=requested&_lastUpdated="
                + URLEncoder.encode("gt" + before, StandardCharsets.UTF_8);
        ApiClient.Reply polled = as("provider2.admin").get(poll);
        assertEquals(200, polled.status(), polled.body());
        Bundle found = parse(polled, Bundle.class);
        assertTrue(found.getEntry().stream().anyMatch(e -> e.getResource().getIdElement().getIdPart().equals(offerTask)),
                "the provider finds its offer by polling: " + polled.body());
        assertTrue(found.getEntry().stream().map(e -> (Task) e.getResource())
                .allMatch(t -> t.getStatus() == Task.TaskStatus.REQUESTED
                        && t.getOwner().getReference().equals("Organization/" + target.organisation())));

        assertEquals(404, as("provider.admin").get("fhir/Task/" + offerTask).status(), "a provider it was not offered to");
        assertEquals(404, as("lead.r1").get("fhir/Task/" + id).status(), "another region's lead");
        assertEquals(404, putTask("provider.admin", offerTask, status(Task.TaskStatus.ACCEPTED)).status(),
                "nor may another provider accept it");

        Task current = parse(as("provider2.admin").get("fhir/Task/" + offerTask), Task.class);
        ApiClient.Reply stale = as("provider2.admin").put("fhir/Task/" + offerTask, parser().encodeResourceToString(
                status(Task.TaskStatus.ACCEPTED).setId("Task/" + offerTask)), "W/\"" + (Long.parseLong(current.getMeta().getVersionId()) - 1) + "\"");
        assertEquals(409, stale.status(), "an update against an older version is refused: " + stale.body());
        ApiClient.Reply accepted = as("provider2.admin").put("fhir/Task/" + offerTask, parser().encodeResourceToString(
                status(Task.TaskStatus.ACCEPTED).setId("Task/" + offerTask)), "W/\"" + current.getMeta().getVersionId() + "\"");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals(Task.TaskStatus.ACCEPTED, parse(accepted, Task.class).getStatus());
        Task afterAccept = parse(as("lead.r2").get("fhir/Task/" + id), Task.class);
        assertEquals(Task.TaskStatus.ACCEPTED, afterAccept.getStatus());
        assertEquals("Organization/" + target.organisation(), afterAccept.getOwner().getReference());
        ApiClient.Reply twice = putTask("provider2.admin", offerTask, status(Task.TaskStatus.REJECTED));
        assertEquals(400, twice.status(), "a reject needs its reason: " + twice.body());

        // the start with a placement report: refused whole when the placement is, else both kept at once
        ApiClient.Reply unmappable = putTask("provider2.admin", offerTask, startWith("TREEHOUSE", null));
        assertEquals(400, unmappable.status(), unmappable.body());
        assertEquals("Task.output[0].value", parse(unmappable, OperationOutcome.class).getIssueFirstRep().getExpression().get(0)
                .getValue());
        assertEquals(Task.TaskStatus.ACCEPTED, parse(as("provider2.admin").get("fhir/Task/" + offerTask), Task.class).getStatus(),
                "the status did not change");
        ApiClient.Reply future = putTask("provider2.admin", offerTask, startWith("FOSTER_HOME", PortalDeployment.today().plusDays(3)));
        assertEquals(400, future.status(), "a placement in the future is refused by the placement report: " + future.body());
        assertEquals("Task.executionPeriod.start", parse(future, OperationOutcome.class).getIssueFirstRep().getExpression().get(0)
                .getValue());
        assertEquals(Task.TaskStatus.ACCEPTED, parse(as("provider2.admin").get("fhir/Task/" + offerTask), Task.class).getStatus(),
                "the start was not kept without its placement");
        assertEquals("ACCEPTED", as("state.staff").get("api/v1/referrals/" + id).json().getString("status"));

        LocalDate placedOn = PortalDeployment.today().minusDays(1);
        ApiClient.Reply started = putTask("provider2.admin", offerTask, startWith("FOSTER_HOME", placedOn));
        assertEquals(200, started.status(), started.body());
        assertEquals(Task.TaskStatus.INPROGRESS, parse(started, Task.class).getStatus());
        Task inProgress = parse(as("provider2.admin").get("fhir/Task/" + offerTask), Task.class);
        List<Task.TaskOutputComponent> placed = placementOutputs(inProgress);
        assertEquals(1, placed.size(), parser().encodeResourceToString(inProgress));
        assertEquals("FOSTER_HOME", ((CodeableConcept) placed.get(0).getValue()).getCodingFirstRep().getCode());
        org.hl7.fhir.r4.model.Period period = (org.hl7.fhir.r4.model.Period) placed.get(0)
                .getExtensionByUrl(BASE + "/StructureDefinition/placement-period").getValue();
        assertEquals(placedOn.toString(), period.getStartElement().getValueAsString());
        List<JsonObject> recorded = placementsOf(id);
        assertEquals(1, recorded.size(), "one placement, of the setting reported, instead of the service's: " + recorded);
        assertEquals("FOSTER_HOME", recorded.get(0).getString("setting"));
        assertEquals(placedOn.toString(), recorded.get(0).getString("startDate"));

        ApiClient.Reply sentBack = putTask("provider2.admin", offerTask, inProgress);
        assertEquals(200, sentBack.status(), "the Task as read, sent back: " + sentBack.body());
        assertEquals(1, placementsOf(id).size(), "a placement already recorded is not recorded again");

        Task complete = status(Task.TaskStatus.COMPLETED);
        complete.addOutput().setType(new CodeableConcept(new Coding(BASE + "/CodeSystem/task-output", "discharge-reason", null)))
                .setValue(new CodeableConcept(new Coding(BASE + "/CodeSystem/discharge-reason", "REUNIFICATION", null)));
        complete.addOutput().setType(new CodeableConcept(new Coding(BASE + "/CodeSystem/task-output", "outcome-note", null)))
                .setValue(new StringType("home with mother"));
        ApiClient.Reply completed = putTask("provider2.admin", offerTask, complete);
        assertEquals(200, completed.status(), completed.body());
        Task done = parse(completed, Task.class);
        assertEquals(Task.TaskStatus.COMPLETED, done.getStatus());
        assertTrue(done.getOutput().stream().anyMatch(o -> o.getValue().primitiveValue() != null
                && o.getValue().primitiveValue().contains("home with mother")), "the outcome is reported back");
        assertEquals("COMPLETED", as("state.staff").get("api/v1/referrals/" + id).json().getString("status"),
                "the same referral, seen through the JSON API");
        List<Task.TaskOutputComponent> ended = placementOutputs(parse(as("provider2.admin").get("fhir/Task/" + offerTask), Task.class));
        assertEquals(1, ended.size());
        assertEquals(PortalDeployment.today().toString(), ((org.hl7.fhir.r4.model.Period) ended.get(0)
                .getExtensionByUrl(BASE + "/StructureDefinition/placement-period").getValue()).getEndElement().getValueAsString(),
                "the placement ended with the service");

        ApiClient.Reply history = as("lead.r2").get("fhir/Task/" + id + "/_history");
        assertEquals(200, history.status(), history.body());
        List<Task.TaskStatus> steps = parse(history, Bundle.class).getEntry().stream()
                .map(e -> ((Task) e.getResource()).getStatus()).toList();
        assertTrue(steps.containsAll(List.of(Task.TaskStatus.REQUESTED, Task.TaskStatus.RECEIVED, Task.TaskStatus.ACCEPTED,
                Task.TaskStatus.INPROGRESS, Task.TaskStatus.COMPLETED)), steps.toString());
    }

    @Test
    void aProviderRejectsWithAReasonAndTheReferrerCancels() throws Exception {
        Target target = target(1);
        declare(target, 3);
        long id = intake(bundle("FHIR-REJ-" + RUN, target, null));
        long offer = offerTo(id, target);
        Task reject = status(Task.TaskStatus.REJECTED);
        reject.setStatusReason(new CodeableConcept(new Coding(BASE + "/CodeSystem/decline-reason", "AT_CAPACITY", null))
                .setText("full until spring"));
        ApiClient.Reply rejected = putTask("provider2.admin", id + "-" + offer, reject);
        assertEquals(200, rejected.status(), rejected.body());
        Task task = parse(rejected, Task.class);
        assertEquals(Task.TaskStatus.REJECTED, task.getStatus());
        assertEquals("AT_CAPACITY", task.getStatusReason().getCodingFirstRep().getCode());

        Task cancel = status(Task.TaskStatus.CANCELLED);
        cancel.setStatusReason(new CodeableConcept().setText("family moved out of state"));
        ApiClient.Reply cancelled = putTask("lead.r2", Long.toString(id), cancel);
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals(Task.TaskStatus.CANCELLED, parse(cancelled, Task.class).getStatus());
        assertEquals("CANCELLED", as("state.staff").get("api/v1/referrals/" + id).json().getString("status"));
        ApiClient.Reply reopen = putTask("lead.r2", Long.toString(id), status(Task.TaskStatus.ACCEPTED));
        assertEquals(409, reopen.status(), reopen.body());
        assertEquals("Task.status", parse(reopen, OperationOutcome.class).getIssueFirstRep().getExpression().get(0).getValue());
    }

    /** The element the OperationOutcome of a 4xx names. */
    private String refused(Bundle bundle, int status) throws Exception {
        ApiClient.Reply reply = post("lead.r2", bundle);
        assertEquals(status, reply.status(), reply.body());
        OperationOutcome outcome = parse(reply, OperationOutcome.class);
        assertFalse(outcome.getIssue().isEmpty());
        return outcome.getIssueFirstRep().getExpression().isEmpty() ? null
                : outcome.getIssueFirstRep().getExpression().get(0).getValue();
    }

    @Test
    void badBundlesAnswerAnOperationOutcomeNamingTheElementNeverA5xx() throws Exception {
        Target target = target(0);
        String n = "FHIR-BAD-" + RUN;
        assertEquals("ServiceRequest.locationCode", refused(bundle(n + "a", target, b -> request(b).getLocationCode().clear()), 400));
        assertEquals("ServiceRequest.code", refused(bundle(n + "b", target, b -> request(b).getCode().getCodingFirstRep()
                .setCode("NO-SUCH-SERVICE")), 400));
        assertEquals("ServiceRequest.priority", refused(bundle(n + "c", target, b -> request(b).setPriority(null)), 400));
        assertEquals("Bundle.type", refused(bundle(n + "d", target, b -> b.setType(Bundle.BundleType.BATCH)), 400));
        assertEquals("ServiceRequest.subject", refused(bundle(n + "e", target, b -> request(b).setSubject(new Reference("Patient/999"))), 400));
        assertEquals("Observation.code", refused(bundle(n + "f", target, b -> b.getEntry().stream()
                .filter(e -> e.getResource() instanceof Observation).forEach(e -> ((Observation) e.getResource()).getCode()
                        .getCodingFirstRep().setCode("NOT-A-DOMAIN"))), 400));
        assertEquals("ServiceRequest.requester", refused(bundle(n + "g", target, b -> request(b).setRequester(null)), 400));
        assertEquals("Task.focus", refused(bundle(n + "h", target, b -> b.getEntry().stream()
                .filter(e -> e.getResource() instanceof Task).forEach(e -> ((Task) e.getResource()).setFocus(null))), 400));

        for (String body : List.of("{not json", "{\"resourceType\": \"Bundle\", \"type\": \"transaction\", \"entry\": [{}]}",
                "{\"resourceType\": \"Patient\"}", "[]", "")) {
            ApiClient.Reply reply = as("lead.r2").post("fhir", body, FHIR_JSON, null);
            assertTrue(reply.status() >= 400 && reply.status() < 500, body + " -> " + reply.status() + " " + reply.body());
        }
        String unknownElement = parser().encodeResourceToString(bundle(n + "j", target, null))
                .replaceFirst("\"resourceType\":\"Patient\",", "\"resourceType\":\"Patient\",\"shoeSize\":41,");
        ApiClient.Reply unmappable = as("lead.r2").post("fhir", unknownElement, FHIR_JSON, null);
        assertEquals(400, unmappable.status(), unmappable.body());
        assertTrue(unmappable.body().contains("shoeSize"), "the element it cannot map is named: " + unmappable.body());

        ApiClient.Reply provider = post("provider2.admin", bundle(n + "i", target, null));
        assertEquals(403, provider.status(), "a provider does not take referrals in: " + provider.body());
        assertEquals(404, as("state.staff").get("fhir/Task/not-a-task").status());
        assertEquals(400, as("state.staff").get("fhir/Task?status=nonsense").status());
    }

    @Test
    void healthcareServicesCarryCapacityAndFollowTheCallersScope() throws Exception {
        Target target = target(0);
        declare(target, 4);
        String type = target.offering().getString("serviceTypeCode");
        String county = target.offering().getString("countyFips");
        ApiClient.Reply reply = as("state.staff").get("fhir/HealthcareService?service-type=" + type + "&county=" + county);
        assertEquals(200, reply.status(), reply.body());
        List<HealthcareService> services = parse(reply, Bundle.class).getEntry().stream()
                .map(e -> (HealthcareService) e.getResource()).toList();
        assertFalse(services.isEmpty());
        assertTrue(services.stream().allMatch(s -> type.equals(s.getTypeFirstRep().getCodingFirstRep().getCode())));
        HealthcareService mine = parse(as("provider2.admin").get("fhir/HealthcareService/" + target.id()), HealthcareService.class);
        Extension capacity = mine.getExtensionByUrl(BASE + "/StructureDefinition/service-capacity");
        assertNotNull(capacity, "capacity as HSDS service_capacity");
        assertEquals(4, ((IntegerType) capacity.getExtensionByUrl("available").getValue()).getValue());
        assertEquals("Organization/" + target.organisation(), mine.getProvidedBy().getReference());

        List<String> seenByProvider = parse(as("provider2.admin").get("fhir/HealthcareService?service-type=" + type),
                Bundle.class).getEntry().stream().map(e -> ((HealthcareService) e.getResource()).getProvidedBy().getReference())
                .distinct().toList();
        assertEquals(List.of("Organization/" + target.organisation()), seenByProvider, "a provider sees its own offerings");
        assertEquals(404, as("provider.admin").get("fhir/HealthcareService/" + target.id()).status(), "another provider's offering");

        Organization organization = parse(as("state.staff").get("fhir/Organization/" + target.organisation()), Organization.class);
        assertFalse(organization.getName().isBlank());
        List<String> leads = parse(as("state.staff").get("fhir/Organization?type=LEAD_CONTRACTOR"), Bundle.class).getEntry().stream()
                .map(e -> ((Organization) e.getResource()).getTypeFirstRep().getCodingFirstRep().getCode()).toList();
        assertEquals(7, leads.size(), "one lead contractor per region: " + leads);
        assertTrue(leads.stream().allMatch("LEAD_CONTRACTOR"::equals));
    }
}
