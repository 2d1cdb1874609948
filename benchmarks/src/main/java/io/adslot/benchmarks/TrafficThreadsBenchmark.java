package io.adslot.benchmarks;

import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link TrafficBenchmark}'s cold and cached render on two threads sharing one engine, each thread serving
 * the whole set; {@link RatioReport} shows the rows beside the one-thread rows of the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
public class TrafficThreadsBenchmark {

    @Param({Traffic.MIXED, "trafilatura-raw", "readability"})
    public String traffic;

    @Param({"0.65"})
    public double utf16Share;

    private TrafficFixture f;

    @Setup
    public void setUp() {
        f = new TrafficFixture(Traffic.bodies(traffic, utf16Share), traffic);
    }

    @Benchmark
    public void renderCold(Blackhole sink) {
        f.renderCold(sink);
    }

    @Benchmark
    public void renderCached(Blackhole sink) {
        f.renderCached(sink);
    }
}
