package org.providernetwork.domain.quality;

import org.providernetwork.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A reproducible stratified sample of served cases: the cases are grouped by service type and urgency,
 * the sample size is shared out in proportion to the strata (largest remainder, ties to the first stratum
 * in code order), and each stratum's cases are drawn with a random sequence from the seed. The same
 * population, size and seed always give the same sample, whatever order the population came in.
 */
public final class SamplingPlan {

    /** A served case that may be drawn. */
    public record Case(long referralId, String serviceTypeCode, String urgency) {
        public Stratum stratum() {
            return new Stratum(serviceTypeCode, urgency);
        }
    }

    /** A stratum: one service type at one urgency. */
    public record Stratum(String serviceTypeCode, String urgency) implements Comparable<Stratum> {
        @Override
        public int compareTo(Stratum other) {
            int type = serviceTypeCode.compareTo(other.serviceTypeCode);
            return type != 0 ? type : urgency.compareTo(other.urgency);
        }
    }

    /** The most cases a sample draws. */
    public static final int LARGEST_SAMPLE = 500;

    private final int size;
    private final long seed;

    public SamplingPlan(int size, long seed) {
        if (size < 1 || size > LARGEST_SAMPLE) {
            throw new InvalidInputException("sampleSize", "a sample of 1 to " + LARGEST_SAMPLE + " cases");
        }
        this.size = size;
        this.seed = seed;
    }

    public int size() {
        return size;
    }

    public long seed() {
        return seed;
    }

    /** The cases drawn, stratum by stratum; all of them when the population is no larger than the sample. */
    public List<Case> draw(Collection<Case> population) {
        Map<Stratum, List<Case>> strata = new TreeMap<>();
        for (Case c : population) {
            strata.computeIfAbsent(c.stratum(), s -> new ArrayList<>()).add(c);
        }
        strata.values().forEach(list -> list.sort(Comparator.comparingLong(Case::referralId)));
        Map<Stratum, Integer> counts = new LinkedHashMap<>();
        strata.forEach((s, list) -> counts.put(s, list.size()));
        Map<Stratum, Integer> allocation = allocate(counts, size);
        Random random = new Random(seed);
        List<Case> sample = new ArrayList<>();
        for (Map.Entry<Stratum, List<Case>> stratum : strata.entrySet()) {
            List<Case> cases = new ArrayList<>(stratum.getValue());
            int wanted = allocation.get(stratum.getKey());
            // a partial Fisher-Yates shuffle: the first `wanted` places end up a uniform draw
            for (int i = 0; i < wanted; i++) {
                int j = i + random.nextInt(cases.size() - i);
                Case swap = cases.get(i);
                cases.set(i, cases.get(j));
                cases.set(j, swap);
            }
            List<Case> drawn = new ArrayList<>(cases.subList(0, wanted));
            drawn.sort(Comparator.comparingLong(Case::referralId));
            sample.addAll(drawn);
        }
        return sample;
    }

    /**
     * How many cases each stratum gives: in proportion to its size, by largest remainder, never more than
     * it holds. Strata come in their natural order.
     */
    public static Map<Stratum, Integer> allocate(Map<Stratum, Integer> counts, int size) {
        Map<Stratum, Integer> sorted = new TreeMap<>(counts);
        int total = sorted.values().stream().mapToInt(Integer::intValue).sum();
        Map<Stratum, Integer> result = new LinkedHashMap<>();
        if (total <= size) {
            result.putAll(sorted);
            return result;
        }
        int given = 0;
        List<Map.Entry<Stratum, Double>> remainders = new ArrayList<>();
        for (Map.Entry<Stratum, Integer> stratum : sorted.entrySet()) {
            double exact = (double) stratum.getValue() * size / total;
            int whole = (int) Math.floor(exact);
            result.put(stratum.getKey(), whole);
            given += whole;
            remainders.add(Map.entry(stratum.getKey(), exact - whole));
        }
        remainders.sort(Map.Entry.<Stratum, Double>comparingByValue().reversed());
        for (int i = 0; given < size; i++) {
            Stratum stratum = remainders.get(i % remainders.size()).getKey();
            if (result.get(stratum) < counts.get(stratum)) {
                result.merge(stratum, 1, Integer::sum);
                given++;
            }
        }
        return result;
    }
}
