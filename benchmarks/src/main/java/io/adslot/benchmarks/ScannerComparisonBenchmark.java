package io.adslot.benchmarks;

import io.adslot.article.BlockScanner;
import io.adslot.article.ScannedArticle;
import io.adslot.benchmarks.input.ArticleGenerator;
import io.adslot.benchmarks.input.Corpus;
import io.adslot.benchmarks.input.Flavour;
import java.lang.reflect.Field;
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
 * Issue 14's speed bar: the tree-builder scanner against the scanner it replaces ({@code ScanPass}), in the
 * same run, on the generated 20 KB article (Latin-1 and UTF-16) and on every raw publisher body of the corpus
 * ({@code trafilatura-raw}, one operation scans all 81). The old scanner is still in the engine and chosen by
 * flipping {@code BlockScanner}'s switch in the set-up (the benchmarks run on the class path), so both run the
 * same tokenizer helpers; when {@code ScanPass} is deleted this benchmark goes with it.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar ScannerComparison -f 1 -wi 3 -i 5 -r 1 -w 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScannerComparisonBenchmark {

    @Param({"tree", "pass"})
    public String scanner;

    @Param({"generated-latin1", "generated-utf16", "corpus-raw"})
    public String input;

    private List<String> bodies;
    private BlockScanner blockScanner;

    @Setup
    public void setUp() throws ReflectiveOperationException {
        Field choice = BlockScanner.class.getDeclaredField("treeBuilder");
        choice.setAccessible(true);
        choice.setBoolean(null, scanner.equals("tree"));
        bodies = switch (input) {
            case "generated-latin1" -> List.of(ArticleGenerator.news(Flavour.LATIN1, 20_000));
            case "generated-utf16" -> List.of(ArticleGenerator.news(Flavour.UTF16, 20_000));
            case "corpus-raw" -> Corpus.folder()
                    .map(root -> Corpus.loadFrom(root.resolve("trafilatura-raw")).stream().map(Corpus.Article::html).toList())
                    .orElseThrow(() -> new IllegalStateException("corpus not found: set -D" + Corpus.PROPERTY));
            default -> throw new IllegalArgumentException("unknown input " + input);
        };
        blockScanner = BlockScanner.withDefaults();
    }

    @Benchmark
    public void scan(Blackhole sink) {
        for (String body : bodies) {
            ScannedArticle article = blockScanner.scan(body);
            sink.consume(article);
        }
    }
}
