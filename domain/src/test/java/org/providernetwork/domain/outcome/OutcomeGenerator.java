package org.providernetwork.domain.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Random;

/**
 * Generated state-scale outcome data from a fixed seed: 82 counties in 7 regions (synthetic centroids in the
 * state's bounding box), 120 providers each under one of 7 leads, children removed over three years
 * (2020-2022), 1-2 episodes each with 1-5 placements, some trial home visits and runaway spells, reports,
 * in-home services and offers.
 */
final class OutcomeGenerator {

    static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    static final int HISTORY_DAYS = 3 * 365;
    static final int COUNTIES = 82;
    static final int REGIONS = 7;
    static final int PROVIDERS = 120;

    private OutcomeGenerator() {
    }

    static List<Geography.County> counties() {
        Random random = new Random(82);
        List<Geography.County> counties = new ArrayList<>();
        for (int i = 0; i < COUNTIES; i++) {
            counties.add(new Geography.County(fips(i), "R" + (i % REGIONS + 1), 30.2 + random.nextDouble() * 4.8,
                    -91.6 + random.nextDouble() * 3.5));
        }
        return counties;
    }

    static String fips(int county) {
        return String.format("28%03d", 2 * county + 1);
    }

    static OutcomeData generate(int childCount, long seed) {
        Random random = new Random(seed);
        Setting[] settings = {Setting.FOSTER_HOME, Setting.FOSTER_HOME, Setting.FOSTER_HOME, Setting.KIN, Setting.KIN,
                Setting.THERAPEUTIC_FOSTER_HOME, Setting.GROUP_HOME, Setting.INSTITUTION, Setting.SHELTER,
                Setting.SUPERVISED_INDEPENDENT_LIVING};
        DischargeReason[] reasons = DischargeReason.values();
        List<ChildRecord> children = new ArrayList<>(childCount);
        List<Episode> episodes = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        List<Maltreatment> reports = new ArrayList<>();
        List<InHomeService> services = new ArrayList<>();
        List<OfferAnswer> offers = new ArrayList<>();
        Map<Long, Set<Long>> leads = new HashMap<>();
        for (long provider = 1; provider <= PROVIDERS; provider++) {
            leads.put(provider, Set.of(1000L + provider % REGIONS));
        }
        for (int c = 0; c < childCount; c++) {
            String id = "C" + c;
            int county = random.nextInt(COUNTIES);
            LocalDate born = FIRST_DAY.minusDays(random.nextInt(18 * 365));
            String group = random.nextInt(4) == 0 ? "G" + (c / 3) : null;
            children.add(new ChildRecord(id, born, Sex.values()[random.nextInt(3)], fips(county), group));
            if (random.nextInt(5) == 0) {
                LocalDate start = FIRST_DAY.plusDays(random.nextInt(HISTORY_DAYS));
                services.add(new InHomeService(id, start, random.nextBoolean() ? null : start.plusDays(30 + random.nextInt(300))));
                if (random.nextBoolean()) {
                    continue;
                }
            }
            LocalDate removal = FIRST_DAY.minusDays(400).plusDays(random.nextInt(HISTORY_DAYS + 400));
            int episodeCount = random.nextInt(5) == 0 ? 2 : 1;
            for (int e = 1; e <= episodeCount; e++) {
                int stay = random.nextInt(10) == 0 ? random.nextInt(10) : 8 + random.nextInt(900);
                LocalDate discharge = removal.plusDays(stay);
                boolean open = discharge.isAfter(FIRST_DAY.plusDays(HISTORY_DAYS));
                DischargeReason reason = open ? null : reasons[random.nextInt(reasons.length)];
                episodes.add(new Episode(id, e, removal, open ? null : discharge, reason));
                int count = 1 + random.nextInt(5);
                LocalDate start = removal;
                for (int p = 0; p < count; p++) {
                    boolean last = p == count - 1;
                    LocalDate end = last ? (open ? null : discharge)
                            : start.plusDays(random.nextInt(Math.max(1, stay / count + 1)));
                    if (end != null && end.isAfter(discharge)) {
                        end = discharge;
                    }
                    Setting setting = last && reason == DischargeReason.REUNIFICATION && random.nextInt(3) == 0
                            ? Setting.TRIAL_HOME_VISIT
                            : p > 0 && random.nextInt(15) == 0 ? Setting.RUNAWAY : settings[random.nextInt(settings.length)];
                    Long provider = setting == Setting.TRIAL_HOME_VISIT || setting == Setting.RUNAWAY
                            || setting == Setting.KIN && random.nextBoolean() ? null : 1L + random.nextInt(PROVIDERS);
                    String placed = random.nextInt(3) == 0 ? fips(random.nextInt(COUNTIES)) : fips(county);
                    placements.add(new Placement(id, e, start, end, setting, provider, placed,
                            provider == null || random.nextInt(5) == 0 ? null : 500 + provider));
                    if (end == null) {
                        break;
                    }
                    start = end;
                }
                if (random.nextInt(30) == 0) {
                    reports.add(new Maltreatment(id, removal.plusDays(random.nextInt(Math.max(1, stay))),
                            random.nextBoolean(), true));
                }
                if (open) {
                    break;
                }
                removal = discharge.plusDays(1 + random.nextInt(700));
            }
        }
        Instant first = FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int o = 0; o < childCount * 2; o++) {
            Instant offered = first.plusSeconds((long) random.nextInt(HISTORY_DAYS) * 86_400 + random.nextInt(86_400));
            Instant respondBy = offered.plusSeconds(86_400);
            int outcome = random.nextInt(10);
            Instant answered = outcome < 8 ? offered.plusSeconds(random.nextInt(2 * 86_400)) : null;
            offers.add(new OfferAnswer(1L + random.nextInt(PROVIDERS), offered, respondBy, answered,
                    outcome < 5, outcome >= 5 && outcome < 8, outcome == 8));
        }
        return new OutcomeData(children, episodes, placements, reports, services, offers, leads);
    }
}
