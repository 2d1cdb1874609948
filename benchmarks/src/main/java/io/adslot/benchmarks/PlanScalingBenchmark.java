package io.adslot.benchmarks;

import io.adslot.article.BlockScanner;
import io.adslot.article.ScanOptions;
import io.adslot.article.ScannedArticle;
import io.adslot.benchmarks.input.ArticleGenerator;
import io.adslot.benchmarks.input.Flavour;
import io.adslot.placement.Plan;
import io.adslot.placement.Planner;
import io.adslot.rules.ContextValues;
import io.adslot.rules.RuleLoadResult;
import io.adslot.rules.RuleLoader;
import io.adslot.rules.RuleSet;
import java.util.Map;
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
 * Plan time from 1 to 200 placements on one pre-scanned 200 KB news article (UTF-16 flavour). The rule
 * sets are generated YAML read with {@link RuleLoader#parse}: placement {@code i} puts slots after paragraph
 * {@code 2 + i % 7}, then every {@code 3 + i % 5}, at most 2, with spacing and neighbour rules, a context
 * condition on every third placement and a page limit high enough that every placement is planned.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class PlanScalingBenchmark {

    @Param({"1", "10", "50", "100", "200"})
    public int placements;

    private ScannedArticle scanned;
    private RuleSet rules;
    private ContextValues values;

    @Setup
    public void setUp() {
        RuleLoadResult loaded = RuleLoader.parse(rulesWith(placements), "generated-" + placements + ".yaml", null);
        if (!loaded.ok()) {
            throw new IllegalStateException("generated rules do not load: " + loaded.problems());
        }
        rules = loaded.ruleSet();
        scanned = new BlockScanner(rules.scan() == null ? ScanOptions.defaults() : rules.scan())
                .scan(ArticleGenerator.news(Flavour.UTF16, 200 * 1024));
        values = ContextValues.ofSingle(Map.of("device", "mobile", "section", "news"));
        if (Planner.plan(scanned, rules, values).slots().isEmpty()) {
            throw new IllegalStateException("no slot planned with " + placements + " placements");
        }
    }

    /** A rule file with {@code count} placements. */
    static String rulesWith(int count) {
        StringBuilder yaml = new StringBuilder("version: 1\nmax_slots_per_page: ").append(2 * count + 10)
                .append("\nplacements:\n");
        for (int i = 0; i < count; i++) {
            yaml.append("  - id: p").append(i).append('\n')
                    .append("    priority: ").append(1000 - i).append('\n');
            if (i % 3 == 2) {
                yaml.append("    when: { section: [news, sport] }\n");
            }
            yaml.append("    candidates:\n      every: { first: ").append(2 + i % 7).append(", then: ")
                    .append(3 + i % 5).append(" }\n")
                    .append("    spacing: { between: { words: ").append(40 + i % 50).append(" } }\n")
                    .append("    avoid: { before: [heading, figure] }\n")
                    .append("    max_slots: 2\n")
                    .append("    slot: { template: scroll-to-continue, ad_unit: \"/1234/{section}/p").append(i)
                    .append("\", sizes: { mobile: [300x250], tablet: [300x250], desktop: [300x250] } }\n");
        }
        return yaml.toString();
    }

    @Benchmark
    public Plan plan() {
        return Planner.plan(scanned, rules, values);
    }
}
