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
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.providernetwork.domain.outcome.DischargeReason;
import org.providernetwork.domain.outcome.Setting;
import org.providernetwork.domain.referral.OfferStatus;
import org.providernetwork.domain.referral.ReferralStatus;
import org.providernetwork.domain.shared.DomainException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.domain.shared.StateCalendar;
import org.providernetwork.service.outcome.CaseRecord;
import org.providernetwork.service.outcome.CaseReports;
import org.providernetwork.domain.referral.DeclineReason;
import org.providernetwork.service.referral.ReferralChanges;
import org.providernetwork.service.referral.ReferralView;
import org.providernetwork.service.referral.Referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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
    private final CaseReports reports;
    /** The state's zone: the day a placement starts, for a start date given with a time. */
    private final ZoneId zone;

    TaskProvider(Referrals referrals, ReferralChanges changes, CaseReports reports, ZoneId zone) {
        this.referrals = referrals;
        this.changes = changes;
        this.reports = reports;
        this.zone = zone;
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
        return task.offer() == null ? FhirViews.referralTask(view) : offerTask(view, offer(view, task, id));
    }

    /** An offer Task with the placements its provider recorded while serving the referral. */
    private Task offerTask(ReferralView view, ReferralView.OfferView offer) {
        return FhirViews.offerTask(view, offer, placements(view, offer));
    }

    /**
     * The placements of the offer's provider for this referral, as the case record shows them: those running when
     * the service started or begun since (one per setting and period, whatever the number of children).
     */
    private List<CaseRecord.PlacementView> placements(ReferralView view, ReferralView.OfferView offer) {
        boolean serving = (offer.status() == OfferStatus.ACCEPTED || offer.status() == OfferStatus.CLOSED)
                && (view.status() == ReferralStatus.IN_PROGRESS || view.status() == ReferralStatus.COMPLETED);
        if (!serving) {
            return List.of();
        }
        LocalDate started = view.events().stream().filter(e -> "START".equals(e.action()) && Long.valueOf(offer.id()).equals(e.offerId()))
                .map(e -> StateCalendar.dayOf(e.at(), zone)).findFirst().orElse(null);
        CaseRecord record;
        try {
            record = reports.record(view.id());
        } catch (NotFoundException e) {
            return List.of();
        }
        Map<List<Object>, CaseRecord.PlacementView> distinct = new LinkedHashMap<>();
        record.children().stream().flatMap(c -> c.placements().stream())
                .filter(p -> Objects.equals(p.providerId(), offer.providerId())
                        && (started == null || p.endDate() == null || !p.endDate().isBefore(started)))
                .sorted(Comparator.comparing(CaseRecord.PlacementView::startDate))
                .forEach(p -> distinct.putIfAbsent(Arrays.asList(p.setting(), p.startDate(), p.endDate()), p));
        return List.copyOf(distinct.values());
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
     * reason, text a note), in-progress, completed (outputs: discharge-reason, outcome-note, placement). Referral
     * Task: cancelled (statusReason text the reason). Sending the current status changes nothing, except that an
     * offer Task in progress sent with a placement not yet recorded records it (a move). The start or completion
     * and the placements reported with it are one call of {@link Referrals#progress}: one transaction.
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
        List<ReportedPlacement> placements = placements(body, zone);
        if (!placements.isEmpty() && (task.offer() == null || wanted != Task.TaskStatus.INPROGRESS
                && wanted != Task.TaskStatus.COMPLETED)) {
            throw FhirErrors.invalid("Task.output[" + placements.get(0).output() + "]",
                    "a placement is reported on an offer Task with status in-progress or completed");
        }
        ReferralView after;
        if (wanted == Task.TaskStatus.INPROGRESS && current.getStatus() == Task.TaskStatus.INPROGRESS && !placements.isEmpty()) {
            after = progress(task.referral(), new Referrals.Progress(false, changes(placements), null, null), placements);
        } else if (wanted == current.getStatus()) {
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
                case INPROGRESS -> progress(referral, new Referrals.Progress(false, changes(placements), null, null), placements);
                case COMPLETED -> progress(referral, new Referrals.Progress(true, changes(placements), outputText(body),
                        dischargeReason(body)), placements);
                default -> throw transition(current, wanted, "an offer Task is accepted, rejected, in-progress or completed");
            };
        }
        Task updated = task.offer() == null ? FhirViews.referralTask(after) : offerTask(after, offer(after, task, id));
        MethodOutcome outcome = new MethodOutcome(updated.getIdElement().withVersion(updated.getMeta().getVersionId()));
        outcome.setResource(updated);
        return outcome;
    }

    /** A placement read from {@code Task.output[output]}, and the element its start date came from. */
    record ReportedPlacement(int output, String startElement, CaseReports.PlacementChange change) {
    }

    /**
     * The placements of a Task update: outputs of type {@code placement} whose value is a setting of
     * {@link FhirCodes#PLACEMENT_SETTING}; each starts on its {@code placement-period} extension's start (as a Task
     * read back carries it), else on {@code Task.executionPeriod.start}, else today (the service decides).
     */
    static List<ReportedPlacement> placements(Task body, ZoneId zone) {
        List<ReportedPlacement> found = new ArrayList<>();
        for (int i = 0; i < body.getOutput().size(); i++) {
            Task.TaskOutputComponent output = body.getOutput().get(i);
            if (!"placement".equals(FhirIntake.code(output.getType(), FhirCodes.TASK_OUTPUT))) {
                continue;
            }
            String at = "Task.output[" + i + "]";
            String code = output.getValue() instanceof CodeableConcept c ? FhirIntake.code(c, FhirCodes.PLACEMENT_SETTING)
                    : output.getValue() instanceof Coding coding ? coding.getCode() : null;
            Setting setting;
            try {
                setting = Setting.valueOf(code.trim().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw FhirErrors.invalid(at + ".value", "a placement setting of " + FhirCodes.PLACEMENT_SETTING + " ("
                        + Arrays.stream(Setting.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")"
                        + (code == null ? "" : "; not " + code));
            }
            LocalDate start = null;
            String startElement = "Task.executionPeriod.start";
            org.hl7.fhir.r4.model.Extension period = output.getExtensionByUrl(FhirCodes.EXT_PLACEMENT_PERIOD);
            if (period != null) {
                startElement = at + ".extension:placement-period";
                if (!(period.getValue() instanceof Period p) || !p.hasStart()) {
                    throw FhirErrors.invalid(startElement, "a valuePeriod with the start of the placement");
                }
                start = day(p.getStartElement(), startElement, zone);
            } else if (body.hasExecutionPeriod() && body.getExecutionPeriod().hasStart()) {
                start = day(body.getExecutionPeriod().getStartElement(), startElement, zone);
            }
            found.add(new ReportedPlacement(i, startElement, new CaseReports.PlacementChange(null, start, setting, null, null)));
        }
        return found;
    }

    private static LocalDate day(DateTimeType value, String element, ZoneId zone) {
        if (value.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            throw FhirErrors.invalid(element, "a full date (such as 2026-11-02), not " + value.getValueAsString());
        }
        if (value.getPrecision() == TemporalPrecisionEnum.DAY) {
            return LocalDate.of(value.getYear(), value.getMonth() + 1, value.getDay());
        }
        return StateCalendar.dayOf(value.getValue().toInstant(), zone);
    }

    private static List<CaseReports.PlacementChange> changes(List<ReportedPlacement> placements) {
        return placements.stream().map(ReportedPlacement::change).toList();
    }

    /** {@link Referrals#progress}, a refusal of a placement naming the element it came from. */
    private ReferralView progress(long referral, Referrals.Progress step, List<ReportedPlacement> placements) {
        try {
            return referrals.progress(referral, step);
        } catch (DomainException e) {
            String field = e.field();
            if (field == null || !field.startsWith("placements[")) {
                throw e;
            }
            int close = field.indexOf(']');
            ReportedPlacement placement = placements.get(Integer.parseInt(field.substring("placements[".length(), close)));
            String rest = field.substring(close + 1);
            String element = switch (rest) {
                case ".setting" -> "Task.output[" + placement.output() + "].value";
                case ".startDate" -> placement.startElement();
                default -> "Task.output[" + placement.output() + "]";
            };
            throw FhirErrors.fromDomain(e, element);
        }
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
