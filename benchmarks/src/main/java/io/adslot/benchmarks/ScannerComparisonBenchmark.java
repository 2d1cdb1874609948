package io.adslot.benchmarks;

import io.adslot.article.BlockScanner;
import io.adslot.article.ScanOptions;
import io.adslot.article.ScannedArticle;
import io.adslot.benchmarks.input.ArticleGenerator;
import io.adslot.benchmarks.input.Corpus;
import io.adslot.benchmarks.input.Flavour;
import io.adslot.benchmarks.legacy.LegacyScanner;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 14's speed bar: the engine's scanner (the tree builder, {@link BlockScanner}) against the scanner it
 * replaced ({@link LegacyScanner}, the old {@code ScanPass}, kept in this module as the baseline), in the same
 * run, on the generated 20 KB article (Latin-1 and UTF-16) and on every raw publisher body of the corpus
 * ({@code trafilatura-raw}, one operation scans all 81). Both read the same atomic elements (the defaults).
 * The baseline runs its own frozen copies of the tokenizer helpers it shared with the engine
 * ({@code TagInfo}, {@code WordCounter}, {@code Latin1Window}...): an optimisation of the engine's helpers
 * shows in the tree builder's row only.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar ScannerComparison -f 1 -wi 3 -i 5 -r 1 -w 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScannerComparisonBenchmark {

    /** {@code tree}: the engine's {@link BlockScanner}; {@code legacy}: the {@link LegacyScanner} baseline. */
    @Param({"tree", "legacy"})
    public String scanner;

    @Param({"generated-latin1", "generated-utf16", "corpus-raw"})
    public String input;

    private List<String> bodies;
    private final ScanOptions options = ScanOptions.defaults();
    private final BlockScanner blockScanner = new BlockScanner(options);
    private boolean legacy;

    @Setup
    public void setUp() {
        legacy = switch (scanner) {
            case "tree" -> false;
            case "legacy" -> true;
            default -> throw new IllegalArgumentException("unknown scanner " + scanner);
        };
        bodies = switch (input) {
            case "generated-latin1" -> List.of(ArticleGenerator.news(Flavour.LATIN1, 20_000));
            case "generated-utf16" -> List.of(ArticleGenerator.news(Flavour.UTF16, 20_000));
            case "corpus-raw" -> Corpus.folder()
                    .map(root -> Corpus.loadFrom(root.resolve("trafilatura-raw")).stream().map(Corpus.Article::html).toList())
                    .orElseThrow(() -> new IllegalStateException("corpus not found: set -D" + Corpus.PROPERTY));
            default -> throw new IllegalArgumentException("unknown input " + input);
        };
    }

    @Benchmark
    public void scan(Blackhole sink) {
        for (String body : bodies) {
            ScannedArticle article = legacy ? LegacyScanner.scan(body, options) : blockScanner.scan(body);
            sink.consume(article);
        }
    }
}
