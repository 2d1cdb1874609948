package io.adslot.benchmarks;

import io.adslot.benchmarks.peers.TagWalk;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine and its peers on real traffic ({@link Traffic}): one operation serves every article of the
 * set once, in order, on one thread, so that Latin-1 and UTF-16 articles follow each other as they do on a
 * server. Rows: {@code renderCold} (decision cache off), {@code renderCached} (every article a cache hit),
 * {@code renderCachedReread} (cache hits for bodies passed as new strings, as read per request),
 * the peers {@code jsoup}, {@code atto}, {@code naiveSplice} and {@code copyLimit}, and {@code tagWalk}
 * (the floor under any scanner). {@link TrafficThreadsBenchmark} runs the two renders on two threads.
 *
 * <p>Run in the same JMH run as {@link EngineBenchmark}, so that the generated, mixed and corpus tables
 * come from one run ({@code benchmarks/run}). The corpus rows need {@code ../shared/corpus}; without it
 * their setup fails with a message saying where it looked, and the other rows run on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrafficBenchmark {

    /** {@value Traffic#MIXED} (generated, interleaved) or a corpus folder, whose bodies are used as they are. */
    @Param({Traffic.MIXED, "trafilatura-raw", "readability"})
    public String traffic;

    /**
     * Share of UTF-16 articles in the {@value Traffic#MIXED} traffic (the corpus folders have their own):
     * by default the corpus's, 137 of its 211 bodies (trafilatura-raw and readability).
     */
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

    /** Cache hits for bodies passed as other strings of the same text ({@link TrafficFixture#rereadArticles}). */
    @Benchmark
    public void renderCachedReread(Blackhole sink) {
        f.renderCachedReread(sink);
    }

    @Benchmark
    public void jsoup(Blackhole sink) {
        for (int i = 0; i < f.bodies.length; i++) {
            sink.consume(f.jsoup[i].insert(f.bodies[i]));
        }
    }

    @Benchmark
    public void atto(Blackhole sink) {
        for (int i = 0; i < f.bodies.length; i++) {
            sink.consume(f.atto[i].insert(f.bodies[i]));
        }
    }

    @Benchmark
    public void naiveSplice(Blackhole sink) {
        for (int i = 0; i < f.bodies.length; i++) {
            sink.consume(f.naive[i].insert(f.bodies[i]));
        }
    }

    @Benchmark
    public void copyLimit(Blackhole sink) {
        for (int i = 0; i < f.bodies.length; i++) {
            sink.consume(f.copyLimit(i));
        }
    }

    /** Not a peer: the bare walk from tag to tag over every article ({@link TagWalk}). */
    @Benchmark
    public int tagWalk() {
        int tags = 0;
        for (String body : f.bodies) {
            tags += TagWalk.count(body);
        }
        return tags;
    }
}
