package org.providernetwork.domain.outcome;

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

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.providernetwork.domain.shared.Period;

/**
 * Time to compute every indicator for one 12-month period over generated data of 20,000 children (state scale:
 * three years of history) and 100,000 children. {@code all}: from the raw lists (grouping and sorting included);
 * {@code allPrepared}: from data indexed once; {@code region}: one region's cut from data indexed once.
 * Run: {@code mvn -o -B -Pbenchmark -pl domain verify}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Thread)
public class IndicatorBenchmark {

    private static final Period PERIOD = Period.twelveMonthsFrom(LocalDate.of(2021, 1, 1));

    @Param({"20000", "100000"})
    public int children;

    private final IndicatorEngine engine = new IndicatorEngine();
    private final Geography geography = Geography.of(OutcomeGenerator.counties());
    private OutcomeData data;
    private IndicatorEngine.Prepared prepared;

    @Setup
    public void generate() {
        data = OutcomeGenerator.generate(children, 7);
        prepared = engine.prepare(data);
        System.out.printf("%n%,d children, %,d episodes, %,d placements, %,d reports, %,d offers%n",
                data.children().size(), data.episodes().size(), data.placements().size(),
                data.maltreatments().size(), data.offerAnswers().size());
    }

    @Benchmark
    public List<IndicatorResult> all() {
        return engine.compute(data, PERIOD, Cut.STATE, geography);
    }

    @Benchmark
    public List<IndicatorResult> allPrepared() {
        return engine.compute(prepared, PERIOD, Cut.STATE, geography);
    }

    @Benchmark
    public List<IndicatorResult> region() {
        return engine.compute(prepared, PERIOD, Cut.region("R3"), geography);
    }
}
