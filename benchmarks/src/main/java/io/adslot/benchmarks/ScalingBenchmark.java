package io.adslot.benchmarks;

import io.adslot.benchmarks.input.ArticleGenerator;
import io.adslot.benchmarks.input.Flavour;
import io.adslot.benchmarks.input.Shape;
import io.adslot.benchmarks.input.Sizes;
import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.PageContext;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold render time from 1 KB to 10 MB, for news articles and for the adversarial shapes of issue 7
 * (100,000 nested divs, a million {@code <}, 50,000 paragraphs, an unterminated comment, script or
 * attribute quote at the start), each generated at every size. A linear engine spends the same time per
 * KB at every size and on every shape; {@link ScalingReport} prints time per KB and its max/min ratio
 * (target: within 2x).
 *
 * <p>Average time per operation in microseconds; the decision cache is off (nothing can hit).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ScalingBenchmark {

    /** 1 KB to 10 MB in steps of 10. */
    @Param({"1KB", "10KB", "100KB", "1MB", "10MB"})
    public String size;

    @Param({"NEWS", "DEEP_NESTING", "LESS_THAN_FLOOD", "MANY_PARAGRAPHS", "UNTERMINATED_COMMENT",
            "UNTERMINATED_SCRIPT", "UNTERMINATED_QUOTE"})
    public Shape shape;

    @Param({"LATIN1", "UTF16"})
    public Flavour flavour;

    private AdSlotEngine engine;
    private Article article;
    private PageContext page;

    @Setup
    public void setUp() {
        String body = ArticleGenerator.generate(shape, flavour, Sizes.parse(size));
        engine = AdSlotEngine.builder().rulesResource(EngineFixture.RULES).cacheEnabled(false).withoutMetrics().build();
        article = Article.of("scaling", body);
        page = PageContext.builder().device("mobile").section("news").build();
        if (engine.render(article, page).degraded()) {
            throw new IllegalStateException("the engine degraded on " + shape + " " + size + " " + flavour);
        }
    }

    @Benchmark
    public RenderResult renderCold() {
        return engine.render(article, page);
    }
}
