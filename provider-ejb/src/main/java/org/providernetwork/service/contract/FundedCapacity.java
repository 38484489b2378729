package org.providernetwork.service.contract;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.ArrayList;

import org.providernetwork.service.audit.AuditRecord;
import org.providernetwork.service.audit.AuditSubject;
import org.providernetwork.service.audit.AuditWriter;
import org.providernetwork.service.platform.SqlValues;

/**
 * Keeps each offering's funded capacity (slots bought by the contract lines covering its service type in its
 * location county, by the rule of {@code Coverage} in its SQL form {@link CoverageSql}) and whether any such line exists, in {@code offering_capacity}. Derived once
 * when contracts change, so boards, matching and exports read a column instead of joining contracts.
 * Plain SQL, shared by the services and the bulk loaders. The services' recomputations write an audit record for
 * each offering whose figures changed (old and new value); the demo loader's {@link #recomputeAll} does not.
 */
public final class FundedCapacity {

    /** An offering's covering contract lines where it stands (its location county): {@link CoverageSql#COVERING}. */
    private static final String COVERING = " FROM service_offering s"
            + " JOIN service_type t ON t.id = s.service_type_id" + CoverageSql.COVERING
            + " AND lc.county_fips = s.location_county_fips"
            + " WHERE s.id = offering_capacity.offering_id";

    /** Recomputes every offering (positional parameters: the day, four times). */
    private static final String ALL = "UPDATE offering_capacity SET funded = COALESCE((SELECT SUM(l.funded_capacity)" + COVERING
            + "), 0), contracted = EXISTS (SELECT 1" + COVERING + ")";

    /** Recomputes the offerings of one supplier (the day four times, then the organisation id). */
    private static final String OF_SUPPLIER = ALL + " WHERE offering_id IN (SELECT id FROM service_offering WHERE organisation_id = ?)";

    private FundedCapacity() {
    }

    /** Recomputes the offerings of one supplier, or every offering when {@code supplierId} is null. */
    public static int recompute(EntityManager em, LocalDate day, Long supplierId) {
        String which = supplierId == null ? "" : " WHERE s.organisation_id = ?";
        Map<Long, Object[]> before = snapshot(em, which, supplierId == null ? List.of() : List.of(supplierId));
        Query update = em.createNativeQuery(supplierId == null ? ALL : OF_SUPPLIER);
        Date d = Date.valueOf(day);
        for (int i = 1; i <= 4; i++) {
            update.setParameter(i, d);
        }
        if (supplierId != null) {
            update.setParameter(5, supplierId);
        }
        int updated = update.executeUpdate();
        audit(em, before, snapshot(em, which, supplierId == null ? List.of() : List.of(supplierId)));
        return updated;
    }

    /** Recomputes the given offerings (in chunks of 500 ids). */
    public static int recomputeOfferings(EntityManager em, LocalDate day, Collection<Long> offeringIds) {
        List<Long> ids = List.copyOf(offeringIds);
        Date d = Date.valueOf(day);
        int updated = 0;
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            Map<Long, Object[]> before = snapshot(em, " WHERE c.offering_id IN (" + marks + ")", chunk);
            Query update = em.createNativeQuery(ALL + " WHERE offering_id IN (" + marks + ")");
            for (int i = 1; i <= 4; i++) {
                update.setParameter(i, d);
            }
            for (int i = 0; i < chunk.size(); i++) {
                update.setParameter(5 + i, chunk.get(i));
            }
            updated += update.executeUpdate();
            audit(em, before, snapshot(em, " WHERE c.offering_id IN (" + marks + ")", chunk));
        }
        return updated;
    }

    /** Funded capacity and whether contracted, with the provider, by offering. */
    @SuppressWarnings("unchecked")
    private static Map<Long, Object[]> snapshot(EntityManager em, String where, List<Long> parameters) {
        Query select = em.createNativeQuery("SELECT c.offering_id, c.funded, c.contracted, s.organisation_id FROM offering_capacity c"
                + " JOIN service_offering s ON s.id = c.offering_id" + where);
        for (int i = 0; i < parameters.size(); i++) {
            select.setParameter(i + 1, parameters.get(i));
        }
        Map<Long, Object[]> values = new HashMap<>();
        for (Object[] row : (List<Object[]>) select.getResultList()) {
            values.put(((Number) row[0]).longValue(), new Object[] {((Number) row[1]).intValue(), SqlValues.bool(row[2]),
                    ((Number) row[3]).longValue()});
        }
        return values;
    }

    /** One audit record per offering whose funded capacity or contracted flag the recomputation changed. */
    private static void audit(EntityManager em, Map<Long, Object[]> before, Map<Long, Object[]> after) {
        List<AuditRecord> records = new ArrayList<>();
        after.forEach((offering, now) -> {
            Object[] was = before.get(offering);
            if (was == null || (was[0].equals(now[0]) && was[1].equals(now[1]))) {
                return;
            }
            AuditRecord record = AuditRecord.updated("OfferingCapacity", offering).about(AuditSubject.organisation((Long) now[2]));
            if (!was[0].equals(now[0])) {
                record.change("funded", was[0], now[0]);
            }
            if (!was[1].equals(now[1])) {
                record.change("contracted", was[1], now[1]);
            }
            records.add(record);
        });
        if (!records.isEmpty()) {
            AuditWriter.record(em, records.toArray(new AuditRecord[0]));
        }
    }

    /** Recomputes every offering over a JDBC connection, in the caller's transaction. */
    public static int recomputeAll(Connection connection, LocalDate day) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(ALL)) {
            Date d = Date.valueOf(day);
            for (int i = 1; i <= 4; i++) {
                update.setDate(i, d);
            }
            return update.executeUpdate();
        }
    }
}
