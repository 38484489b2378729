package org.providernetwork.domain.contract;

import org.providernetwork.domain.network.Organisation;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.shared.ConflictException;
import org.providernetwork.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A contract between two organisations of the network. Its rules:
 * <ul>
 *   <li>a prime contract is between the state agency and a lead contractor, for the lead's region;
 *       a direct contract between the state agency and a statewide preferred provider; a subcontract
 *       between a lead contractor and a local provider, under the lead's prime contract;</li>
 *   <li>a subcontract stays within its prime contract's period, service types and counties;</li>
 *   <li>only one prime contract per region is active at a time;</li>
 *   <li>two active contracts of the same parties never buy the same service type in overlapping periods;</li>
 *   <li>status moves draft → active → expired or terminated, never back; changes to an active contract
 *       are numbered amendments that keep what was there before.</li>
 * </ul>
 */
public class Contract {

    private final String number;
    private final ContractKind kind;
    private final Organisation purchaser;
    private final Organisation supplier;
    private final Contract prime;
    private Period period;
    private BigDecimal budgetCeiling;
    private final String fundingSource;
    private final List<ServiceLine> lines;
    private final List<Amendment> amendments = new ArrayList<>();
    private ContractStatus status = ContractStatus.DRAFT;
    private String terminationReason;

    private Contract(String number, ContractKind kind, Organisation purchaser, Organisation supplier, Contract prime,
                     Period period, String fundingSource, BigDecimal budgetCeiling, List<ServiceLine> lines) {
        this.number = number;
        this.kind = kind;
        this.purchaser = purchaser;
        this.supplier = supplier;
        this.prime = prime;
        this.period = period;
        this.fundingSource = fundingSource;
        this.budgetCeiling = budgetCeiling;
        this.lines = List.copyOf(lines);
    }

    /** A draft contract, checked against the rules that need nothing but the contract itself (and its prime). */
    public static Contract draft(String number, ContractKind kind, Organisation purchaser, Organisation supplier,
                                 Contract prime, Period period, String fundingSource, BigDecimal budgetCeiling,
                                 List<ServiceLine> lines) {
        if (number == null || number.isBlank()) {
            throw new InvalidInputException("number", "a contract has a number");
        }
        if (kind == null || purchaser == null || supplier == null || period == null) {
            throw new InvalidInputException("kind", "a contract names its kind, both parties and its period");
        }
        if (budgetCeiling == null || budgetCeiling.signum() < 0) {
            throw new InvalidInputException("budgetCeiling", "the budget ceiling is zero or more");
        }
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInputException("lines", "a contract buys at least one service");
        }
        switch (kind) {
            case PRIME -> parties(purchaser, OrganisationType.STATE_AGENCY, supplier, OrganisationType.LEAD_CONTRACTOR);
            case DIRECT -> parties(purchaser, OrganisationType.STATE_AGENCY, supplier, OrganisationType.STATEWIDE_PROVIDER);
            case SUBCONTRACT -> {
                parties(purchaser, OrganisationType.LEAD_CONTRACTOR, supplier, OrganisationType.LOCAL_PROVIDER);
                withinPrime(purchaser, prime, period, lines);
            }
        }
        if (kind != ContractKind.SUBCONTRACT && prime != null) {
            throw new InvalidInputException("prime", "only a subcontract has a prime contract");
        }
        return new Contract(number.trim(), kind, purchaser, supplier, prime, period, fundingSource, budgetCeiling, lines);
    }

    private static void parties(Organisation purchaser, OrganisationType purchaserType, Organisation supplier,
                                OrganisationType supplierType) {
        if (purchaser.getType() != purchaserType || supplier.getType() != supplierType) {
            throw new InvalidInputException("supplier", "this kind of contract is between a "
                    + purchaserType.getLabel().toLowerCase() + " and a " + supplierType.getLabel().toLowerCase());
        }
    }

    private static void withinPrime(Organisation lead, Contract prime, Period period, List<ServiceLine> lines) {
        if (prime == null || prime.kind != ContractKind.PRIME || !Objects.equals(prime.supplier, lead)) {
            throw new InvalidInputException("prime", "a subcontract falls under the lead contractor's own prime contract");
        }
        if (!prime.period.contains(period)) {
            throw new InvalidInputException("period", "the subcontract (" + period + ") must lie within its prime contract ("
                    + prime.period + ")");
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
        if (period.end().isBefore(today)) {
            throw new InvalidInputException("period", "the period ended on " + period.end());
        }
        if (kind == ContractKind.SUBCONTRACT && prime.status != ContractStatus.ACTIVE) {
            throw new ConflictException("prime", "the prime contract " + prime.number + " is not active");
        }
        for (Contract other : active) {
            if (other == this || other.status != ContractStatus.ACTIVE || !other.period.overlaps(period)) {
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
        if (status == ContractStatus.ACTIVE && period.end().isBefore(today)) {
            status = ContractStatus.EXPIRED;
            return true;
        }
        return false;
    }

    /** Changes the period and budget of a draft or active contract as the next numbered amendment. */
    public Amendment amend(String description, Period newPeriod, BigDecimal newBudget, String by, Instant at) {
        if (status != ContractStatus.DRAFT && status != ContractStatus.ACTIVE) {
            throw new ConflictException("status", "an " + status.name().toLowerCase() + " contract cannot be amended");
        }
        if (description == null || description.isBlank()) {
            throw new InvalidInputException("description", "an amendment says what it changes");
        }
        if (newBudget == null || newBudget.signum() < 0) {
            throw new InvalidInputException("budgetCeiling", "the budget ceiling is zero or more");
        }
        if (kind == ContractKind.SUBCONTRACT && !prime.period.contains(newPeriod)) {
            throw new InvalidInputException("period", "the subcontract must stay within its prime contract (" + prime.period + ")");
        }
        String before = "period " + period + ", budget " + budgetCeiling.toPlainString();
        period = newPeriod;
        budgetCeiling = newBudget;
        Amendment amendment = new Amendment(amendments.size() + 1, description.trim(), before,
                "period " + period + ", budget " + budgetCeiling.toPlainString(), by, at);
        amendments.add(amendment);
        return amendment;
    }

    /** Whether this contract, active on that day, buys that service in that county. */
    public boolean covers(String serviceTypeCode, String countyFips, LocalDate day) {
        return status == ContractStatus.ACTIVE && period.includes(day)
                && lines.stream().anyMatch(l -> l.covers(serviceTypeCode, countyFips));
    }

    /**
     * Whether a provider's offering may take referrals: an active contract of the provider (a subcontract
     * for a local provider, a direct contract for a statewide one) covers its service type and county.
     */
    public static boolean offeringCovered(Organisation provider, String serviceTypeCode, String countyFips,
                                          Collection<Contract> contracts, LocalDate day) {
        ContractKind needed = provider.getType() == OrganisationType.STATEWIDE_PROVIDER ? ContractKind.DIRECT
                : ContractKind.SUBCONTRACT;
        return contracts.stream().anyMatch(c -> c.kind == needed && Objects.equals(c.supplier, provider)
                && c.covers(serviceTypeCode, countyFips, day));
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
        return period;
    }

    public BigDecimal getBudgetCeiling() {
        return budgetCeiling;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public List<ServiceLine> getLines() {
        return lines;
    }

    public List<Amendment> getAmendments() {
        return Collections.unmodifiableList(amendments);
    }

    public ContractStatus getStatus() {
        return status;
    }

    public String getTerminationReason() {
        return terminationReason;
    }
}
