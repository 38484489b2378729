package org.providernetwork.domain.demo;

import org.providernetwork.domain.account.PortalRole;
import org.providernetwork.domain.demo.DemoReference.CountyRef;
import org.providernetwork.domain.demo.DemoReference.RegionRef;
import org.providernetwork.domain.demo.DemoReference.ServiceTypeRef;
import org.providernetwork.domain.contract.ContractKind;
import org.providernetwork.domain.contract.ServiceUnit;
import org.providernetwork.domain.contract.TargetDirection;
import org.providernetwork.domain.network.CredentialKind;
import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.outcome.Indicator;
import org.providernetwork.domain.shared.GeoPoint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates a plausible provider network: one lead contractor per region, local providers spread over
 * the regions in proportion to their counties, a handful of statewide preferred providers, their
 * service offerings and one demo account per role. The same reference data, size and seed always give
 * the same network.
 */
public final class DemoNetworkGenerator {

    /** Accounts created for every demo network (the README lists them). */
    public static final String STATE_STAFF_USER = "state.staff";
    public static final String CQI_USER = "cqi.reviewer";
    public static final String AUDITOR_USER = "auditor";
    public static final String PROVIDER_ADMIN_USER = "provider.admin";
    public static final String PROVIDER_STAFF_USER = "provider.staff";
    public static final String OTHER_PROVIDER_ADMIN_USER = "provider2.admin";
    public static final String STATEWIDE_ADMIN_USER = "statewide.admin";

    private static final String[] ADJECTIVES = {"Magnolia", "Riverbend", "Hope", "Bridgeway", "Harbor",
        "New Horizons", "Oak Grove", "Cypress", "Sunrise", "Heritage", "Cornerstone", "Open Door", "Kindred",
        "Willow", "Compass", "Lighthouse", "Evergreen", "Pathways", "Safe Haven", "True North", "Southern Pines",
        "Bright Futures", "Family First", "Good Shepherd", "Crossroads"};
    private static final String[] NOUNS = {"Family Services", "Children's Home", "Youth Services",
        "Family Partners", "Community Care", "Counseling Center", "Foster Care Network", "Youth Village",
        "Family Alliance", "Behavioral Health", "Child and Family Center", "Home Ministries"};
    /** Weights of the local service types in the demo network: common services appear more often. */
    private static final Map<String, Integer> LOCAL_WEIGHTS = Map.ofEntries(
            Map.entry("FOSTER", 9), Map.entry("IN-HOME", 8), Map.entry("FAM-PRES", 7), Map.entry("ASMT", 5),
            Map.entry("REUNIF", 5), Map.entry("THER-FOSTER", 5), Map.entry("KINSHIP", 4), Map.entry("RESPITE", 4),
            Map.entry("EMRG-SHELTER", 4), Map.entry("SPEC-FOSTER", 3), Map.entry("ADOPTION", 3));
    /** Specialised populations a demo offering of each service type may serve. */
    private static final Map<String, List<String>> TYPICAL_NEEDS = Map.ofEntries(
            Map.entry("SPEC-FOSTER", List.of("DEV-DISABILITY", "SEXUAL-BEHAVIOUR", "MED-FRAGILE", "SUBSTANCE-USE",
                    "DUAL-DIAGNOSIS")),
            Map.entry("THER-FOSTER", List.of("MENTAL-HEALTH", "AGGRESSION", "TRAFFICKING")),
            Map.entry("SO-TREAT", List.of("SEXUAL-BEHAVIOUR")),
            Map.entry("AOD-TREAT", List.of("SUBSTANCE-USE", "DUAL-DIAGNOSIS")),
            Map.entry("PRTF", List.of("MENTAL-HEALTH", "AGGRESSION", "DUAL-DIAGNOSIS")),
            Map.entry("MED-FRAGILE", List.of("MED-FRAGILE", "PHYSICAL-DISABILITY")),
            Map.entry("DUAL-DX", List.of("DUAL-DIAGNOSIS", "DEV-DISABILITY", "MENTAL-HEALTH")),
            Map.entry("ACUTE-HOSP", List.of("MENTAL-HEALTH")),
            Map.entry("GROUP-HOME", List.of("AGGRESSION", "PREGNANT-PARENTING")),
            Map.entry("IND-LIVING", List.of("PREGNANT-PARENTING")));

    private final DemoReference reference;

    public DemoNetworkGenerator(DemoReference reference) {
        if (reference.regions().isEmpty() || reference.counties().isEmpty() || reference.serviceTypes().isEmpty()) {
            throw new IllegalArgumentException("the generator needs regions, counties and service types");
        }
        this.reference = reference;
    }

    /**
     * @param providers number of provider organisations (local and statewide), at least twice the regions
     * @param seed      the seed of every random choice
     */
    public DemoNetwork generate(int providers, long seed) {
        int regionCount = reference.regions().size();
        if (providers < 2 * regionCount + 1) {
            throw new IllegalArgumentException("at least " + (2 * regionCount + 1) + " providers are needed, was "
                    + providers);
        }
        Random random = new Random(seed);
        Set<String> usedNames = new HashSet<>();
        List<DemoNetwork.Organisation> organisations = new ArrayList<>();
        List<DemoNetwork.Offering> offerings = new ArrayList<>();

        for (RegionRef region : reference.regions()) {
            organisations.add(lead(region, random, usedNames));
        }

        int statewide = Math.max(3, providers / 20);
        int local = providers - statewide;
        Map<String, Integer> perRegion = apportion(local);
        List<DemoNetwork.Organisation> localProviders = new ArrayList<>();
        for (RegionRef region : reference.regions()) {
            List<CountyRef> counties = reference.countiesOf(region.code());
            for (int i = 0; i < perRegion.get(region.code()); i++) {
                CountyRef hq = counties.get(random.nextInt(counties.size()));
                Set<String> regions = new LinkedHashSet<>(List.of(region.code()));
                if (random.nextInt(10) == 0) {
                    regions.add(reference.regions().get(random.nextInt(regionCount)).code());
                }
                DemoNetwork.Organisation provider = organisation("local-" + region.code() + "-" + (i + 1),
                        uniqueName(hq, random, usedNames), OrganisationType.LOCAL_PROVIDER, null, hq, regions);
                localProviders.add(provider);
                organisations.add(provider);
                offerings.addAll(localOfferings(provider, hq, random));
            }
        }

        List<ServiceTypeRef> statewideTypes = reference.serviceTypes().stream().filter(ServiceTypeRef::statewide).toList();
        List<DemoNetwork.Organisation> statewideProviders = new ArrayList<>();
        Set<String> allRegions = new LinkedHashSet<>();
        reference.regions().forEach(r -> allRegions.add(r.code()));
        for (int i = 0; i < statewide; i++) {
            CountyRef hq = reference.counties().get(random.nextInt(reference.counties().size()));
            DemoNetwork.Organisation provider = organisation("statewide-" + (i + 1),
                    uniqueName(hq, random, usedNames), OrganisationType.STATEWIDE_PROVIDER, null, hq, allRegions);
            statewideProviders.add(provider);
            organisations.add(provider);
            if (!statewideTypes.isEmpty()) {
                offerings.addAll(statewideOfferings(provider, hq, statewideTypes, random));
            }
        }

        // details and contracts draw from their own random sequences, so that they never change the network above
        List<DemoNetwork.Offering> detailed = details(offerings, new Random(seed + 1));
        List<DemoNetwork.Contract> contracts = contracts(organisations, detailed, new Random(seed + 2));
        return new DemoNetwork(organisations, detailed, contracts, users(organisations, localProviders, statewideProviders));
    }

    private Map<String, Integer> apportion(int local) {
        int regions = reference.regions().size();
        int counties = reference.counties().size();
        Map<String, Integer> shares = new LinkedHashMap<>();
        int given = 0;
        for (RegionRef region : reference.regions()) {
            int share = Math.max(2, local * reference.countiesOf(region.code()).size() / counties);
            shares.put(region.code(), share);
            given += share;
        }
        int i = 0;
        while (given < local) {
            String code = reference.regions().get(i++ % regions).code();
            shares.merge(code, 1, Integer::sum);
            given++;
        }
        while (given > local) {
            String code = reference.regions().get(i++ % regions).code();
            if (shares.get(code) > 2) {
                shares.merge(code, -1, Integer::sum);
                given--;
            }
        }
        return shares;
    }

    private DemoNetwork.Organisation lead(RegionRef region, Random random, Set<String> usedNames) {
        String shortName = region.name().contains(" - ")
                ? region.name().substring(region.name().indexOf(" - ") + 3) : region.name();
        String name = shortName + " Family Partnership";
        usedNames.add(name.toLowerCase(Locale.ROOT));
        List<CountyRef> counties = reference.countiesOf(region.code());
        CountyRef hq = counties.isEmpty() ? reference.counties().get(0) : counties.get(random.nextInt(counties.size()));
        return organisation("lead-" + region.code(), name, OrganisationType.LEAD_CONTRACTOR, region.code(), hq,
                Set.of(region.code()));
    }

    private static DemoNetwork.Organisation organisation(String key, String name, OrganisationType type,
                                                         String leadRegion, CountyRef hq, Set<String> regions) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        int number = Math.floorMod(name.hashCode(), 100);
        return new DemoNetwork.Organisation(key, name, type, leadRegion, hq.fips(), Set.copyOf(regions), hq.name(),
                String.format(Locale.ROOT, "(601) 555-01%02d", number), "intake@" + slug + ".example.org",
                "https://" + slug + ".example.org");
    }

    private static String uniqueName(CountyRef county, Random random, Set<String> used) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String noun = NOUNS[random.nextInt(NOUNS.length)];
            String name = switch (random.nextInt(3)) {
                case 0 -> county.name() + " County " + noun;
                case 1 -> ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + noun;
                default -> ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + noun + " of " + county.name();
            };
            if (used.add(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
        for (int n = 2; ; n++) {
            String name = county.name() + " Community Services " + n;
            if (used.add(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
    }

    private List<DemoNetwork.Offering> localOfferings(DemoNetwork.Organisation provider, CountyRef hq, Random random) {
        List<ServiceTypeRef> types = reference.serviceTypes().stream().filter(t -> !t.statewide()).toList();
        if (types.isEmpty()) {
            return List.of();
        }
        int count = 2 + random.nextInt(5);
        Set<String> chosen = new LinkedHashSet<>();
        for (int attempt = 0; chosen.size() < Math.min(count, types.size()) && attempt < 40; attempt++) {
            chosen.add(weightedPick(types, random).code());
        }
        List<CountyRef> regionCounties = reference.countiesOf(hq.regionCode());
        List<DemoNetwork.Offering> result = new ArrayList<>();
        for (String typeCode : chosen) {
            ServiceTypeRef type = types.stream().filter(t -> t.code().equals(typeCode)).findFirst().orElseThrow();
            CountyRef location = random.nextInt(3) == 0 && !regionCounties.isEmpty()
                    ? regionCounties.get(random.nextInt(regionCounties.size())) : hq;
            List<String> served = nearest(location, regionCounties, 1 + random.nextInt(5));
            result.add(offering(provider, type, location, served, random, random.nextInt(10) < 3));
        }
        return result;
    }

    private List<DemoNetwork.Offering> statewideOfferings(DemoNetwork.Organisation provider, CountyRef hq,
                                                          List<ServiceTypeRef> types, Random random) {
        int count = 1 + random.nextInt(3);
        Set<ServiceTypeRef> chosen = new LinkedHashSet<>();
        for (int attempt = 0; chosen.size() < Math.min(count, types.size()) && attempt < 20; attempt++) {
            chosen.add(types.get(random.nextInt(types.size())));
        }
        List<String> everyCounty = reference.counties().stream().map(CountyRef::fips).toList();
        List<DemoNetwork.Offering> result = new ArrayList<>();
        for (ServiceTypeRef type : chosen) {
            result.add(offering(provider, type, hq, everyCounty, random, true));
        }
        return result;
    }

    private DemoNetwork.Offering offering(DemoNetwork.Organisation provider, ServiceTypeRef type, CountyRef location,
                                          List<String> served, Random random, boolean outOfCounty) {
        int minAge = type.code().equals("IND-LIVING") ? 14 : random.nextInt(3) == 0 ? 6 : 0;
        int maxAge = type.code().equals("IND-LIVING") ? 21 : random.nextInt(4) == 0 ? 12 : 17;
        GendersServed genders = random.nextInt(6) == 0
                ? (random.nextBoolean() ? GendersServed.FEMALE : GendersServed.MALE) : GendersServed.ANY;
        int siblings = type.placement() ? 1 + random.nextInt(4) : 6;
        List<String> needs = new ArrayList<>();
        List<String> typical = TYPICAL_NEEDS.getOrDefault(type.code(), List.of()).stream()
                .filter(reference.needCodes()::contains).toList();
        for (String need : typical) {
            if (needs.isEmpty() || random.nextBoolean()) {
                needs.add(need);
            }
        }
        String name = type.name() + " - " + location.name() + " County";
        int maximum = type.placement() ? 2 + random.nextInt(15) : 5 + random.nextInt(36);
        int available = random.nextInt(4) == 0 ? 0 : random.nextInt(maximum + 1);
        int waitlist = available == 0 ? random.nextInt(7) : 0;
        return new DemoNetwork.Offering(provider.key(), type.code(), name, location.fips(), served, needs, minAge,
                maxAge, genders, siblings, outOfCounty, maximum, available, waitlist, null, List.of("en"), List.of());
    }

    /** Descriptions, languages, licences (placements) and accreditations; some expire within 30 or 60 days. */
    private List<DemoNetwork.Offering> details(List<DemoNetwork.Offering> offerings, Random random) {
        Map<String, ServiceTypeRef> types = new LinkedHashMap<>();
        reference.serviceTypes().forEach(t -> types.put(t.code(), t));
        List<DemoNetwork.Offering> result = new ArrayList<>();
        int n = 0;
        for (DemoNetwork.Offering o : offerings) {
            n++;
            ServiceTypeRef type = types.get(o.serviceTypeCode());
            List<String> languages = new ArrayList<>(List.of("en"));
            if (random.nextInt(4) == 0) {
                languages.add("es");
            }
            if (random.nextInt(20) == 0) {
                languages.add("vi");
            }
            if (random.nextInt(30) == 0) {
                languages.add("ase");
            }
            List<DemoNetwork.Credential> credentials = new ArrayList<>();
            // every 12th offering's first credential falls due within two months
            int due = n % 12 == 0 ? 10 + random.nextInt(50) : 90 + random.nextInt(640);
            if (type.placement()) {
                credentials.add(new DemoNetwork.Credential(CredentialKind.LICENCE, "State licensing unit",
                        String.format(Locale.ROOT, "LIC-%05d", 10000 + n * 7 + random.nextInt(7)), due));
                due = 180 + random.nextInt(900);
            }
            if (!type.placement() || random.nextInt(3) == 0) {
                credentials.add(new DemoNetwork.Credential(CredentialKind.ACCREDITATION,
                        random.nextBoolean() ? "Council on Accreditation" : "Commission on Accreditation of Rehabilitation Facilities",
                        String.format(Locale.ROOT, "ACC-%05d", 20000 + n * 11 + random.nextInt(11)), due));
            }
            String description = type.name() + " for " + (o.genders() == GendersServed.ANY ? "children and youth"
                    : o.genders() == GendersServed.FEMALE ? "girls and young women" : "boys and young men")
                    + " aged " + o.minAge() + " to " + o.maxAge() + (type.placement()
                    ? ", keeping sibling groups of up to " + o.maxSiblingGroup() + " together." : ".");
            result.add(new DemoNetwork.Offering(o.providerKey(), o.serviceTypeCode(), o.name(), o.locationCountyFips(),
                    o.servedCountyFips(), o.needCodes(), o.minAge(), o.maxAge(), o.genders(), o.maxSiblingGroup(),
                    o.acceptsOutOfCounty(), o.maximum(), o.available(), o.waitlist(), description, languages, credentials));
        }
        return result;
    }

    /**
     * One prime contract per region (state and lead, every local service type offered in the region, all
     * its counties), one direct contract per statewide provider and one subcontract per local provider
     * under its home region's prime, each line funding about what the offerings hold. A few contracts end
     * within 30 or 60 days of loading.
     */
    private List<DemoNetwork.Contract> contracts(List<DemoNetwork.Organisation> organisations,
                                                 List<DemoNetwork.Offering> offerings, Random random) {
        Map<String, ServiceTypeRef> types = new LinkedHashMap<>();
        reference.serviceTypes().forEach(t -> types.put(t.code(), t));
        Map<String, DemoNetwork.Organisation> byKey = new LinkedHashMap<>();
        organisations.forEach(o -> byKey.put(o.key(), o));
        Map<String, String> regionOfCounty = new LinkedHashMap<>();
        reference.counties().forEach(c -> regionOfCounty.put(c.fips(), c.regionCode()));
        List<DemoNetwork.Contract> contracts = new ArrayList<>();
        int primeStart = -150;
        int primeEnd = 2 * 365 + 35;
        Map<String, String> primeOfRegion = new LinkedHashMap<>();
        for (RegionRef region : reference.regions()) {
            List<DemoNetwork.Offering> inRegion = offerings.stream()
                    .filter(o -> byKey.get(o.providerKey()).type() == OrganisationType.LOCAL_PROVIDER
                            && region.code().equals(regionOfCounty.get(o.locationCountyFips()))).toList();
            Map<String, Integer> funded = new java.util.TreeMap<>();
            inRegion.forEach(o -> funded.merge(o.serviceTypeCode(), o.maximum(), Integer::sum));
            List<String> counties = reference.countiesOf(region.code()).stream().map(CountyRef::fips).toList();
            List<DemoNetwork.Line> lines = new ArrayList<>();
            funded.forEach((code, slots) -> lines.add(line(types.get(code), slots + slots / 5, counties, random)));
            String number = "PRM-" + region.code() + "-01";
            primeOfRegion.put(region.code(), number);
            contracts.add(new DemoNetwork.Contract(number, ContractKind.PRIME, DemoNetwork.STATE_AGENCY_KEY,
                    "lead-" + region.code(), null, primeStart, primeEnd, "Title IV-B and state general funds",
                    budget(lines, 1.25), lines, List.of(
                    new DemoNetwork.Target(Indicator.PERMANENCY_12_ENTRIES, new BigDecimal("40"), TargetDirection.AT_LEAST),
                    new DemoNetwork.Target(Indicator.REENTRY_12, new BigDecimal("8"), TargetDirection.AT_MOST),
                    new DemoNetwork.Target(Indicator.PLACEMENT_STABILITY, new BigDecimal("4.5"), TargetDirection.AT_MOST),
                    new DemoNetwork.Target(Indicator.MALTREATMENT_IN_CARE, new BigDecimal("9"), TargetDirection.AT_MOST))));
        }
        int n = 0;
        for (DemoNetwork.Organisation provider : organisations) {
            if (!provider.type().isProvider()) {
                continue;
            }
            n++;
            List<DemoNetwork.Offering> own = offerings.stream().filter(o -> o.providerKey().equals(provider.key())).toList();
            if (own.isEmpty()) {
                continue;
            }
            Map<String, Integer> funded = new java.util.TreeMap<>();
            Map<String, Set<String>> counties = new LinkedHashMap<>();
            for (DemoNetwork.Offering o : own) {
                funded.merge(o.serviceTypeCode(), Math.max(1, o.maximum() - random.nextInt(Math.max(1, o.maximum() / 4 + 1))),
                        Integer::sum);
                Set<String> served = counties.computeIfAbsent(o.serviceTypeCode(), k -> new java.util.TreeSet<>());
                served.add(o.locationCountyFips());
                served.addAll(o.servedCountyFips());
            }
            List<DemoNetwork.Line> lines = new ArrayList<>();
            funded.forEach((code, slots) -> lines.add(line(types.get(code), slots, List.copyOf(counties.get(code)), random)));
            // every 9th contract ends within two months of loading; the others run with the prime
            int end = n % 9 == 0 ? 20 + random.nextInt(40) : primeEnd - random.nextInt(60);
            int start = primeStart + random.nextInt(60);
            List<DemoNetwork.Target> targets = List.of(
                    new DemoNetwork.Target(Indicator.REFERRAL_ACCEPTANCE, new BigDecimal("85"), TargetDirection.AT_LEAST),
                    new DemoNetwork.Target(Indicator.RESPONSE_ON_TIME, new BigDecimal("90"), TargetDirection.AT_LEAST));
            if (provider.type() == OrganisationType.STATEWIDE_PROVIDER) {
                contracts.add(new DemoNetwork.Contract(String.format(Locale.ROOT, "DIR-%03d", n), ContractKind.DIRECT,
                        DemoNetwork.STATE_AGENCY_KEY, provider.key(), null, start, end, "Title IV-E and Medicaid",
                        budget(lines, 1.1), lines, targets));
            } else {
                String region = regionOfCounty.get(provider.headquartersCountyFips());
                contracts.add(new DemoNetwork.Contract(String.format(Locale.ROOT, "SUB-%s-%03d", region, n),
                        ContractKind.SUBCONTRACT, "lead-" + region, provider.key(), primeOfRegion.get(region), start, end,
                        "Prime contract " + primeOfRegion.get(region), budget(lines, 1.1), lines, targets));
            }
        }
        return contracts;
    }

    private static DemoNetwork.Line line(ServiceTypeRef type, int funded, List<String> counties, Random random) {
        ServiceUnit unit = type.placement() ? ServiceUnit.DAY : random.nextBoolean() ? ServiceUnit.SESSION : ServiceUnit.HOUR;
        int rate = switch (unit) {
            case DAY -> 45 + random.nextInt(160);
            case SESSION -> 60 + random.nextInt(90);
            case HOUR -> 40 + random.nextInt(60);
            case CASE -> 900 + random.nextInt(2000);
        };
        return new DemoNetwork.Line(type.code(), unit, BigDecimal.valueOf(rate).setScale(2), funded, counties);
    }

    /** A year of every line at full use, times a margin, rounded to thousands. */
    private static BigDecimal budget(List<DemoNetwork.Line> lines, double margin) {
        double yearly = lines.stream().mapToDouble(l -> l.unitRate().doubleValue() * l.fundedCapacity()
                * (l.unit() == ServiceUnit.DAY ? 365 : 52)).sum();
        return BigDecimal.valueOf(Math.round(yearly * margin / 1000.0) * 1000L).setScale(2);
    }

    private static List<String> nearest(CountyRef from, List<CountyRef> candidates, int count) {
        GeoPoint origin = new GeoPoint(from.latitude(), from.longitude());
        return candidates.stream()
                .sorted(Comparator.comparingDouble((CountyRef c) -> origin.distanceKm(new GeoPoint(c.latitude(),
                        c.longitude()))).thenComparing(CountyRef::fips))
                .limit(count)
                .map(CountyRef::fips)
                .toList();
    }

    private static ServiceTypeRef weightedPick(List<ServiceTypeRef> types, Random random) {
        int total = types.stream().mapToInt(t -> LOCAL_WEIGHTS.getOrDefault(t.code(), 1)).sum();
        int pick = random.nextInt(total);
        for (ServiceTypeRef type : types) {
            pick -= LOCAL_WEIGHTS.getOrDefault(type.code(), 1);
            if (pick < 0) {
                return type;
            }
        }
        return types.get(types.size() - 1);
    }

    private List<DemoNetwork.User> users(List<DemoNetwork.Organisation> organisations,
                                         List<DemoNetwork.Organisation> localProviders,
                                         List<DemoNetwork.Organisation> statewideProviders) {
        List<DemoNetwork.User> users = new ArrayList<>();
        String state = DemoNetwork.STATE_AGENCY_KEY;
        users.add(new DemoNetwork.User(STATE_STAFF_USER, "Sam Resource (state staff)", state, Set.of(PortalRole.STATE_STAFF)));
        users.add(new DemoNetwork.User(CQI_USER, "Casey Review (CQI)", state, Set.of(PortalRole.CQI_REVIEWER)));
        users.add(new DemoNetwork.User(AUDITOR_USER, "Avery Audit (auditor)", state, Set.of(PortalRole.AUDITOR)));
        for (DemoNetwork.Organisation org : organisations) {
            if (org.type() == OrganisationType.LEAD_CONTRACTOR) {
                String region = org.leadRegionCode().toLowerCase(Locale.ROOT);
                users.add(new DemoNetwork.User("lead." + region, "Lead of " + org.name(), org.key(),
                        Set.of(PortalRole.REGIONAL_LEAD)));
            }
        }
        String firstRegion = reference.regions().get(0).code();
        String secondRegion = reference.regions().get(1).code();
        DemoNetwork.Organisation first = localProviders.stream()
                .filter(p -> p.key().startsWith("local-" + firstRegion + "-")).findFirst().orElseThrow();
        DemoNetwork.Organisation second = localProviders.stream()
                .filter(p -> p.key().startsWith("local-" + secondRegion + "-")).findFirst().orElseThrow();
        users.add(new DemoNetwork.User(PROVIDER_ADMIN_USER, "Pat Admin (" + first.name() + ")", first.key(),
                Set.of(PortalRole.PROVIDER_ADMIN)));
        users.add(new DemoNetwork.User(PROVIDER_STAFF_USER, "Robin Staff (" + first.name() + ")", first.key(),
                Set.of(PortalRole.PROVIDER_STAFF)));
        users.add(new DemoNetwork.User(OTHER_PROVIDER_ADMIN_USER, "Jordan Admin (" + second.name() + ")",
                second.key(), Set.of(PortalRole.PROVIDER_ADMIN)));
        DemoNetwork.Organisation preferred = statewideProviders.get(0);
        users.add(new DemoNetwork.User(STATEWIDE_ADMIN_USER, "Morgan Admin (" + preferred.name() + ")",
                preferred.key(), Set.of(PortalRole.PROVIDER_ADMIN)));
        return users;
    }
}
