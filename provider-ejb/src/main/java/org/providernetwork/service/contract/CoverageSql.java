package org.providernetwork.service.contract;

import jakarta.persistence.EntityManager;
import org.providernetwork.domain.contract.ContractStatus;
import org.providernetwork.domain.contract.Coverage;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.service.platform.SqlValues;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL form of {@link Coverage}, the one rule of which contract covers an offering, for the set queries that
 * cannot afford to load contracts one offering at a time (funded capacity over every offering, matching's facts of
 * every offering of a service type). Each clause below is one rule of {@code Coverage}; {@code CoverageSqlTest}
 * runs these statements and the domain rule on the same contracts and days and requires the same answers. A change
 * to the rule changes {@code Coverage} first and this file with it.
 */
public final class CoverageSql {

    /**
     * Joins to an offering {@code s} and its service type {@code t} every county {@code lc.county_fips} in which a
     * contract {@code k} (line {@code l}) covers the offering's service on the day. Two positional parameters: the
     * day, twice.
     */
    public static final String COVERING =
            // rule 1: the offering's provider is the supplier
            " JOIN contract k ON k.supplier_id = s.organisation_id"
            // rule 2: active, and the period (both ends inclusive) includes the day
            + " AND k.status = '" + ContractStatus.ACTIVE.name() + "' AND k.start_date <= ? AND k.end_date >= ?"
            // rule 3: a line buys the service type, in the counties it lists
            + " JOIN contract_line l ON l.contract_id = k.id AND l.service_type_code = t.code"
            + " JOIN contract_line_county lc ON lc.contract_line_id = l.id";

    /**
     * Matching's {@code contractedCounties}: per active offering of a service type, the counties in which it is
     * covered ({@link Coverage#counties}). Parameters: the day twice, the service type code.
     */
    public static final String COUNTIES_OF_TYPE = "SELECT s.id, lc.county_fips FROM service_offering s"
            + " JOIN service_type t ON t.id = s.service_type_id" + COVERING + " WHERE t.code = ? AND s.active = TRUE";

    /** The rows {@link Coverage} reads, of one provider and service type. Parameters: provider id, service type code. */
    private static final String ROWS = "SELECT k.id, k.supplier_id, k.status, k.start_date, k.end_date, l.service_type_code,"
            + " lc.county_fips FROM contract k JOIN contract_line l ON l.contract_id = k.id"
            + " JOIN contract_line_county lc ON lc.contract_line_id = l.id WHERE k.supplier_id = ? AND l.service_type_code = ?";

    private CoverageSql() {
    }

    /** Every county of every line of the provider's contracts for the service type, whatever their status. */
    @SuppressWarnings("unchecked")
    public static List<Coverage.Row> rows(EntityManager em, long providerId, String serviceType) {
        List<Coverage.Row> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(ROWS).setParameter(1, providerId).setParameter(2, serviceType)
                .getResultList()) {
            rows.add(row(r));
        }
        return rows;
    }

    /** One row of {@code k.id, k.supplier_id, k.status, k.start_date, k.end_date, l.service_type_code, lc.county_fips}. */
    public static Coverage.Row row(Object[] r) {
        return new Coverage.Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ContractStatus.valueOf(SqlValues.trimmed(r[2])), SqlValues.date(r[3]), SqlValues.date(r[4]),
                SqlValues.trimmed(r[5]), SqlValues.trimmed(r[6]));
    }

    /** Whether the provider's offerings of the service type fall under {@link Coverage#statewide}. */
    public static boolean statewide(EntityManager em, long providerId, String serviceType) {
        List<?> type = em.createNativeQuery("SELECT org_type FROM organisation WHERE id = ?").setParameter(1, providerId)
                .getResultList();
        List<?> service = em.createNativeQuery("SELECT statewide FROM service_type WHERE code = ?").setParameter(1, serviceType)
                .getResultList();
        return !type.isEmpty() && !service.isEmpty()
                && Coverage.statewide(OrganisationType.valueOf(SqlValues.trimmed(type.get(0))), SqlValues.bool(service.get(0)));
    }
}
