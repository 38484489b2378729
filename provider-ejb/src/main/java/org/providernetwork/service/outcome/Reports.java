package org.providernetwork.service.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.contract.Contract;
import org.providernetwork.domain.contract.PerformanceTarget;
import org.providernetwork.domain.outcome.Cut;
import org.providernetwork.domain.outcome.IndicatorDefinition;
import org.providernetwork.domain.outcome.IndicatorResult;
import org.providernetwork.domain.outcome.ReportingPeriod;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.domain.shared.Period;
import org.providernetwork.service.audit.AuditRecord;
import org.providernetwork.service.audit.AuditSubject;
import org.providernetwork.service.audit.AuditWriter;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.tenancy.Tenancy;
import org.providernetwork.service.tenancy.TenantScope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Indicator reports over the outcome history. The state reports on any cut; a lead on its own network
 * (its region, its own and its subcontracted providers' placements); a provider on its own placements.
 * A contract's cut shows the contract's targets beside the values.
 */
@Stateless
@RolesAllowed({Roles.STATE_STAFF, Roles.REGIONAL_LEAD, Roles.PROVIDER_ADMIN, Roles.PROVIDER_STAFF, Roles.CQI_REVIEWER,
        Roles.AUDITOR})
public class Reports {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    @Inject
    private OutcomeStore store;

    @Inject
    private org.providernetwork.service.contract.ContractRegistry contracts;

    @Inject
    private ReferenceData reference;

    @Inject
    private java.time.Clock clock;

    /**
     * What a caller asks for: the period and the cut; null means "all" within the caller's scope. The period is a
     * federal fiscal or calendar year by its code ({@code FFY2026}, {@code CY2025}) or a from/to window, neither meaning
     * the default ({@link ReportingPeriod#resolve}). {@code lead} cuts to a lead contractor's network (state roles; a
     * lead is always held to its own).
     */
    public record Query(String period, LocalDate from, LocalDate to, String region, String county, Long provider,
                        Long contract, Long lead) {

        public Query(LocalDate from, LocalDate to, String region, String county, Long provider, Long contract, Long lead) {
            this(null, from, to, region, county, provider, contract, lead);
        }

        public Query(LocalDate from, LocalDate to, String region, String county, Long provider, Long contract) {
            this(null, from, to, region, county, provider, contract, null);
        }
    }

    public IndicatorReport indicators(Query query) {
        ReportingPeriod reporting = period(query);
        Period period = reporting.period();
        Cut cut = cut(query);
        Map<String, PerformanceTarget> targets = targets(cut.contract());
        List<IndicatorResult> results = compute(period, cut, List.of(IndicatorDefinition.values()));
        // the statewide figures beside every cut: aggregates only, which every role may compare itself with
        Map<String, IndicatorResult> state = new HashMap<>();
        (cut.equals(Cut.STATE) ? results : store.compute(period, Cut.STATE, List.of(IndicatorDefinition.values())))
                .forEach(r -> state.put(r.id(), r));
        return new IndicatorReport(period.start(), period.end(), reporting.code(), reporting.kind(), reporting.label(), cut.region(), cut.county(), cut.provider(), cut.lead(),
                cut.contract(), results.stream().map(r -> {
                    PerformanceTarget target = targets.get(r.id());
                    Double value = r.hasValue() ? round(r.value()) : null;
                    IndicatorResult s = state.get(r.id());
                    Double statewide = s != null && s.hasValue() ? round(s.value()) : null;
                    IndicatorDefinition definition = IndicatorDefinition.of(r.id());
                    Period cohort = definition.cohortPeriod(period);
                    return new IndicatorReport.Value(r.id(), r.label(), r.numerator(), r.denominator(), value, r.unit(),
                            r.higherIsBetter(), target == null ? null : target.getTarget().doubleValue(),
                            target == null || value == null ? null : target.metBy(BigDecimal.valueOf(value)), statewide,
                            cohort.start(), cohort.end(), definition.describeCohort(period));
                }).toList());
    }

    /** The children (or offers) counted in one indicator's numerator and denominator. */
    public IndicatorReport.DrillDown drillDown(String id, Query query) {
        IndicatorResult r = one(id, query);
        Period period = period(query).period();
        Cut cut = cut(query);
        // one record per list shown, naming every child in it (as subjects), not one record per child
        AuditRecord viewed = AuditRecord.viewed("IndicatorDrillDown", r.id()).value("from", period.start())
                .value("to", period.end()).value("region", cut.region()).value("county", cut.county())
                .value("provider", cut.provider()).value("lead", cut.lead()).value("contract", cut.contract())
                .value("numerator", r.numeratorChildren().size()).value("denominator", r.denominatorChildren().size());
        if (!r.id().startsWith("offer-")) { // offer measures list offers, not children
            java.util.Set<String> shown = new java.util.TreeSet<>(r.denominatorChildren());
            shown.addAll(r.numeratorChildren());
            shown.forEach(key -> viewed.about(AuditSubject.child(key)));
        }
        if (cut.provider() != null) {
            viewed.about(AuditSubject.organisation(cut.provider()));
        }
        if (cut.lead() != null) {
            viewed.about(AuditSubject.organisation(cut.lead()));
        }
        AuditWriter.record(em, viewed);
        IndicatorDefinition definition = IndicatorDefinition.of(r.id());
        Period cohort = definition.cohortPeriod(period);
        return new IndicatorReport.DrillDown(r.id(), r.label(), cohort.start(), cohort.end(), definition.describeCohort(period),
                r.numeratorChildren(), r.denominatorChildren());
    }

    /** One indicator's value for a period and a cut (charts and trends need no other). */
    public IndicatorReport.Value value(String id, Query query) {
        IndicatorResult r = one(id, query);
        Period period = period(query).period();
        IndicatorDefinition definition = IndicatorDefinition.of(r.id());
        Period cohort = definition.cohortPeriod(period);
        return new IndicatorReport.Value(r.id(), r.label(), r.numerator(), r.denominator(),
                r.hasValue() ? round(r.value()) : null, r.unit(), r.higherIsBetter(), null, null, null,
                cohort.start(), cohort.end(), definition.describeCohort(period));
    }

    private IndicatorResult one(String id, Query query) {
        IndicatorDefinition definition;
        try {
            definition = IndicatorDefinition.of(id);
        } catch (InvalidInputException e) {
            throw new NotFoundException("indicator", id);
        }
        return compute(period(query).period(), cut(query), List.of(definition)).get(0);
    }

    /**
     * Computes the definitions for a cut. Offers carry a provider but no placement, so under a contract's cut
     * the offer indicators count the offers made to the contract's supplier (for a prime contract: to the lead
     * and its network) over the period.
     */
    private List<IndicatorResult> compute(Period period, Cut cut, List<IndicatorDefinition> definitions) {
        List<IndicatorResult> results = store.compute(period, cut, definitions);
        if (cut.contract() == null || definitions.stream().noneMatch(IndicatorDefinition::countsOffers)) {
            return results;
        }
        Contract contract = em.find(Contract.class, cut.contract());
        if (contract == null) {
            return results;
        }
        long supplier = contract.getSupplier().getId();
        Cut offersCut = contract.getKind() == org.providernetwork.domain.contract.ContractKind.PRIME
                ? Cut.lead(supplier) : Cut.provider(supplier);
        List<IndicatorDefinition> offerDefinitions = definitions.stream().filter(IndicatorDefinition::countsOffers).toList();
        Map<String, IndicatorResult> offers = new HashMap<>();
        store.compute(period, offersCut, offerDefinitions).forEach(r -> offers.put(r.id(), r));
        return results.stream().map(r -> offers.getOrDefault(r.id(), r)).toList();
    }

    /** The period asked for (a federal fiscal or calendar year, a window) or the default, decided in the domain. */
    private ReportingPeriod period(Query query) {
        return ReportingPeriod.resolve(query.period(), query.from(), query.to(), LocalDate.now(clock));
    }

    /** The cut asked for, narrowed to the caller's scope. */
    private Cut cut(Query query) {
        TenantScope scope = tenancy.scope();
        String region = blank(query.region()) ? null : query.region().trim().toUpperCase(Locale.ROOT);
        String county = blank(query.county()) ? null : query.county().trim();
        if (region != null && reference.region(region).isEmpty()) {
            throw new InvalidInputException("region", "unknown region " + region);
        }
        if (county != null && reference.county(county).isEmpty()) {
            throw new InvalidInputException("county", "unknown county " + county);
        }
        return scope.narrow(new Cut(region, county, query.provider(), query.lead(), query.contract()));
    }

    private Map<String, PerformanceTarget> targets(Long contractId) {
        Map<String, PerformanceTarget> targets = new HashMap<>();
        if (contractId == null) {
            return targets;
        }
        contracts.find(contractId); // a contract outside the caller's scope is not found, its targets included
        Contract contract = em.find(Contract.class, contractId);
        if (contract == null) {
            throw new NotFoundException("contract", contractId);
        }
        for (PerformanceTarget t : contract.getTargets()) {
            for (IndicatorDefinition d : IndicatorDefinition.values()) {
                if (d.indicator() == t.getIndicator()) {
                    targets.put(d.id(), t);
                }
            }
        }
        return targets;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Double round(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : Math.round(value * 100) / 100.0;
    }
}
