package org.providernetwork.domain.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.providernetwork.domain.shared.Period;

/** A small hand-built cohort: children, their episodes and placements, reports, services and offers. */
final class Cohort {

    static final Period YEAR_2022 = new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
    static final long P1 = 1L;
    static final long P2 = 2L;
    static final long P3 = 3L;
    static final long LEAD = 10L;

    /** Three counties: 28001 and 28003 (region R1, about 33 km apart), 28005 (region R2, about 111 km away). */
    static final Geography GEOGRAPHY = Geography.of(List.of(
            new Geography.County("28001", "R1", 32.0, -90.0),
            new Geography.County("28003", "R1", 32.3, -90.0),
            new Geography.County("28005", "R2", 33.0, -90.0)));

    private final List<ChildRecord> children = new ArrayList<>();
    private final List<Episode> episodes = new ArrayList<>();
    private final List<Placement> placements = new ArrayList<>();
    private final List<Maltreatment> reports = new ArrayList<>();
    private final List<InHomeService> services = new ArrayList<>();
    private final List<OfferAnswer> offers = new ArrayList<>();
    private final Map<String, Integer> lastEpisode = new HashMap<>();
    private final Map<Long, Set<Long>> leads = new HashMap<>(Map.of(P2, Set.of(LEAD), P3, Set.of(LEAD)));

    static LocalDate d(String day) {
        return day == null ? null : LocalDate.parse(day);
    }

    Cohort child(String id, String born, String homeCounty) {
        return child(id, born, homeCounty, null);
    }

    Cohort child(String id, String born, String homeCounty, String siblingGroup) {
        children.add(new ChildRecord(id, d(born), Sex.UNKNOWN, homeCounty, siblingGroup));
        return this;
    }

    /** A child born 2010-01-01 in county 28001. */
    Cohort child(String id) {
        return child(id, "2010-01-01", "28001");
    }

    Cohort episode(String childId, String removal, String discharge, DischargeReason reason) {
        int no = lastEpisode.merge(childId, 1, Integer::sum);
        episodes.add(new Episode(childId, no, d(removal), d(discharge), reason));
        return this;
    }

    /** A placement in the child's latest episode. */
    Cohort placement(String childId, String start, String end, Setting setting, Long provider, String county) {
        placements.add(new Placement(childId, lastEpisode.get(childId), d(start), d(end), setting, provider, county,
                provider == null ? null : 100 + provider));
        return this;
    }

    Cohort report(String childId, String day, boolean substantiated) {
        reports.add(new Maltreatment(childId, d(day), substantiated, true));
        return this;
    }

    /** A report with the investigation system's report id. */
    Cohort report(String childId, String day, boolean substantiated, String reportId) {
        reports.add(new Maltreatment(childId, d(day), substantiated, false, reportId));
        return this;
    }

    Cohort inHome(String childId, String start, String end) {
        services.add(new InHomeService(childId, d(start), d(end)));
        return this;
    }

    Cohort offer(long provider, String offeredAt, String respondBy, String answeredAt, boolean accepted,
                 boolean declined, boolean expired) {
        offers.add(new OfferAnswer(provider, Instant.parse(offeredAt), respondBy == null ? null : Instant.parse(respondBy),
                answeredAt == null ? null : Instant.parse(answeredAt), accepted, declined, expired));
        return this;
    }

    OutcomeData data() {
        return new OutcomeData(children, episodes, placements, reports, services, offers, leads);
    }

    IndicatorResult compute(String id, Cut cut) {
        return new IndicatorEngine().compute(id, data(), YEAR_2022, cut, GEOGRAPHY);
    }

    /** One indicator statewide over another period than 2022. */
    IndicatorResult compute(String id, Period period) {
        return new IndicatorEngine().compute(id, data(), period, Cut.STATE, GEOGRAPHY);
    }

    IndicatorResult compute(String id) {
        return compute(id, Cut.STATE);
    }
}
