package org.providernetwork.service.contract;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.contract.Contract;
import org.providernetwork.domain.contract.ContractKind;
import org.providernetwork.domain.contract.ContractStatus;
import org.providernetwork.domain.contract.ServiceLine;
import org.providernetwork.domain.contract.TargetDirection;
import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.outcome.Indicator;
import org.providernetwork.domain.reference.Region;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.domain.shared.Page;
import org.providernetwork.domain.shared.PageRequest;
import org.providernetwork.domain.shared.Period;
import org.providernetwork.domain.shared.StaleVersionException;
import org.providernetwork.service.account.Caller;
import org.providernetwork.service.account.SignedInUser;
import org.providernetwork.service.network.NetworkDirectory;
import org.providernetwork.service.network.OrganisationFilter;
import org.providernetwork.service.network.OrganisationSummary;
import org.providernetwork.service.platform.Constraints;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.tenancy.Tenancy;
import org.providernetwork.service.tenancy.TenantScope;

import java.math.BigDecimal;

import static org.providernetwork.service.platform.SqlValues.decimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The contracts of the network. Each one is visible to the organisations in the caller's scope on
 * either side of it; only its purchaser (the state for prime and direct contracts, the lead for its
 * subcontracts) changes it, against the version it read.
 */
@Stateless
public class ContractRegistry {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    @Inject
    private Caller caller;

    @Inject
    private ReferenceData reference;

    @Inject
    private Clock clock;

    @Inject
    private NetworkDirectory directory;

    @Inject
    private jakarta.enterprise.event.Event<org.providernetwork.service.network.NetworkChanged> networkChanged;

    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public long draft(@NotNull NewContract request) {
        if (request.kind() == null) {
            throw new InvalidInputException("kind", "a contract is PRIME, DIRECT or SUBCONTRACT");
        }
        if (request.supplierId() == null) {
            throw new InvalidInputException("supplierId", "a contract names its supplier");
        }
        Organisation purchaser = purchaser();
        Organisation supplier = em.find(Organisation.class, request.supplierId());
        if (supplier == null) {
            throw new InvalidInputException("supplierId", "unknown organisation " + request.supplierId());
        }
        Contract prime = null;
        if (request.primeId() != null) {
            prime = em.find(Contract.class, request.primeId());
            if (prime == null || !visible(prime)) {
                throw new InvalidInputException("primeId", "unknown contract " + request.primeId());
            }
        }
        List<ServiceLine> lines = new ArrayList<>();
        for (NewContract.Line line : request.lines()) {
            if (line.serviceType() == null || reference.serviceTypes().stream().noneMatch(t -> t.code().equals(line.serviceType()))) {
                throw new InvalidInputException("lines", "unknown service type " + line.serviceType());
            }
            Set<String> counties = line.counties() == null ? Set.of() : line.counties();
            for (String county : counties) {
                if (reference.county(county).isEmpty()) {
                    throw new InvalidInputException("lines", "unknown county code " + county);
                }
            }
            lines.add(new ServiceLine(line.serviceType(), line.unit(), line.unitRate(),
                    line.fundedCapacity() == null ? 0 : line.fundedCapacity(), counties));
        }
        Period period = new Period(request.start(), request.end());
        Contract contract = Contract.draft(request.number(), request.kind(), purchaser, supplier, prime, period,
                request.fundingSource(), request.budgetCeiling(), lines);
        if (exists(contract.getNumber())) {
            throw new ConflictException("number", "a contract numbered " + contract.getNumber() + " exists");
        }
        try {
            em.persist(contract);
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isViolation(e)) {
                throw new ConflictException("number", "a contract numbered " + contract.getNumber() + " exists");
            }
            throw e;
        }
        return contract.getId();
    }

    /**
     * The kinds of contract the caller's organisation may draft (it is their purchaser): prime and direct
     * contracts for the state agency, subcontracts for a lead contractor. The rule is {@link ContractKind}'s.
     */
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public List<ContractKind> draftableKinds() {
        return ContractKind.draftableBy(purchaser().getType());
    }

    /**
     * The organisations that may be the supplier of a contract of this kind drafted by the caller's
     * organisation, by name: the kind's supplier type and, for a lead's subcontract, working in the lead's
     * region. Built from the same rule that {@link #draft} checks, so a form never offers a supplier that
     * drafting would refuse. Empty for a kind the caller does not draft.
     */
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public List<OrganisationSummary> supplierChoices(@NotNull ContractKind kind) {
        Organisation purchaser = purchaser();
        if (kind.purchaserType() != purchaser.getType()) {
            return List.of();
        }
        Region region = kind.supplierRegion(purchaser);
        return directory.list(new OrganisationFilter(null, kind.supplierType(), region == null ? null : region.getCode(), null),
                PageRequest.of(0, PageRequest.MAX_SIZE));
    }

    private Organisation purchaser() {
        return em.find(Organisation.class, caller.current().orElseThrow().organisationId());
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public ContractView activate(long id, long expectedVersion) {
        Contract contract = forChange(id, expectedVersion);
        // serialise activations that could break "one active prime per region" or "no overlapping contracts
        // of the same parties": lock the supplier's row (and the region's, for a prime) before looking
        em.lock(contract.getSupplier(), LockModeType.PESSIMISTIC_WRITE);
        if (contract.getKind() == ContractKind.PRIME && contract.getSupplier().getLeadRegion() != null) {
            em.find(Region.class, contract.getSupplier().getLeadRegion().getId(), LockModeType.PESSIMISTIC_WRITE);
        }
        Period period = contract.getPeriod();
        List<Contract> active = em.createQuery("SELECT c FROM Contract c WHERE c.status = :active"
                        + " AND c.startDate <= :end AND c.endDate >= :start AND c.id <> :id", Contract.class)
                .setParameter("active", ContractStatus.ACTIVE).setParameter("start", period.start())
                .setParameter("end", period.end()).setParameter("id", id).getResultList();
        contract.activate(active, today());
        em.flush();
        refreshFunding(contract);
        return view(contract);
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public ContractView terminate(long id, String reason, long expectedVersion) {
        Contract contract = forChange(id, expectedVersion);
        contract.terminate(reason);
        em.flush();
        refreshFunding(contract);
        return view(contract);
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public ContractView amend(long id, String description, LocalDate start, LocalDate end, BigDecimal budgetCeiling,
                              long expectedVersion) {
        Contract contract = forChange(id, expectedVersion);
        contract.amend(description, new Period(start, end), budgetCeiling, caller.current().orElseThrow().username(),
                clock.instant());
        em.flush();
        refreshFunding(contract);
        return view(contract);
    }

    /** One contract, if the caller's organisation is in scope on either side of it. */
    public ContractView find(long id) {
        Contract contract = em.find(Contract.class, id);
        if (contract == null || !visible(contract)) {
            throw new NotFoundException("contract", id);
        }
        return view(contract);
    }

    /**
     * Places in use per service line of one contract: for a direct contract or a subcontract, over the
     * supplier's offerings of the line's service in the line's counties; for a prime contract, over the
     * offerings of the providers its active subcontracts fund. Read beside each line's funded capacity.
     */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Long> placesInUse(long id) {
        Contract contract = em.find(Contract.class, id);
        if (contract == null || !visible(contract)) {
            throw new NotFoundException("contract", id);
        }
        java.util.Map<String, Long> inUse = new java.util.TreeMap<>();
        String suppliers = contract.getKind() == ContractKind.PRIME
                ? "SELECT k.supplier_id FROM contract k WHERE k.prime_id = ? AND k.status = 'ACTIVE'"
                : "SELECT ?";
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT l.service_type_code, SUM(cap.maximum - cap.available)"
                        + " FROM contract_line l JOIN contract_line_county lc ON lc.contract_line_id = l.id"
                        + " JOIN service_type t ON t.code = l.service_type_code"
                        + " JOIN service_offering s ON s.service_type_id = t.id AND s.location_county_fips = lc.county_fips"
                        + " AND s.active = TRUE AND s.organisation_id IN (" + suppliers + ")"
                        + " JOIN offering_capacity cap ON cap.offering_id = s.id WHERE l.contract_id = ? GROUP BY l.service_type_code")
                .setParameter(1, contract.getKind() == ContractKind.PRIME ? id : contract.getSupplier().getId())
                .setParameter(2, id).getResultList()) {
            inUse.put((String) r[0], r[1] == null ? 0 : ((Number) r[1]).longValue());
        }
        return inUse;
    }

    /** Places in use, units delivered and spend per line of one contract, and its spend against the ceiling. */
    @SuppressWarnings("unchecked")
    public ContractUsage usage(long id) {
        java.util.Map<String, Long> inUse = placesInUse(id);
        Contract contract = em.find(Contract.class, id);
        List<ContractUsage.LineUsage> lines = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT l.id, l.service_type_code, l.unit, l.unit_rate,"
                        + " l.funded_capacity, (SELECT COALESCE(SUM(u.units), 0) FROM service_units u WHERE u.contract_line_id = l.id"
                        + " OR u.contract_line_id IN (SELECT sl.id FROM contract_line sl JOIN contract sk ON sk.id = sl.contract_id"
                        + " WHERE sk.prime_id = l.contract_id AND sk.status = 'ACTIVE' AND sl.service_type_code = l.service_type_code)),"
                        + " (SELECT COALESCE(SUM(u.amount), 0) FROM service_units u WHERE u.contract_line_id = l.id"
                        + " OR u.contract_line_id IN (SELECT sl.id FROM contract_line sl JOIN contract sk ON sk.id = sl.contract_id"
                        + " WHERE sk.prime_id = l.contract_id AND sk.status = 'ACTIVE' AND sl.service_type_code = l.service_type_code))"
                        + " FROM contract_line l WHERE l.contract_id = ? ORDER BY l.id").setParameter(1, id).getResultList()) {
            String service = (String) r[1];
            lines.add(new ContractUsage.LineUsage(((Number) r[0]).longValue(), service,
                    org.providernetwork.domain.contract.ServiceUnit.valueOf((String) r[2]), decimal(r[3]), ((Number) r[4]).intValue(),
                    inUse.getOrDefault(service, 0L), decimal(r[5]), decimal(r[6])));
        }
        BigDecimal spent = lines.stream().map(ContractUsage.LineUsage::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal ceiling = contract.getBudgetCeiling();
        LocalDate start = contract.getPeriod().start();
        LocalDate end = contract.getPeriod().end();
        LocalDate today = LocalDate.now(clock);
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
        long gone = Math.max(0, Math.min(days, java.time.temporal.ChronoUnit.DAYS.between(start, today) + 1));
        double spentPercent = ceiling == null || ceiling.signum() == 0 ? 0
                : Math.round(spent.doubleValue() * 1000 / ceiling.doubleValue()) / 10.0;
        return new ContractUsage(id, contract.getNumber(), start, end, ceiling, spent, spentPercent,
                Math.round(gone * 1000.0 / days) / 10.0, lines);
    }


    /** Contracts in the caller's scope, by number. */
    public Page<ContractView> search(ContractKind kind, ContractStatus status, @NotNull PageRequest page) {
        TenantScope scope = tenancy.scope();
        TenantScope.Predicate purchaser = scope.organisations("p");
        TenantScope.Predicate supplier = scope.organisations("s");
        String where = " FROM Contract c JOIN c.purchaser p JOIN c.supplier s WHERE (" + purchaser.jpql() + " OR "
                + supplier.jpql() + ")" + (kind == null ? "" : " AND c.kind = :kind") + (status == null ? "" : " AND c.status = :status");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c)" + where, Long.class);
        TypedQuery<Contract> select = em.createQuery("SELECT c" + where + " ORDER BY c.number, c.id", Contract.class);
        for (TypedQuery<?> query : List.of(count, select)) {
            purchaser.parameters().forEach(query::setParameter);
            supplier.parameters().forEach(query::setParameter);
            if (kind != null) {
                query.setParameter("kind", kind);
            }
            if (status != null) {
                query.setParameter("status", status);
            }
        }
        long total = count.getSingleResult();
        List<ContractView> items = total == 0 ? List.of()
                : select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream().map(this::view).toList();
        return new Page<>(items, total, page.page(), page.size());
    }

    /** Active contracts of the caller's scope that end within the given number of days, soonest first. */
    public List<ContractView> expiringWithin(int days) {
        if (days < 0 || days > 366) {
            throw new InvalidInputException("expiringWithinDays", "between 0 and 366 days");
        }
        TenantScope scope = tenancy.scope();
        TenantScope.Predicate purchaser = scope.organisations("p");
        TenantScope.Predicate supplier = scope.organisations("s");
        TypedQuery<Contract> query = em.createQuery("SELECT c FROM Contract c JOIN c.purchaser p JOIN c.supplier s"
                + " WHERE c.status = :active AND c.endDate >= :today AND c.endDate <= :until AND (" + purchaser.jpql()
                + " OR " + supplier.jpql() + ") ORDER BY c.endDate, c.number", Contract.class)
                .setParameter("active", ContractStatus.ACTIVE).setParameter("today", today())
                .setParameter("until", today().plusDays(days)).setMaxResults(PageRequest.MAX_SIZE);
        purchaser.parameters().forEach(query::setParameter);
        supplier.parameters().forEach(query::setParameter);
        return query.getResultList().stream().map(this::view).toList();
    }

    /** Sets or replaces a performance target; on an active contract the change becomes an amendment. */
    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public ContractView setTarget(long id, Indicator indicator, BigDecimal target, TargetDirection direction,
                                  long expectedVersion) {
        Contract contract = forChange(id, expectedVersion);
        contract.setTarget(indicator, target, direction, caller.current().orElseThrow().username(), clock.instant());
        touch(contract);
        return view(contract);
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public ContractView removeTarget(long id, Indicator indicator, long expectedVersion) {
        Contract contract = forChange(id, expectedVersion);
        contract.removeTarget(indicator, caller.current().orElseThrow().username(), clock.instant());
        touch(contract);
        return view(contract);
    }

    /**
     * Moves every active contract whose period has passed to expired and refreshes the funding of their
     * suppliers; with {@code everything}, refreshes every offering (contracts whose first day has come).
     */
    public int expireEnded(boolean everything) {
        List<Contract> ended = em.createQuery("SELECT c FROM Contract c WHERE c.status = :active AND c.endDate < :today",
                Contract.class).setParameter("active", ContractStatus.ACTIVE).setParameter("today", today()).getResultList();
        ended.forEach(c -> c.expireIfEnded(today()));
        em.flush();
        if (everything) {
            recomputeAllFunding();
        } else {
            ended.forEach(this::refreshFunding);
        }
        return ended.size();
    }

    /** Recomputes the funded capacity of every offering from the contracts active today. */
    public int recomputeAllFunding() {
        networkChanged.fire(new org.providernetwork.service.network.NetworkChanged("contracts"));
        return FundedCapacity.recompute(em, today(), null);
    }

    /**
     * Recomputes the funded capacity of the given offerings only (new offerings, for example), so that a
     * bulk write does not lock the capacity row of every offering in the state.
     */
    public int recomputeFunding(java.util.Collection<Long> offeringIds) {
        networkChanged.fire(new org.providernetwork.service.network.NetworkChanged("imported offerings"));
        return FundedCapacity.recomputeOfferings(em, today(), offeringIds);
    }

    private void refreshFunding(Contract contract) {
        if (contract.getKind() == ContractKind.PRIME) {
            return; // a lead holds no offerings; its subcontracts fund them
        }
        FundedCapacity.recompute(em, today(), contract.getSupplier().getId());
        networkChanged.fire(new org.providernetwork.service.network.NetworkChanged("contract " + contract.getNumber()));
    }

    /** A change to a contract's parts (targets) still moves its version, so that concurrent editors see it. */
    private void touch(Contract contract) {
        em.lock(contract, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("contract " + contract.getNumber());
        }
    }

    private Contract forChange(long id, long expectedVersion) {
        Contract contract = em.find(Contract.class, id);
        SignedInUser user = caller.current().orElseThrow();
        if (contract == null || !visible(contract)) {
            throw new NotFoundException("contract", id);
        }
        if (contract.getPurchaser().getId() != user.organisationId()) {
            throw new ConflictException("purchaser", "only " + contract.getPurchaser().getName() + " changes contract "
                    + contract.getNumber());
        }
        if (org.providernetwork.domain.shared.Versions.stale(expectedVersion, contract.getVersion())) {
            throw new StaleVersionException("contract " + contract.getNumber());
        }
        return contract;
    }

    private boolean visible(Contract contract) {
        TenantScope scope = tenancy.scope();
        return includes(scope, contract.getPurchaser()) || includes(scope, contract.getSupplier());
    }

    private static boolean includes(TenantScope scope, Organisation org) {
        return scope.includes(org.getId(), org.getType(),
                org.getServiceRegions().stream().map(r -> r.getCode()).toList());
    }

    private boolean exists(String number) {
        return em.createQuery("SELECT COUNT(c) FROM Contract c WHERE c.number = :number", Long.class)
                .setParameter("number", number).getSingleResult() > 0;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ContractView view(Contract c) {
        return new ContractView(c.getId(), c.getNumber(), c.getKind(), c.getStatus(), c.getPurchaser().getId(),
                c.getPurchaser().getName(), c.getSupplier().getId(), c.getSupplier().getName(),
                c.getPrime() == null ? null : c.getPrime().getId(), c.getPrime() == null ? null : c.getPrime().getNumber(),
                c.getPeriod().start(), c.getPeriod().end(), c.getFundingSource(), c.getBudgetCeiling(),
                c.getLines().stream().map(l -> new ContractView.LineView(l.serviceTypeCode(), l.unit(), l.unitRate(),
                        l.fundedCapacity(), l.countyFips().stream().sorted().toList())).toList(),
                c.getTargets().stream().map(t -> new ContractView.TargetView(t.getIndicator().name(),
                        t.getIndicator().getLabel(), t.getTarget(), t.getDirection(),
                        t.getIndicator().getUnit().getLabel())).toList(),
                c.getAmendments().stream().map(a -> new ContractView.AmendmentView(a.number(), a.description(), a.before(),
                        a.after(), a.by(), a.at())).toList(),
                c.getTerminationReason(), c.getVersion());
    }
}
