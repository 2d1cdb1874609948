package io.adslot.benchmarks;

import io.adslot.benchmarks.input.ArticleGenerator;
import io.adslot.benchmarks.input.Flavour;
import io.adslot.benchmarks.input.Sizes;
import io.adslot.engine.RenderResult;
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

/**
 * {@link EngineBenchmark}'s cold and cached render on two threads sharing one engine (the machine this
 * project targets has two cores). The methods keep their names, so {@link RatioReport} shows them as
 * {@code EngineThreadsBenchmark.renderCold (2 threads)} beside the one-thread rows of the same run; the
 * target is at least 1.8x the one-thread throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
public class EngineThreadsBenchmark {

    @Param({"2KB", "20KB", "200KB", "2MB"})
    public String size;

    @Param({"LATIN1", "UTF16"})
    public Flavour flavour;

    private EngineFixture f;

    @Setup
    public void setUp() {
        f = new EngineFixture(ArticleGenerator.news(flavour, Sizes.parse(size)), size + ", " + flavour);
    }

    @Benchmark
    public RenderResult renderCold() {
        return f.coldEngine.render(f.article, f.page);
    }

    @Benchmark
    public RenderResult renderCached() {
        return f.cachedEngine.render(f.article, f.page);
    }
}
