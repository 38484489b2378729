package org.providernetwork.domain.contract;

import org.providernetwork.domain.network.OrganisationType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which contract covers an offering: the one statement of the rule. Every other form of it (the entity's
 * {@link Contract#covers}, the service layer's SQL in {@code service.contract.CoverageSql} for funded capacity and
 * matching, the attribution of a placement to a contract) reads these methods or is tested to agree with them.
 *
 * <p>A contract <b>covers</b> a provider's service type in a county on a day when
 * <ol>
 *   <li>the provider is its supplier (the kind follows from the contract rules: a subcontract for a local
 *       provider, a direct contract for a statewide preferred provider, a prime contract for a lead);</li>
 *   <li>it is {@linkplain ContractStatus#ACTIVE active} and its period includes the day (both ends inclusive);</li>
 *   <li>one of its lines buys that service type and lists that county.</li>
 * </ol>
 * An offering is covered where it stands (its location county: funded capacity and the {@code contracted} flag);
 * matching asks the same question for the child's home county ({@link #admits}). A statewide preferred provider
 * offering a statewide specialised service is the exception matching knows: the state contracts those services for
 * the whole state, so any active contract of the provider for the service admits it, whatever counties it lists.
 *
 * <p>The contract rules leave at most one covering contract (one active prime per region, subcontracts within their
 * prime's counties, two active contracts of the same parties never buy the same service in overlapping periods);
 * should two ever cover, the one with the lowest id is taken, so that the answer never depends on the order of rows.
 */
public final class Coverage {

    private Coverage() {
    }

    /**
     * One county of one contract line, with what the rule reads of its contract: the shape of the rows the services
     * read from {@code contract}, {@code contract_line} and {@code contract_line_county}.
     */
    public record Row(long contractId, long supplierId, ContractStatus status, LocalDate start, LocalDate end,
                      String serviceTypeCode, String countyFips) {

        public Row {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(serviceTypeCode, "serviceTypeCode");
            Objects.requireNonNull(countyFips, "countyFips");
        }

        /** Rule 2 and 3 for this row's contract and line (rule 1 is {@link #covers}). */
        boolean buys(String serviceType, String county, LocalDate day) {
            return inForce(status, start, end, day) && lineBuys(serviceTypeCode, Collections.singleton(countyFips), serviceType, county);
        }

        /** Whether this row's contract covers the provider's service type in the county on the day. */
        public boolean covers(long providerId, String serviceType, String county, LocalDate day) {
            return supplierId == providerId && buys(serviceType, county, day);
        }
    }

    /** Rule 2: the contract is active and its period (both ends inclusive) includes the day. */
    public static boolean inForce(ContractStatus status, LocalDate start, LocalDate end, LocalDate day) {
        return status == ContractStatus.ACTIVE && !day.isBefore(start) && !day.isAfter(end);
    }

    /** Rule 3, for one line: it buys the service type and lists the county. */
    public static boolean lineBuys(String lineServiceType, Collection<String> lineCounties, String serviceType, String county) {
        return lineServiceType.equals(serviceType) && lineCounties.contains(county);
    }

    /** Whether the provider's offerings of that service type fall under the statewide exception. */
    public static boolean statewide(OrganisationType providerType, boolean statewideService) {
        return providerType == OrganisationType.STATEWIDE_PROVIDER && statewideService;
    }

    /** The counties in which a contract of the rows covers the provider's service type on the day. */
    public static Set<String> counties(Collection<Row> rows, long providerId, String serviceType, LocalDate day) {
        Set<String> counties = new TreeSet<>();
        for (Row row : rows) {
            if (row.supplierId() == providerId && row.buys(serviceType, row.countyFips(), day)) {
                counties.add(row.countyFips());
            }
        }
        return counties;
    }

    /**
     * Whether an offering is admitted for a county, given the counties in which it is covered
     * ({@link #counties}): the county is among them, or, under the statewide exception, there is any.
     */
    public static boolean admits(Set<String> coveredCounties, boolean statewide, String county) {
        return statewide ? !coveredCounties.isEmpty() : coveredCounties.contains(county);
    }

    /**
     * The contract a provider's service in a county on a day falls under: the covering contract with the lowest id;
     * under the statewide exception, when none lists the county, the lowest id among its active contracts for the
     * service (the contract that admitted the offering in matching). Empty when nothing covers it.
     */
    public static Optional<Long> contractOf(Collection<Row> rows, long providerId, String serviceType, String county,
                                            LocalDate day, boolean statewide) {
        Optional<Long> covering = rows.stream().filter(r -> r.covers(providerId, serviceType, county, day))
                .map(Row::contractId).min(Long::compare);
        if (covering.isPresent() || !statewide) {
            return covering;
        }
        return rows.stream().filter(r -> r.supplierId() == providerId && r.buys(serviceType, r.countyFips(), day))
                .map(Row::contractId).min(Long::compare);
    }
}
