package org.providernetwork.service.capacity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.providernetwork.domain.account.Roles;
import org.providernetwork.domain.shared.InvalidInputException;
import org.providernetwork.domain.shared.NotFoundException;
import org.providernetwork.service.reference.ReferenceData;
import org.providernetwork.service.reference.ReferenceViews.RegionView;
import org.providernetwork.service.tenancy.Tenancy;
import org.providernetwork.service.tenancy.TenantScope;

import org.providernetwork.domain.shared.StateCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Capacity boards: service type by county for one region (leads), service type by region for the state,
 * summed over the offerings the caller may see, with utilisation, low-capacity and stale-data flags, and the
 * referrals waiting for a place with the longest wait. Two grouped queries per board.
 */
@Stateless
public class CapacityBoard {

    private static final String FROM = " FROM ServiceOffering s JOIN s.serviceType t JOIN s.locationCounty c"
            + " JOIN c.region r JOIN s.provider o, OfferingCapacity cap WHERE cap.offeringId = s.id AND s.active = TRUE";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    @Inject
    private ReferenceData reference;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "portal.capacity.low-threshold", defaultValue = "0.1")
    private double lowThreshold;

    @Inject
    @ConfigProperty(name = "portal.capacity.stale-days", defaultValue = "14")
    private int staleDays;

    /** A column of the board: a county (regional board) or a region (statewide board). */
    public record Column(String key, String label) {
    }

    /**
     * One cell: the offerings of one service type located in one column's area; {@code waiting} referrals wait on
     * them for a place, the longest since {@code waitingSince} (null when none waits).
     */
    public record Cell(String serviceTypeCode, String column, long offerings, long available, long maximum,
                       long funded, long staleOfferings, boolean low, boolean stale, long waiting, Instant waitingSince) {

        /** Whole days the longest-waiting referral has waited by {@code now}; 0 when none waits. */
        public long longestWaitDays(Instant now) {
            return waitingSince == null ? 0 : Math.max(0, Duration.between(waitingSince, now).toDays());
        }

        public double utilisation() {
            return maximum == 0 ? 0 : (double) (maximum - available) / maximum;
        }

        public int utilisationPercent() {
            return (int) Math.round(utilisation() * 100);
        }
    }

    /** One row of the board: a service type and its cells by column. */
    public record Row(String serviceTypeCode, String serviceTypeName, Map<String, Cell> cells, long available,
                      long maximum, long funded) {

        public Cell cell(String column) {
            return cells.get(column);
        }
    }

    /** A board. */
    public record Board(String title, String regionCode, List<Column> columns, List<Row> rows, double lowThreshold,
                        int staleDays, Instant at) {

        public long lowThresholdPercent() {
            return Math.round(lowThreshold * 100);
        }
    }

    /** Free and total places by region at the end of one week. */
    public record HistoryPoint(LocalDate day, Map<String, Long> availableByRegion, long available, long maximum) {
    }

    /**
     * Free places by region at the end of each of the last {@code weeks} weeks, rebuilt from the history of
     * capacity changes: for each point, the latest change of every offering up to that moment.
     */
    @RolesAllowed({Roles.STATE_STAFF, Roles.CQI_REVIEWER, Roles.AUDITOR})
    public List<HistoryPoint> stateHistory(int weeks) {
        if (weeks < 1 || weeks > 104) {
            throw new InvalidInputException("weeks", "between 1 and 104 weeks");
        }
        LocalDate today = LocalDate.now(clock);
        List<HistoryPoint> points = new ArrayList<>();
        for (int w = weeks - 1; w >= 0; w--) {
            LocalDate day = today.minusWeeks(w);
            Instant end = w == 0 ? clock.instant() : StateCalendar.endOf(day, clock.getZone());
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT r.code, SUM(ch.available), SUM(ch.maximum)"
                    + " FROM capacity_change ch JOIN service_offering s ON s.id = ch.offering_id"
                    + " JOIN county c ON c.fips = s.location_county_fips JOIN region r ON r.id = c.region_id"
                    + " WHERE s.active = TRUE AND ch.id IN (SELECT MAX(c2.id) FROM capacity_change c2"
                    + " WHERE c2.changed_at < ? GROUP BY c2.offering_id) GROUP BY r.code ORDER BY r.code")
                    .setParameter(1, java.sql.Timestamp.from(end)).getResultList();
            Map<String, Long> byRegion = new LinkedHashMap<>();
            long available = 0;
            long maximum = 0;
            for (Object[] r : rows) {
                long a = ((Number) r[1]).longValue();
                byRegion.put((String) r[0], a);
                available += a;
                maximum += ((Number) r[2]).longValue();
            }
            points.add(new HistoryPoint(day, byRegion, available, maximum));
        }
        return points;
    }

    /** One region, service type by county. */
    public Board region(String regionCode) {
        RegionView region = reference.region(regionCode).orElseThrow(() -> new NotFoundException("region", regionCode));
        List<Column> columns = reference.counties(region.code()).stream().map(c -> new Column(c.fips(), c.name())).toList();
        return board(region.name(), region.code(), columns, "c.fips", " AND r.code = :region", Map.of("region", region.code()));
    }

    /** The whole state, service type by region. */
    @RolesAllowed({Roles.STATE_STAFF, Roles.CQI_REVIEWER, Roles.AUDITOR})
    public Board state() {
        List<Column> columns = reference.regions().stream().map(r -> new Column(r.code(), r.name())).toList();
        return board("Statewide", null, columns, "r.code", "", Map.of());
    }

    private Board board(String title, String regionCode, List<Column> columns, String columnExpression, String condition,
                        Map<String, Object> parameters) {
        TenantScope.Predicate scope = tenancy.scope().organisations("o");
        TypedQuery<Object[]> query = em.createQuery("SELECT t.code, t.name, " + columnExpression + ", COUNT(s),"
                + " SUM(cap.available), SUM(cap.maximum), SUM(CASE WHEN cap.updatedAt < :staleBefore THEN 1 ELSE 0 END),"
                + " SUM(cap.funded)"
                + FROM + condition + " AND " + scope.jpql()
                + " GROUP BY t.code, t.name, " + columnExpression + " ORDER BY t.name", Object[].class);
        parameters.forEach(query::setParameter);
        scope.parameters().forEach(query::setParameter);
        query.setParameter("staleBefore", clock.instant().minus(Duration.ofDays(staleDays)));
        // the waiting referrals of each cell and the longest wait, counted here: an aggregate (MIN) of a converted
        // column reaches the converter as the driver's own type and fails, so each entry's time is read as mapped
        Map<List<String>, Object[]> waits = new java.util.HashMap<>();
        TypedQuery<Object[]> waitQuery = em.createQuery("SELECT t.code, " + columnExpression + ", w.waitingSince"
                + FROM.replace(", OfferingCapacity cap WHERE cap.offeringId = s.id", ", WaitlistEntry w WHERE w.offeringId = s.id")
                + condition + " AND " + scope.jpql(), Object[].class);
        parameters.forEach(waitQuery::setParameter);
        scope.parameters().forEach(waitQuery::setParameter);
        for (Object[] w : waitQuery.getResultList()) {
            Instant since = (Instant) w[2];
            waits.merge(List.of((String) w[0], (String) w[1]), new Object[] {w[0], w[1], 1L, since}, (a, b) -> new Object[] {
                a[0], a[1], (Long) a[2] + 1, ((Instant) a[3]).isBefore(since) ? a[3] : since});
        }
        Map<String, String> typeNames = new LinkedHashMap<>();
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        for (Object[] r : query.getResultList()) {
            long available = ((Number) r[4]).longValue();
            long maximum = ((Number) r[5]).longValue();
            long stale = ((Number) r[6]).longValue();
            long funded = r[7] == null ? 0 : ((Number) r[7]).longValue();
            Object[] w = waits.get(List.of((String) r[0], (String) r[2]));
            Cell cell = new Cell((String) r[0], (String) r[2], (Long) r[3], available, maximum, funded, stale,
                    maximum > 0 && available < lowThreshold * maximum, stale > 0, w == null ? 0 : ((Number) w[2]).longValue(),
                    w == null ? null : (Instant) w[3]);
            typeNames.put(cell.serviceTypeCode(), (String) r[1]);
            cells.computeIfAbsent(cell.serviceTypeCode(), code -> new LinkedHashMap<>()).put(cell.column(), cell);
        }
        List<Row> rows = new ArrayList<>();
        cells.forEach((code, byColumn) -> rows.add(new Row(code, typeNames.get(code), byColumn,
                byColumn.values().stream().mapToLong(Cell::available).sum(),
                byColumn.values().stream().mapToLong(Cell::maximum).sum(),
                byColumn.values().stream().mapToLong(Cell::funded).sum())));
        return new Board(title, regionCode, columns, rows, lowThreshold, staleDays, clock.instant());
    }
}
