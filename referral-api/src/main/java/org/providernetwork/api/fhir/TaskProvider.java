package org.providernetwork.api.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.History;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.providernetwork.domain.outcome.DischargeReason;
import org.providernetwork.domain.referral.DeclineReason;
import org.providernetwork.service.referral.ReferralChanges;
import org.providernetwork.service.referral.ReferralView;
import org.providernetwork.service.referral.Referrals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Task: the referral Task ({@code Task/<referral>}) and the offer Tasks ({@code Task/<referral>-<offer>}).
 * Reads, polling search, the referral Task's history, and updates mapped onto the referral's verbs: the
 * provider accepts, rejects (with a reason), starts and completes (with outputs) its offer Task; the referrer
 * cancels the referral Task.
 */
class TaskProvider implements IResourceProvider {

    private static final int DEFAULT_COUNT = 50;

    private final Referrals referrals;
    private final ReferralChanges changes;

    TaskProvider(Referrals referrals, ReferralChanges changes) {
        this.referrals = referrals;
        this.changes = changes;
    }

    @Override
    public Class<? extends IBaseResource> getResourceType() {
        return Task.class;
    }

    /** A Task id: the referral's id, and the offer's for an offer Task. */
    record TaskId(long referral, Long offer) {

        static TaskId parse(IdType id) {
            String part = id == null ? null : id.getIdPart();
            try {
                int dash = part.indexOf('-');
                return dash < 0 ? new TaskId(Long.parseLong(part), null)
                        : new TaskId(Long.parseLong(part.substring(0, dash)), Long.parseLong(part.substring(dash + 1)));
            } catch (RuntimeException e) {
                throw new ResourceNotFoundException(id == null ? new IdType("Task", "?") : id);
            }
        }
    }

    @Read
    public Task read(@IdParam IdType id) {
        TaskId task = TaskId.parse(id);
        ReferralView view = referrals.find(task.referral());
        return task.offer() == null ? FhirViews.referralTask(view) : FhirViews.offerTask(view, offer(view, task, id));
    }

    @History
    public List<Task> history(@IdParam IdType id) {
        TaskId task = TaskId.parse(id);
        if (task.offer() != null) {
            throw new ResourceNotFoundException("history is kept on the referral Task, Task/" + task.referral());
        }
        List<Task> versions = new ArrayList<>(FhirViews.history(referrals.find(task.referral())));
        java.util.Collections.reverse(versions); // newest first, as _history answers
        return versions;
    }

    /**
     * Polling: {@code owner=Organization/<id>} (offer Tasks of that provider), {@code status}, and
     * {@code _lastUpdated=gt...}; oldest change first.
     */
    @Search
    public List<Task> search(@OptionalParam(name = Task.SP_OWNER) ReferenceParam owner,
                             @OptionalParam(name = Task.SP_STATUS) TokenOrListParam status,
                             @OptionalParam(name = Constants.PARAM_LASTUPDATED) DateRangeParam lastUpdated,
                             @Count Integer count) {
        Long provider = null;
        if (owner != null) {
            if (owner.getResourceType() != null && !"Organization".equals(owner.getResourceType())) {
                throw FhirErrors.invalid("owner", "an Organization");
            }
            try {
                provider = Long.parseLong(owner.getIdPart());
            } catch (NumberFormatException e) {
                throw FhirErrors.invalid("owner", "Organization/<id>");
            }
        }
        Set<String> statuses = status == null ? Set.of() : status.getValuesAsQueryTokens().stream()
                .map(t -> t.getValue().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String s : statuses) {
            try {
                Task.TaskStatus.fromCode(s);
            } catch (Exception e) {
                throw FhirErrors.invalid("status", "not a Task status: " + s);
            }
        }
        Instant after = lastUpdated == null || lastUpdated.getLowerBoundAsInstant() == null ? null
                : lastUpdated.getLowerBoundAsInstant().toInstant().minusMillis(1);
        Instant before = lastUpdated == null || lastUpdated.getUpperBoundAsInstant() == null ? null
                : lastUpdated.getUpperBoundAsInstant().toInstant();
        int limit = count == null ? DEFAULT_COUNT : count;
        if (limit < 1 || limit > ReferralChanges.MAX_PAGE) {
            throw FhirErrors.invalid("_count", "between 1 and " + ReferralChanges.MAX_PAGE);
        }
        String ownerRef = provider == null ? null : "Organization/" + provider;
        List<Task> found = new ArrayList<>();
        for (ReferralView view : changes.changed(after, provider, limit)) {
            if (before != null && view.updatedAt().isAfter(before)) {
                continue;
            }
            for (Task task : FhirViews.tasks(view)) {
                boolean ownerMatches = ownerRef == null || ownerRef.equals(task.getOwner().getReference()) && task.hasPartOf();
                if (ownerMatches && (statuses.isEmpty() || statuses.contains(task.getStatus().toCode()))) {
                    found.add(task);
                }
            }
        }
        found.sort(Comparator.comparing(t -> t.getMeta().getLastUpdated()));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /**
     * A Task update: its status says what happens. Offer Task: accepted, rejected (statusReason a decline
     * reason, text a note), in-progress, completed (outputs: discharge-reason, outcome-note). Referral Task:
     * cancelled (statusReason text the reason). Sending the current status changes nothing.
     */
    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Task body) {
        TaskId task = TaskId.parse(id);
        if (body == null || body.getStatus() == null) {
            throw FhirErrors.invalid("Task.status", "required");
        }
        ReferralView view = referrals.find(task.referral());
        Task current = task.offer() == null ? FhirViews.referralTask(view) : FhirViews.offerTask(view, offer(view, task, id));
        if (id.hasVersionIdPart() && !id.getVersionIdPart().equals(Long.toString(view.version()))) {
            throw new ResourceVersionConflictException("Task/" + id.getIdPart() + " is at version " + view.version());
        }
        Task.TaskStatus wanted = body.getStatus();
        ReferralView after;
        if (wanted == current.getStatus()) {
            after = view;
        } else if (task.offer() == null) {
            if (wanted != Task.TaskStatus.CANCELLED) {
                throw transition(current, wanted, "the referral Task is cancelled by the referrer; providers act on their offer Task");
            }
            String reason = body.hasStatusReason() && body.getStatusReason().hasText() ? body.getStatusReason().getText()
                    : FhirIntake.code(body.getStatusReason(), FhirCodes.BUSINESS_STATUS);
            if (reason == null || reason.isBlank()) {
                throw FhirErrors.invalid("Task.statusReason", "give the reason for cancelling (text)");
            }
            after = referrals.withdraw(task.referral(), reason);
        } else {
            long referral = task.referral();
            long offer = task.offer();
            after = switch (wanted) {
                case ACCEPTED -> referrals.accept(referral, offer);
                case REJECTED -> referrals.decline(referral, offer, declineReason(body), body.hasStatusReason()
                        ? body.getStatusReason().getText() : null);
                case INPROGRESS -> referrals.start(referral);
                case COMPLETED -> {
                    if (current.getStatus() == Task.TaskStatus.ACCEPTED) {
                        referrals.start(referral);
                    }
                    yield referrals.complete(referral, outputText(body), dischargeReason(body));
                }
                default -> throw transition(current, wanted, "an offer Task is accepted, rejected, in-progress or completed");
            };
        }
        Task updated = task.offer() == null ? FhirViews.referralTask(after)
                : FhirViews.offerTask(after, offer(after, task, id));
        MethodOutcome outcome = new MethodOutcome(updated.getIdElement().withVersion(updated.getMeta().getVersionId()));
        outcome.setResource(updated);
        return outcome;
    }

    private static ResourceVersionConflictException transition(Task current, Task.TaskStatus wanted, String hint) {
        String message = "Task.status cannot go from " + current.getStatus().toCode() + " to " + wanted.toCode() + ": " + hint;
        return new ResourceVersionConflictException(message,
                FhirErrors.outcome(org.hl7.fhir.r4.model.OperationOutcome.IssueType.BUSINESSRULE, "Task.status", message));
    }

    private static ReferralView.OfferView offer(ReferralView view, TaskId task, IdType id) {
        return view.offers().stream().filter(o -> o.id() == task.offer()).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    private static DeclineReason declineReason(Task body) {
        CodeableConcept reason = body.getStatusReason();
        String code = reason == null ? null : reason.getCoding().stream().filter(c -> FhirCodes.DECLINE_REASON.equals(c.getSystem())
                || !c.hasSystem()).map(Coding::getCode).findFirst().orElse(null);
        if (code == null) {
            if (reason != null && reason.hasText()) {
                return DeclineReason.OTHER;
            }
            throw FhirErrors.invalid("Task.statusReason", "a decline reason of " + FhirCodes.DECLINE_REASON
                    + " (AT_CAPACITY, OUTSIDE_SERVICE_AREA, NOT_ELIGIBLE, MISSING_DOCUMENTS, OTHER) or a text");
        }
        try {
            return DeclineReason.valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw FhirErrors.invalid("Task.statusReason", "not a decline reason: " + code);
        }
    }

    private static String outputText(Task body) {
        return body.getOutput().stream().filter(o -> o.getValue() instanceof StringType).map(o -> ((StringType) o.getValue()).getValue())
                .findFirst().orElse(null);
    }

    private static DischargeReason dischargeReason(Task body) {
        for (Task.TaskOutputComponent output : body.getOutput()) {
            if ("discharge-reason".equals(FhirIntake.code(output.getType(), FhirCodes.TASK_OUTPUT))) {
                String code = output.getValue() instanceof CodeableConcept c ? FhirIntake.code(c, FhirCodes.DISCHARGE_REASON)
                        : output.getValue() instanceof Coding coding ? coding.getCode() : null;
                try {
                    return DischargeReason.valueOf(code.trim().toUpperCase(Locale.ROOT));
                } catch (RuntimeException e) {
                    throw FhirErrors.invalid("Task.output.value[x]", "a discharge reason of " + FhirCodes.DISCHARGE_REASON);
                }
            }
        }
        return null;
    }
}
