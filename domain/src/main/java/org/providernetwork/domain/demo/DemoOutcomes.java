package org.providernetwork.domain.demo;

import org.providernetwork.domain.demo.DemoReference.CountyRef;
import org.providernetwork.domain.demo.DemoReference.ServiceTypeRef;
import org.providernetwork.domain.outcome.ChildRecord;
import org.providernetwork.domain.outcome.DischargeReason;
import org.providernetwork.domain.outcome.Episode;
import org.providernetwork.domain.outcome.InHomeService;
import org.providernetwork.domain.outcome.Maltreatment;
import org.providernetwork.domain.outcome.OutcomeData;
import org.providernetwork.domain.outcome.Placement;
import org.providernetwork.domain.outcome.Setting;
import org.providernetwork.domain.outcome.Sex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A plausible outcome history for the demo network: children entering care over the past years (about the
 * state's yearly entries), their episodes with placements at the network's placement offerings, moves,
 * trial home visits, discharges to permanency or not, re-entries, sibling groups, a few maltreatment
 * reports in care, and families served at home. Deterministic for a seed and a day.
 */
public final class DemoOutcomes {

    private final DemoReference reference;

    public DemoOutcomes(DemoReference reference) {
        this.reference = reference;
    }

    /**
     * @param entriesPerYear children entering care per year
     * @param years          years of history before {@code today}
     * @param providerId     the database id of a demo organisation key
     * @param contractId     the database id of the contract (by number) a provider's placements fall under
     */
    public OutcomeData generate(DemoNetwork network, int entriesPerYear, int years, LocalDate today, long seed,
                                Function<String, Long> providerId, Function<String, Long> contractId) {
        Random random = new Random(seed + 3);
        Map<String, ServiceTypeRef> types = new HashMap<>();
        reference.serviceTypes().forEach(t -> types.put(t.code(), t));
        Map<String, String> regionOf = new HashMap<>();
        reference.counties().forEach(c -> regionOf.put(c.fips(), c.regionCode()));
        Map<String, String> contractOfProvider = new HashMap<>();
        network.contracts().forEach(c -> contractOfProvider.put(c.supplierKey(), c.number()));

        List<DemoNetwork.Offering> placements = network.offerings().stream()
                .filter(o -> types.get(o.serviceTypeCode()) != null && types.get(o.serviceTypeCode()).placement()).toList();
        Map<String, List<DemoNetwork.Offering>> placementsByRegion = new HashMap<>();
        placements.forEach(o -> placementsByRegion.computeIfAbsent(regionOf.get(o.locationCountyFips()), k -> new ArrayList<>()).add(o));
        List<DemoNetwork.Offering> inHome = network.offerings().stream()
                .filter(o -> o.serviceTypeCode().equals("IN-HOME") || o.serviceTypeCode().equals("FAM-PRES")).toList();

        List<ChildRecord> children = new ArrayList<>();
        List<Episode> episodes = new ArrayList<>();
        List<Placement> placed = new ArrayList<>();
        List<Maltreatment> maltreatment = new ArrayList<>();
        List<InHomeService> atHome = new ArrayList<>();
        int total = entriesPerYear * years;
        int n = 0;
        while (n < total && !placements.isEmpty()) {
            CountyRef home = reference.counties().get(random.nextInt(reference.counties().size()));
            int duration = duration(random);
            // a third of the longest stays began before the window, so that children in care two years and more
            // (the third permanency cohort) are there on the first day of every recent report period
            LocalDate removal = duration >= 730 && random.nextInt(3) == 0
                    ? today.minusDays(years * 365L + random.nextInt(730))
                    : today.minusDays(random.nextInt(years * 365));
            int siblings = random.nextInt(10) < 3 ? 2 + random.nextInt(2) : 1;
            String group = siblings > 1 ? "demo-group-" + n : null;
            LocalDate discharge = removal.plusDays(duration);
            boolean open = discharge.isAfter(today);
            List<Segment> segments = segments(random, removal, open ? null : discharge, home, placementsByRegion, placements,
                    regionOf);
            boolean trialHomeVisit = !open && random.nextInt(10) == 0 && duration > 60;
            for (int s = 0; s < siblings && n < total; s++, n++) {
                String id = "demo-" + n;
                int age = random.nextInt(10) < 6 ? random.nextInt(8) : 8 + random.nextInt(10);
                LocalDate birth = removal.minusYears(age).minusDays(random.nextInt(365));
                children.add(new ChildRecord(id, birth, random.nextBoolean() ? Sex.FEMALE : Sex.MALE, home.fips(), group));
                DischargeReason reason = open ? null : reason(random, age + duration / 365, duration);
                episodes.add(new Episode(id, 1, removal, open ? null : discharge, reason));
                for (int i = 0; i < segments.size(); i++) {
                    Segment seg = segments.get(i);
                    LocalDate end = seg.end();
                    if (trialHomeVisit && i == segments.size() - 1 && end != null) {
                        LocalDate visit = end.minusDays(Math.min(30, (int) Math.max(1, seg.start().until(end).getDays())));
                        if (visit.isAfter(seg.start())) {
                            placed.add(placement(id, 1, seg.start(), visit, seg.offering(), providerId, contractId, contractOfProvider));
                            placed.add(new Placement(id, 1, visit, end, Setting.TRIAL_HOME_VISIT, null, home.fips(), null));
                            continue;
                        }
                    }
                    placed.add(placement(id, 1, seg.start(), end, seg.offering(), providerId, contractId, contractOfProvider));
                }
                if (random.nextInt(100) < 2) {
                    LocalDate last = open ? today : discharge;
                    long days = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(removal, last));
                    maltreatment.add(new Maltreatment(id, removal.plusDays(random.nextInt((int) days)), random.nextBoolean(), true));
                }
                boolean permanent = reason == DischargeReason.REUNIFICATION || reason == DischargeReason.LIVING_WITH_RELATIVE
                        || reason == DischargeReason.GUARDIANSHIP;
                if (permanent && random.nextInt(100) < 9) {
                    LocalDate again = discharge.plusDays(10 + random.nextInt(500));
                    if (again.isBefore(today)) {
                        LocalDate out = again.plusDays(20 + random.nextInt(200));
                        boolean stillIn = out.isAfter(today);
                        episodes.add(new Episode(id, 2, again, stillIn ? null : out, stillIn ? null : DischargeReason.REUNIFICATION));
                        DemoNetwork.Offering o = pick(random, placementsByRegion.get(home.regionCode()), placements);
                        placed.add(placement(id, 2, again, stillIn ? null : out, o, providerId, contractId, contractOfProvider));
                    }
                }
            }
        }
        for (int i = 0; i < total / 2 && !inHome.isEmpty(); i++) {
            DemoNetwork.Offering o = inHome.get(random.nextInt(inHome.size()));
            String id = "demo-home-" + i;
            LocalDate start = today.minusDays(random.nextInt(years * 365));
            LocalDate end = start.plusDays(60 + random.nextInt(240));
            children.add(new ChildRecord(id, start.minusYears(random.nextInt(17)).minusDays(random.nextInt(365)),
                    random.nextBoolean() ? Sex.FEMALE : Sex.MALE, o.locationCountyFips(), null));
            atHome.add(new InHomeService(id, start, end.isAfter(today) ? null : end));
        }
        return new OutcomeData(children, episodes, placed, maltreatment, atHome, List.of());
    }

    private record Segment(LocalDate start, LocalDate end, DemoNetwork.Offering offering) {
    }

    /** Consecutive placements covering the episode; the more days in care, the more likely a move. */
    private static List<Segment> segments(Random random, LocalDate start, LocalDate end, CountyRef home,
                                          Map<String, List<DemoNetwork.Offering>> byRegion, List<DemoNetwork.Offering> all,
                                          Map<String, String> regionOf) {
        int count = 1;
        while (count < 5 && random.nextInt(100) < 30) {
            count++;
        }
        List<Segment> segments = new ArrayList<>();
        LocalDate from = start;
        LocalDate last = end == null ? start.plusDays(2000) : end;
        long days = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(start, last));
        for (int i = 0; i < count; i++) {
            LocalDate to = i == count - 1 ? end : from.plusDays(Math.max(1, days / count + random.nextInt(10)));
            if (to != null && end != null && !to.isBefore(end)) {
                to = end;
            }
            segments.add(new Segment(from, to, pick(random, byRegion.get(home.regionCode()), all)));
            if (to == null || (end != null && !to.isBefore(end))) {
                break;
            }
            from = to;
        }
        return segments;
    }

    private static DemoNetwork.Offering pick(Random random, List<DemoNetwork.Offering> near, List<DemoNetwork.Offering> all) {
        List<DemoNetwork.Offering> from = near != null && !near.isEmpty() && random.nextInt(10) < 8 ? near : all;
        return from.get(random.nextInt(from.size()));
    }

    private static Placement placement(String child, int episode, LocalDate start, LocalDate end, DemoNetwork.Offering o,
                                       Function<String, Long> providerId, Function<String, Long> contractId,
                                       Map<String, String> contractOfProvider) {
        String number = contractOfProvider.get(o.providerKey());
        return new Placement(child, episode, start, end, Setting.forServiceType(o.serviceTypeCode()),
                providerId.apply(o.providerKey()), o.locationCountyFips(), number == null ? null : contractId.apply(number));
    }

    /** Days in care: a few very short stays, most under two years, some long. */
    private static int duration(Random random) {
        int bucket = random.nextInt(100);
        if (bucket < 6) {
            return 1 + random.nextInt(7);
        }
        if (bucket < 45) {
            return 30 + random.nextInt(335);
        }
        if (bucket < 75) {
            return 365 + random.nextInt(365);
        }
        return 730 + random.nextInt(800);
    }

    private static DischargeReason reason(Random random, int ageAtDischarge, int duration) {
        if (ageAtDischarge >= 18) {
            return DischargeReason.EMANCIPATION;
        }
        int roll = random.nextInt(100);
        if (roll < 52) {
            return DischargeReason.REUNIFICATION;
        }
        if (roll < 62) {
            return DischargeReason.LIVING_WITH_RELATIVE;
        }
        if (roll < 72) {
            return DischargeReason.GUARDIANSHIP;
        }
        if (roll < 92) {
            return duration > 365 ? DischargeReason.ADOPTION : DischargeReason.REUNIFICATION;
        }
        if (roll < 96) {
            return DischargeReason.TRANSFER;
        }
        return DischargeReason.RUNAWAY;
    }
}
