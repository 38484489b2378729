package org.providernetwork.service.contract;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.contract.Contract;
import org.providernetwork.domain.contract.ContractKind;
import org.providernetwork.domain.contract.ContractStatus;
import org.providernetwork.domain.contract.Period;
import org.providernetwork.domain.contract.ServiceLine;
import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.domain.shared.Page;
import org.providernetwork.domain.shared.PageRequest;
import org.providernetwork.domain.shared.StaleVersionException;
import org.providernetwork.service.account.Caller;
import org.providernetwork.service.account.SignedInUser;
import org.providernetwork.service.platform.Constraints;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.tenancy.Tenancy;
import org.providernetwork.service.tenancy.TenantScope;

import java.math.BigDecimal;
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

    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public long draft(@NotNull NewContract request) {
        SignedInUser user = caller.current().orElseThrow();
        if (request.kind() == null) {
            throw new InvalidInputException("kind", "a contract is PRIME, DIRECT or SUBCONTRACT");
        }
        if (request.supplierId() == null) {
            throw new InvalidInputException("supplierId", "a contract names its supplier");
        }
        Organisation purchaser = em.find(Organisation.class, user.organisationId());
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

    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public ContractView activate(long id, long expectedVersion) {
        Contract contract = forChange(id, expectedVersion);
        Period period = contract.getPeriod();
        List<Contract> active = em.createQuery("SELECT c FROM Contract c WHERE c.status = :active"
                        + " AND c.startDate <= :end AND c.endDate >= :start AND c.id <> :id", Contract.class)
                .setParameter("active", ContractStatus.ACTIVE).setParameter("start", period.start())
                .setParameter("end", period.end()).setParameter("id", id).getResultList();
        contract.activate(active, today());
        em.flush();
        return view(contract);
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public ContractView terminate(long id, String reason, long expectedVersion) {
        Contract contract = forChange(id, expectedVersion);
        contract.terminate(reason);
        em.flush();
        return view(contract);
    }

    @RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD})
    public ContractView amend(long id, String description, LocalDate start, LocalDate end, BigDecimal budgetCeiling,
                              long expectedVersion) {
        Contract contract = forChange(id, expectedVersion);
        contract.amend(description, new Period(start, end), budgetCeiling, caller.current().orElseThrow().username(),
                clock.instant());
        em.flush();
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
        if (contract.getVersion() != expectedVersion) {
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
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private ContractView view(Contract c) {
        return new ContractView(c.getId(), c.getNumber(), c.getKind(), c.getStatus(), c.getPurchaser().getId(),
                c.getPurchaser().getName(), c.getSupplier().getId(), c.getSupplier().getName(),
                c.getPrime() == null ? null : c.getPrime().getId(), c.getPrime() == null ? null : c.getPrime().getNumber(),
                c.getPeriod().start(), c.getPeriod().end(), c.getFundingSource(), c.getBudgetCeiling(),
                c.getLines().stream().map(l -> new ContractView.LineView(l.serviceTypeCode(), l.unit(), l.unitRate(),
                        l.fundedCapacity(), l.countyFips().stream().sorted().toList())).toList(),
                c.getAmendments().stream().map(a -> new ContractView.AmendmentView(a.number(), a.description(), a.before(),
                        a.after(), a.by(), a.at())).toList(),
                c.getTerminationReason(), c.getVersion());
    }
}
