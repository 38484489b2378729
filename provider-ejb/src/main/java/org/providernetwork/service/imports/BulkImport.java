package org.providernetwork.service.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.providernetwork.domain.notification.EventType;
import org.providernetwork.service.notification.Notice;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.capacity.OfferingCapacity;
import org.providernetwork.domain.network.ContactDetails;
import org.providernetwork.domain.network.OfferingProfile;
import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.network.ServiceOffering;
import org.providernetwork.domain.reference.County;
import org.providernetwork.domain.reference.NeedCode;
import org.providernetwork.domain.reference.Region;
import org.providernetwork.domain.reference.ServiceType;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.network.AgeRange;
import org.providernetwork.service.account.Caller;
import org.providernetwork.service.account.SignedInUser;
import org.providernetwork.service.audit.AuditActor;
import org.providernetwork.service.contract.ContractRegistry;
import org.providernetwork.service.imports.ImportPlan.CapacityDraft;
import org.providernetwork.service.imports.ImportPlan.OfferingDraft;
import org.providernetwork.service.imports.ImportPlan.OrganisationDraft;
import org.providernetwork.service.platform.Constraints;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.reference.ReferenceViews.NeedCodeView;
import org.providernetwork.service.reference.ReferenceViews.ServiceTypeView;
import org.providernetwork.service.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bulk import of providers, offerings and capacity from a CSV file ({@code docs/bulk-import.md}).
 * {@link #validate} checks every row and writes nothing. {@link #apply} checks again and, if no row has a
 * problem, writes everything in the caller's one transaction: a failure on any row rolls all of it back.
 * {@link #start} does the same in the background and returns a job the portal polls for progress.
 * State staff import for any provider, a regional lead for the local providers of its region, a
 * provider's administrator for its own organisation (the tenant scope, {@link ImportValidator#mayImport}).
 */
@Stateless
public class BulkImport {

    @Inject
    private org.providernetwork.service.referral.Referrals referrals;

    @jakarta.inject.Inject
    private org.providernetwork.service.notification.Outbox outbox;


    /** How many rows are written between two flushes (and progress steps that reach the database). */
    static final int FLUSH_EVERY = 100;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private ReferenceData reference;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private ContractRegistry contracts;

    @Inject
    private ImportJobs jobs;

    @EJB
    private ImportRunner runner;

    /** Checks the file and reports every problem; writes nothing. */
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.PROVIDER_ADMIN})
    public ImportReport validate(@NotNull String content) {
        return plan(content, user()).report();
    }

    /**
     * Checks the file and, when every row is valid, writes it all in this transaction.
     *
     * @throws ImportRejectedException with the report when a row is invalid; nothing is written
     */
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.PROVIDER_ADMIN})
    public ImportResult apply(@NotNull String content) {
        return write(content, user(), null);
    }

    /**
     * Checks the file now and, when every row is valid, writes it in the background.
     *
     * @throws ImportRejectedException with the report when a row is invalid; nothing is written
     */
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.PROVIDER_ADMIN})
    public ImportJob start(@NotNull String content) {
        SignedInUser user = user();
        ImportPlan plan = plan(content, user);
        if (!plan.report().valid()) {
            throw new ImportRejectedException(plan.report());
        }
        ImportJob job = jobs.create(user.username(), plan.size() + 1);
        runner.run(job, content, user, AuditActor.current());
        return job;
    }

    /**
     * Writes a file for the given user, checking it again inside the writing transaction (the network may
     * have changed since it was checked). Used by {@link #apply} and by the background job.
     */
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.PROVIDER_ADMIN})
    public ImportResult write(@NotNull String content, @NotNull SignedInUser user, ImportJob job) {
        long started = System.nanoTime();
        ImportPlan plan = plan(content, user);
        if (!plan.report().valid()) {
            throw new ImportRejectedException(plan.report());
        }
        Instant now = clock.instant();
        Progress progress = new Progress(job);
        try {
            Map<String, Organisation> created = new HashMap<>();
            for (OrganisationDraft d : plan.organisations()) {
                onRow(d.row(), () -> created.put(d.nameKey(), organisation(d, now)));
                progress.step();
            }
            Map<String, Long> types = reference.serviceTypes().stream()
                    .collect(Collectors.toMap(ServiceTypeView::code, ServiceTypeView::id));
            Map<String, Long> needs = reference.needCodes().stream()
                    .collect(Collectors.toMap(NeedCodeView::code, NeedCodeView::id));
            List<ServiceOffering> offerings = new ArrayList<>();
            for (OfferingDraft d : plan.offerings()) {
                onRow(d.row(), () -> offerings.add(offering(d, created, types, needs, now)));
                progress.step();
            }
            em.flush();
            Map<Integer, CapacityDraft> declared = new HashMap<>();
            for (CapacityDraft d : plan.capacities()) {
                if (d.offeringId() == null) {
                    declared.put(d.offeringIndex(), d);
                } else {
                    onRow(d.row(), () -> declare(d.offeringId(), d, user.username(), now));
                    progress.step();
                }
            }
            for (int i = 0; i < offerings.size(); i++) {
                CapacityDraft d = declared.get(i);
                long offeringId = offerings.get(i).getId();
                onRow(d == null ? plan.offerings().get(i).row() : d.row(), () -> declare(offeringId, d, user.username(), now));
                if (d != null) {
                    progress.step();
                }
            }
            em.flush();
            contracts.recomputeFunding(offerings.stream().map(ServiceOffering::getId).toList());
            progress.step();
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || Constraints.isViolation(e)) {
                throw new ConflictException("file", "the network changed while the file was imported (a record of the"
                        + " same name or a capacity in the file was saved meanwhile); nothing was imported, check the"
                        + " file again");
            }
            throw e;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        ImportResult result = new ImportResult(plan.organisations().size(), plan.offerings().size(), plan.capacities().size(), millis);
        outbox.record(Notice.of(EventType.IMPORT_FINISHED, "import", user.organisationId(),
                job == null ? "file import" : "import " + job.id(), "imports/import.xhtml",
                Map.of("jobId", job == null ? "" : job.id(), "organisationsCreated", (long) result.organisationsCreated(),
                        "offeringsCreated", (long) result.offeringsCreated(), "capacitiesDeclared", (long) result.capacitiesDeclared(),
                        "summary", result.organisationsCreated() + " organisation(s), " + result.offeringsCreated()
                                + " offering(s) and " + result.capacitiesDeclared() + " capacity figure(s) written"),
                List.of(user.organisationId())));
        return result;
    }

    /** Counts written rows for the job and flushes now and then, so that the work (and the progress) is spread. */
    private final class Progress {

        private final ImportJob job;
        private int rows;

        Progress(ImportJob job) {
            this.job = job;
        }

        void step() {
            rows++;
            if (rows % FLUSH_EVERY == 0) {
                em.flush();
            }
            if (job != null) {
                job.step();
            }
        }
    }

    /** A domain rule that only the write could check becomes a problem of that row, and nothing is written. */
    private static void onRow(int row, Runnable work) {
        try {
            work.run();
        } catch (InvalidInputException e) {
            throw new ImportRejectedException(new ImportReport(0, 0, 0, 0, List.of(
                    new RowError(row, e.field() == null ? "record" : e.field(), "", e.getMessage()))));
        }
    }

    private Organisation organisation(OrganisationDraft d, Instant now) {
        Set<Region> regions = new LinkedHashSet<>();
        for (String code : d.regionCodes()) {
            regions.add(em.getReference(Region.class, reference.region(code).orElseThrow().id()));
        }
        Organisation org = Organisation.register(d.name(), d.type(), null, em.getReference(County.class, d.hqFips()),
                regions, new ContactDetails(d.addressLine(), d.city(), d.postalCode(), d.phone(), d.email(), d.website()),
                now);
        em.persist(org);
        return org;
    }

    private ServiceOffering offering(OfferingDraft d, Map<String, Organisation> created, Map<String, Long> types,
                                     Map<String, Long> needs, Instant now) {
        Organisation provider = d.providerId() != null ? em.find(Organisation.class, d.providerId())
                : created.get(d.providerNameKey());
        OfferingProfile profile = new OfferingProfile(d.name(), d.description(), em.getReference(County.class, d.locationFips()),
                d.servedFips().stream().map(f -> em.getReference(County.class, f)).toList(),
                d.needCodes().stream().map(c -> em.getReference(NeedCode.class, needs.get(c))).toList(),
                new AgeRange(d.minAge(), d.maxAge()), d.genders(), d.maxSiblingGroup(), d.acceptsOutOfCounty(),
                d.languages(), List.of());
        ServiceOffering offering = new ServiceOffering(provider, em.getReference(ServiceType.class, types.get(d.serviceTypeCode())),
                profile, now);
        em.persist(offering);
        return offering;
    }

    /** Declares an offering's capacity (none declared: no places yet), keeping the change in its history. */
    private void declare(long offeringId, CapacityDraft d, String by, Instant now) {
        OfferingCapacity capacity = em.find(OfferingCapacity.class, offeringId);
        if (capacity == null) {
            capacity = new OfferingCapacity(offeringId, 0, 0, by, now);
            em.persist(capacity);
        }
        int before = capacity.getAvailable();
        em.persist(d == null ? capacity.declare(0, 0, by, now) : capacity.declare(d.available(), d.maximum(), by, now));
        if (capacity.getAvailable() > before && capacity.getWaitlist() > 0) {
            referrals.placesFreed(offeringId, by);
        }
    }

    private ImportPlan plan(String content, SignedInUser user) {
        return ImportValidator.check(content, TenantScope.of(user), new DatabaseLookups(em, reference));
    }

    private SignedInUser user() {
        return caller.current().orElseThrow(() -> new IllegalStateException("an import needs a signed-in user"));
    }
}
