package io.adslot.benchmarks;

import io.adslot.article.ScannedArticle;
import io.adslot.benchmarks.input.ArticleGenerator;
import io.adslot.benchmarks.input.Flavour;
import io.adslot.benchmarks.input.Sizes;
import io.adslot.benchmarks.peers.TagWalk;
import io.adslot.engine.RenderResult;
import io.adslot.placement.Plan;
import io.adslot.placement.Planner;
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

/**
 * The engine's hot path next to its peers, <b>in one class so that both are measured in the same run</b>:
 * {@code scan} (blocks only), {@code plan} (decisions from pre-scanned blocks), {@code renderCold}
 * (decision cache off: scan, plan, templates, splice), {@code renderCached} (a cache hit for an article
 * with id and revision: key lookup and splice), {@code renderAppendable} (a cache hit streamed into a
 * reused builder), and the peers of {@link PeerBenchmark} doing the same insertion: {@code jsoup},
 * {@code atto}, {@code naiveSplice} and {@code copyLimit}; and {@code tagWalk}, which finds every tag's
 * {@code <} and {@code >} and does nothing else: the floor under {@code scan}. {@link EngineThreadsBenchmark}
 * runs the two renders on two threads.
 *
 * <p>The engine serves {@link EngineFixture#RULES the peers' rule as a rule file}; the peers insert the engine's own markup at the
 * engine's offsets, and setup fails when the engine's slots are not where the peers' rule puts them
 * ({@link EngineFixture}). Throughput in operations per second; run with {@code -prof gc} for bytes
 * allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    /** Article size: {@link Sizes#PEER_SIZES}, as {@link PeerBenchmark}. */
    @Param({"2KB", "20KB", "200KB", "2MB"})
    public String size;

    @Param({"LATIN1", "UTF16"})
    public Flavour flavour;

    private EngineFixture f;

    @Setup
    public void setUp() {
        f = new EngineFixture(ArticleGenerator.news(flavour, Sizes.parse(size)), size + ", " + flavour);
    }

    /** A builder per thread, reused by every {@code renderAppendable} call, as a host's response buffer is. */
    @State(Scope.Thread)
    public static class ResponseBuffer {
        final StringBuilder out = new StringBuilder();
    }

    @Benchmark
    public ScannedArticle scan() {
        return f.scanner.scan(f.body);
    }

    @Benchmark
    public Plan plan() {
        return Planner.plan(f.scanned, f.rules, f.values);
    }

    @Benchmark
    public RenderResult renderCold() {
        return f.coldEngine.render(f.article, f.page);
    }

    @Benchmark
    public RenderResult renderCached() {
        return f.cachedEngine.render(f.article, f.page);
    }

    @Benchmark
    public int renderAppendable(ResponseBuffer buffer) {
        buffer.out.setLength(0);
        f.cachedEngine.render(f.article, f.page, buffer.out);
        return buffer.out.length();
    }

    @Benchmark
    public String jsoup() {
        return f.jsoup.insert(f.body);
    }

    @Benchmark
    public String atto() {
        return f.atto.insert(f.body);
    }

    @Benchmark
    public String naiveSplice() {
        return f.naive.insert(f.body);
    }

    @Benchmark
    public String copyLimit() {
        return f.copyLimit.splice(f.body, f.offsets);
    }

    /** Not a peer: the bare walk from tag to tag ({@link TagWalk}), the least a scanner that reads every tag must do. */
    @Benchmark
    public int tagWalk() {
        return TagWalk.count(f.body);
    }
}
