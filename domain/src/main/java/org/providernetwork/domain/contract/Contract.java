package org.providernetwork.domain.contract;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.outcome.Indicator;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.Period;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract between two organisations of the network. Its rules:
 * <ul>
 *   <li>a prime contract is between the state agency and a lead contractor, for the lead's region;
 *       a direct contract between the state agency and a statewide preferred provider; a subcontract
 *       between a lead contractor and a local provider of the lead's region, under the lead's prime contract
 *       (the party rule is {@link ContractKind#checkParties});</li>
 *   <li>a subcontract stays within its prime contract's period, service types and counties;</li>
 *   <li>only one prime contract per region is active at a time;</li>
 *   <li>two active contracts of the same parties never buy the same service type in overlapping periods;</li>
 *   <li>status moves draft → active → expired or terminated, never back; changes to an active contract
 *       are numbered amendments that keep what was there before.</li>
 * </ul>
 */
@Entity
@Table(name = "contract")
public class Contract {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "contract_ids")
    @TableGenerator(name = "contract_ids", table = "id_generator", pkColumnName = "gen_name",
            valueColumnName = "gen_value", pkColumnValue = "contract", allocationSize = 20)
    private Long id;

    /** The longest contract number (column {@code contract_no}). */
    public static final int NUMBER_LENGTH = 40;
    /** The longest funding source (column {@code funding_source}). */
    public static final int FUNDING_SOURCE_LENGTH = 120;
    /** The largest budget ceiling the column holds (DECIMAL(14,2)). */
    public static final String BUDGET_CEILING_MAX = "999999999999.99";
    private static final BigDecimal BUDGET_MAX = new BigDecimal(BUDGET_CEILING_MAX);

    @Column(name = "contract_no", nullable = false, length = NUMBER_LENGTH)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ContractKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchaser_id", nullable = false)
    private Organisation purchaser;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private Organisation supplier;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "prime_id")
    private Contract prime;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "budget_ceiling", nullable = false, precision = 14, scale = 2)
    private BigDecimal budgetCeiling;

    @Column(name = "funding_source", length = FUNDING_SOURCE_LENGTH)
    private String fundingSource;

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("serviceTypeCode")
    private List<ServiceLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<Amendment> amendments = new ArrayList<>();

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("indicator")
    private List<PerformanceTarget> targets = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ContractStatus status = ContractStatus.DRAFT;

    /** Active contracts ending within so many days are listed as expiring (API default, home page). */
    public static final int EXPIRY_NOTICE_DAYS = 60;
    /** Expiring contracts ending within so many days are urgent. */
    public static final int EXPIRY_URGENT_DAYS = 30;

    /** The longest reason a termination gives. */
    public static final int TERMINATION_REASON_LENGTH = 500;

    @Column(name = "termination_reason", length = TERMINATION_REASON_LENGTH)
    private String terminationReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Contract() {
        // for JPA
    }

    private Contract(String number, ContractKind kind, Organisation purchaser, Organisation supplier, Contract prime,
                     Period period, String fundingSource, BigDecimal budgetCeiling, List<ServiceLine> lines) {
        this.number = number;
        this.kind = kind;
        this.purchaser = purchaser;
        this.supplier = supplier;
        this.prime = prime;
        this.startDate = period.start();
        this.endDate = period.end();
        this.fundingSource = fundingSource;
        this.budgetCeiling = budgetCeiling;
        for (ServiceLine line : lines) {
            line.attachTo(this);
            this.lines.add(line);
        }
    }

    /** A draft contract, checked against the rules that need nothing but the contract itself (and its prime). */
    public static Contract draft(String number, ContractKind kind, Organisation purchaser, Organisation supplier,
                                 Contract prime, Period period, String fundingSource, BigDecimal budgetCeiling,
                                 List<ServiceLine> lines) {
        if (number == null || number.isBlank() || number.trim().length() > NUMBER_LENGTH) {
            throw new InvalidInputException("number", "a contract has a number of at most " + NUMBER_LENGTH + " characters");
        }
        if (fundingSource != null && fundingSource.length() > FUNDING_SOURCE_LENGTH) {
            throw new InvalidInputException("fundingSource", "a funding source has at most " + FUNDING_SOURCE_LENGTH + " characters");
        }
        if (kind == null || purchaser == null || supplier == null || period == null) {
            throw new InvalidInputException("kind", "a contract names its kind, both parties and its period");
        }
        budget(budgetCeiling);
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInputException("lines", "a contract buys at least one service");
        }
        kind.checkParties(purchaser, supplier);
        if (kind == ContractKind.SUBCONTRACT) {
            withinPrime(purchaser, prime, period, lines);
        }
        if (kind != ContractKind.SUBCONTRACT && prime != null) {
            throw new InvalidInputException("prime", "only a subcontract has a prime contract");
        }
        return new Contract(number.trim(), kind, purchaser, supplier, prime, period, fundingSource, budgetCeiling, lines);
    }

    private static void withinPrime(Organisation lead, Contract prime, Period period, List<ServiceLine> lines) {
        if (prime == null || prime.kind != ContractKind.PRIME || !Objects.equals(prime.supplier, lead)) {
            throw new InvalidInputException("prime", "a subcontract falls under the lead contractor's own prime contract");
        }
        if (!prime.getPeriod().contains(period)) {
            throw new InvalidInputException("period", "the subcontract (" + period + ") must lie within its prime contract ("
                    + prime.getPeriod() + ")");
        }
        for (ServiceLine line : lines) {
            List<ServiceLine> primeLines = prime.lines.stream()
                    .filter(p -> p.serviceTypeCode().equals(line.serviceTypeCode())).toList();
            if (primeLines.isEmpty()) {
                throw new InvalidInputException("lines", "the prime contract does not buy " + line.serviceTypeCode());
            }
            for (String county : line.countyFips()) {
                if (primeLines.stream().noneMatch(p -> p.countyFips().contains(county))) {
                    throw new InvalidInputException("lines", "the prime contract does not cover county " + county
                            + " for " + line.serviceTypeCode());
                }
            }
        }
    }

    /**
     * Makes a draft contract active, given the contracts already active: one active prime contract per
     * region, and no two active contracts of the same parties buying the same service at the same time.
     */
    public void activate(Collection<Contract> active, LocalDate today) {
        if (status != ContractStatus.DRAFT) {
            throw new ConflictException("status", "only a draft contract can be activated; " + number + " is " + status);
        }
        if (endDate.isBefore(today)) {
            throw new InvalidInputException("period", "the period ended on " + endDate);
        }
        if (kind == ContractKind.SUBCONTRACT && prime.status != ContractStatus.ACTIVE) {
            throw new ConflictException("prime", "the prime contract " + prime.number + " is not active");
        }
        for (Contract other : active) {
            if (other == this || other.status != ContractStatus.ACTIVE || !other.getPeriod().overlaps(getPeriod())) {
                continue;
            }
            if (kind == ContractKind.PRIME && other.kind == ContractKind.PRIME
                    && Objects.equals(other.supplier.getLeadRegion(), supplier.getLeadRegion())) {
                throw new ConflictException("kind", "region " + supplier.getLeadRegion() + " already has an active prime contract ("
                        + other.number + ")");
            }
            if (Objects.equals(other.purchaser, purchaser) && Objects.equals(other.supplier, supplier)
                    && other.lines.stream().anyMatch(o -> lines.stream().anyMatch(l -> l.serviceTypeCode().equals(o.serviceTypeCode())))) {
                throw new ConflictException("lines", "contract " + other.number
                        + " between the same parties already buys one of these services in an overlapping period");
            }
        }
        status = ContractStatus.ACTIVE;
    }

    /** Ends an active contract early. */
    public void terminate(String reason) {
        if (status != ContractStatus.ACTIVE) {
            throw new ConflictException("status", "only an active contract can be terminated; " + number + " is " + status);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a termination gives its reason");
        }
        status = ContractStatus.TERMINATED;
        terminationReason = reason.trim();
    }

    /** An active contract whose period has passed is expired. */
    public boolean expireIfEnded(LocalDate today) {
        if (status == ContractStatus.ACTIVE && endDate.isBefore(today)) {
            status = ContractStatus.EXPIRED;
            return true;
        }
        return false;
    }

    private static void budget(BigDecimal budgetCeiling) {
        if (budgetCeiling == null || budgetCeiling.signum() < 0 || budgetCeiling.compareTo(BUDGET_MAX) > 0
                || budgetCeiling.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("budgetCeiling", "the budget ceiling is from 0 to " + BUDGET_CEILING_MAX
                    + " with at most two decimals");
        }
    }

    /** Changes the period and budget of a draft or active contract as the next numbered amendment. */
    public Amendment amend(String description, Period newPeriod, BigDecimal newBudget, String by, Instant at) {
        if (status != ContractStatus.DRAFT && status != ContractStatus.ACTIVE) {
            throw new ConflictException("status", "an " + status.name().toLowerCase() + " contract cannot be amended");
        }
        if (description == null || description.isBlank()) {
            throw new InvalidInputException("description", "an amendment says what it changes");
        }
        budget(newBudget);
        if (newPeriod == null) {
            throw new InvalidInputException("period", "an amendment states the period");
        }
        if (kind == ContractKind.SUBCONTRACT && !prime.getPeriod().contains(newPeriod)) {
            throw new InvalidInputException("period", "the subcontract must stay within its prime contract (" + prime.getPeriod() + ")");
        }
        String before = "period " + getPeriod() + ", budget " + budgetCeiling.toPlainString();
        startDate = newPeriod.start();
        endDate = newPeriod.end();
        budgetCeiling = newBudget;
        Amendment amendment = new Amendment(this, amendments.size() + 1, description.trim(), before,
                "period " + getPeriod() + ", budget " + budgetCeiling.toPlainString(), by, at);
        amendments.add(amendment);
        return amendment;
    }

    /**
     * Sets or replaces the performance target on an indicator. A draft changes freely; on an active
     * contract the change is recorded as the next numbered amendment.
     */
    public void setTarget(Indicator indicator, BigDecimal target, TargetDirection direction, String by, Instant at) {
        changeableTerms();
        PerformanceTarget.check(indicator, target, direction);
        Optional<PerformanceTarget> existing = target(indicator);
        String before = existing.map(PerformanceTarget::toString).orElse("no target on " + indicator.getLabel());
        PerformanceTarget changed;
        if (existing.isPresent()) {
            changed = existing.get();
            changed.set(target, direction);
        } else {
            changed = new PerformanceTarget(this, indicator, target, direction);
            targets.add(changed);
        }
        recordIfActive("Performance target on " + indicator.getLabel(), before, changed.toString(), by, at);
    }

    /** Drops the target on an indicator (an amendment when the contract is active). */
    public void removeTarget(Indicator indicator, String by, Instant at) {
        changeableTerms();
        PerformanceTarget existing = target(indicator).orElseThrow(() -> new InvalidInputException("indicator",
                "the contract has no target on " + indicator.getLabel()));
        targets.remove(existing);
        recordIfActive("Performance target on " + indicator.getLabel() + " removed", existing.toString(),
                "no target on " + indicator.getLabel(), by, at);
    }

    public Optional<PerformanceTarget> target(Indicator indicator) {
        return targets.stream().filter(t -> t.getIndicator() == indicator).findFirst();
    }

    private void changeableTerms() {
        if (status != ContractStatus.DRAFT && status != ContractStatus.ACTIVE) {
            throw new ConflictException("status", "an " + status.name().toLowerCase() + " contract cannot be changed");
        }
    }

    private void recordIfActive(String description, String before, String after, String by, Instant at) {
        if (status == ContractStatus.ACTIVE) {
            amendments.add(new Amendment(this, amendments.size() + 1, description, before, after, by, at));
        }
    }

    /** Whether this contract, in force on that day, buys that service in that county (rules 2 and 3 of {@link Coverage}). */
    public boolean covers(String serviceTypeCode, String countyFips, LocalDate day) {
        return Coverage.inForce(status, startDate, endDate, day)
                && lines.stream().anyMatch(l -> l.covers(serviceTypeCode, countyFips));
    }

    /** Whether this contract covers the provider's offering of that service in that county on that day ({@link Coverage}). */
    public boolean covers(Organisation provider, String serviceTypeCode, String countyFips, LocalDate day) {
        return Objects.equals(supplier, provider) && covers(serviceTypeCode, countyFips, day);
    }

    public String getNumber() {
        return number;
    }

    public ContractKind getKind() {
        return kind;
    }

    public Organisation getPurchaser() {
        return purchaser;
    }

    public Organisation getSupplier() {
        return supplier;
    }

    public Contract getPrime() {
        return prime;
    }

    public Period getPeriod() {
        return new Period(startDate, endDate);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public BigDecimal getBudgetCeiling() {
        return budgetCeiling;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public List<ServiceLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public List<Amendment> getAmendments() {
        return Collections.unmodifiableList(amendments);
    }

    public List<PerformanceTarget> getTargets() {
        return Collections.unmodifiableList(targets);
    }

    public ContractStatus getStatus() {
        return status;
    }

    public String getTerminationReason() {
        return terminationReason;
    }
}
