package org.providernetwork.domain.matching;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.providernetwork.domain.network.GendersServed;
import org.providernetwork.domain.network.OrganisationType;
import org.providernetwork.domain.referral.ChildGender;
import org.providernetwork.domain.shared.GeoPoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Time to match one referral against 1,000 / 10,000 / 50,000 generated offerings (goal: p50 under 5 ms at
 * 50,000). Offerings and referrals are generated from a fixed seed over the state's 82 county centroids and
 * seven regions, read from the reference data of provider-ejb ({@code -Dmatching.reference.dir}, set by
 * the {@code benchmark} profile); without that folder, 82 synthetic centroids in the state's bounding box
 * are used instead, and the set-up says so. Run: {@code mvn -o -B -Pbenchmark -pl domain verify}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Thread)
public class MatcherBenchmark {

    private static final long SEED = 20261125L;
    private static final int REQUESTS = 64;

    /** Service types: code and whether it is a statewide specialised one. */
    private static final Map<String, Boolean> SERVICE_TYPES = new LinkedHashMap<>();
    static {
        for (String code : List.of("ASMT", "EMRG-SHELTER", "IN-HOME", "FAM-PRES", "REUNIF", "FOSTER", "THER-FOSTER",
                "SPEC-FOSTER", "KINSHIP", "RESPITE", "ADOPTION")) {
            SERVICE_TYPES.put(code, false);
        }
        for (String code : List.of("IND-LIVING", "SO-TREAT", "AOD-TREAT", "PRTF", "GROUP-HOME", "MED-FRAGILE", "DUAL-DX",
                "ACUTE-HOSP")) {
            SERVICE_TYPES.put(code, true);
        }
    }
    private static final List<String> REFERRED_SERVICES = List.of("FOSTER", "FOSTER", "FOSTER", "THER-FOSTER",
            "SPEC-FOSTER", "EMRG-SHELTER", "IN-HOME", "PRTF");
    private static final List<String> NEEDS = List.of("DEV-DISABILITY", "MED-FRAGILE", "SEXUAL-BEHAVIOUR",
            "SUBSTANCE-USE", "DUAL-DIAGNOSIS", "MENTAL-HEALTH", "PREGNANT-PARENTING", "TRAFFICKING",
            "PHYSICAL-DISABILITY", "AGGRESSION");

    @Param({"1000", "10000", "50000"})
    public int offerings;

    private final Matcher matcher = new Matcher();
    private final MatchWeights weights = MatchWeights.defaults();
    private List<OfferingFacts> facts;
    private List<MatchRequest> requests;
    private int next;
    private String source;

    record County(String fips, GeoPoint centroid, String region) {
    }

    @Setup
    public void generate() throws IOException {
        List<County> counties = counties();
        Map<String, List<County>> byRegion = new TreeMap<>();
        for (County county : counties) {
            byRegion.computeIfAbsent(county.region(), r -> new ArrayList<>()).add(county);
        }
        Map<String, Set<String>> regionCounties = new HashMap<>();
        byRegion.forEach((region, list) -> regionCounties.put(region,
                Set.copyOf(list.stream().map(County::fips).toList())));
        Set<String> allCounties = Set.copyOf(counties.stream().map(County::fips).toList());
        List<String> services = new ArrayList<>(SERVICE_TYPES.keySet());

        Random random = new Random(SEED);
        facts = new ArrayList<>(offerings);
        for (int i = 1; i <= offerings; i++) {
            String service = services.get(random.nextInt(services.size()));
            boolean statewideService = SERVICE_TYPES.get(service);
            boolean statewideProvider = random.nextDouble() < (statewideService ? 0.8 : 0.05);
            County location = counties.get(random.nextInt(counties.size()));
            Set<String> region = regionCounties.get(location.region());
            Set<String> served = statewideProvider && random.nextBoolean() ? allCounties : region;
            Set<String> contracted = random.nextDouble() < 0.15 ? Set.of() : statewideProvider ? allCounties : region;
            int minAge = new int[] {0, 0, 0, 5, 10, 12}[random.nextInt(6)];
            int maxAge = Math.max(minAge + 2, new int[] {12, 17, 17, 17, 21}[random.nextInt(5)]);
            double g = random.nextDouble();
            GendersServed genders = g < 0.7 ? GendersServed.ANY : g < 0.85 ? GendersServed.FEMALE : GendersServed.MALE;
            Set<String> populations = new HashSet<>();
            for (String need : NEEDS) {
                if (random.nextDouble() < 0.2) {
                    populations.add(need);
                }
            }
            int free = random.nextDouble() < 0.25 ? 0 : 1 + random.nextInt(6);
            Double acceptance = random.nextDouble() < 0.7 ? 0.4 + 0.6 * random.nextDouble() : null;
            Double stability = random.nextDouble() < 0.7 ? 10 * random.nextDouble() : null;
            long providerId = 1 + random.nextInt(Math.max(1, offerings / 5));
            facts.add(new OfferingFacts(i, "Offering " + i, providerId, "Provider " + providerId,
                    statewideProvider ? OrganisationType.STATEWIDE_PROVIDER : OrganisationType.LOCAL_PROVIDER,
                    service, statewideService, location.fips(), location.centroid(), location.region(), served,
                    random.nextDouble() < 0.4, minAge, maxAge, genders, populations, 1 + random.nextInt(5), free,
                    contracted, random.nextDouble() < 0.95, acceptance, stability));
        }

        requests = new ArrayList<>(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            County home = counties.get(random.nextInt(counties.size()));
            List<Child> children = new ArrayList<>();
            int size = 1 + random.nextInt(3);
            for (int c = 0; c < size; c++) {
                double g = random.nextDouble();
                children.add(new Child(random.nextInt(18), g < 0.03 ? ChildGender.OTHER : g < 0.5 ? ChildGender.FEMALE : ChildGender.MALE));
            }
            Set<String> required = random.nextDouble() < 0.2 ? Set.of(NEEDS.get(random.nextInt(NEEDS.size()))) : Set.of();
            Set<String> actionable = new HashSet<>(required);
            int extra = random.nextInt(3);
            for (int n = 0; n < extra; n++) {
                actionable.add(NEEDS.get(random.nextInt(NEEDS.size())));
            }
            requests.add(new MatchRequest(REFERRED_SERVICES.get(random.nextInt(REFERRED_SERVICES.size())), home.fips(),
                    home.centroid(), home.region(), random.nextBoolean() ? home.fips() : null, children, true,
                    random.nextDouble() < 0.3, random.nextBoolean(), required, actionable, home.region()));
        }

        long candidates = 0;
        for (MatchRequest request : requests) {
            candidates += matcher.match(request, facts, weights).candidates().size();
        }
        System.out.printf("%n%d offerings over %d counties (%s); %.1f candidates per referral on average%n",
                offerings, counties.size(), source, candidates / (double) REQUESTS);
    }

    /** One referral matched against every offering: all candidates ranked and explained, all exclusions. */
    @Benchmark
    public MatchResult match() {
        MatchRequest request = requests.get(next++ & (REQUESTS - 1));
        return matcher.match(request, facts, weights);
    }

    /** The same, keeping only the ten best candidates (explanations built for those ten only). */
    @Benchmark
    public MatchResult top10() {
        MatchRequest request = requests.get(next++ & (REQUESTS - 1));
        return matcher.topN(request, facts, weights, 10);
    }

    private List<County> counties() throws IOException {
        String dir = System.getProperty("matching.reference.dir", "../provider-ejb/src/main/resources/reference");
        Path centroids = Path.of(dir, "counties.csv");
        Path regions = Path.of(dir, "county-regions.csv");
        if (Files.isReadable(centroids) && Files.isReadable(regions)) {
            Map<String, String> regionOf = new HashMap<>();
            for (String[] row : rows(regions)) {
                regionOf.put(row[0], row[1]);
            }
            List<County> counties = new ArrayList<>();
            for (String[] row : rows(centroids)) {
                counties.add(new County(row[0], new GeoPoint(Double.parseDouble(row[2]), Double.parseDouble(row[3])),
                        regionOf.get(row[0])));
            }
            source = "county centroids of the reference data";
            return counties;
        }
        // 82 synthetic centroids in the state's bounding box, seven regions in latitude bands
        Random random = new Random(SEED);
        List<County> counties = new ArrayList<>();
        for (int i = 0; i < 82; i++) {
            double latitude = 30.2 + 4.8 * random.nextDouble();
            double longitude = -91.6 + 3.5 * random.nextDouble();
            counties.add(new County(String.format("28%03d", 2 * i + 1), new GeoPoint(latitude, longitude),
                    "R" + (1 + (int) ((35.0 - latitude) / 4.8 * 7))));
        }
        source = "synthetic centroids: reference data not found in " + dir;
        return counties;
    }

    private static List<String[]> rows(Path csv) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || !Character.isDigit(line.charAt(0))) {
                continue;
            }
            rows.add(line.split(","));
        }
        return rows;
    }
}
