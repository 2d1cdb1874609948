package io.adslot.benchmarks;

import io.adslot.article.BlockScanner;
import io.adslot.article.ScannedArticle;
import io.adslot.benchmarks.input.ArticleGenerator;
import io.adslot.benchmarks.input.Flavour;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the block scanner next to jsoup's parse of the same article body, measured in the same
 * run. Both read a whole body from a {@code String}; jsoup builds a DOM, the scanner only finds blocks.
 *
 * <p>Inputs ({@link #input}):
 * <ul>
 *   <li>{@code real}: a 28 KB article body from {@code ../shared/corpus/trafilatura-raw/} (raw publisher
 *       markup: scripts, wrappers, German text with typographic quotes), read from
 *       {@code -Dadslot.benchmark.article=FILE} or that default path relative to the working directory;</li>
 *   <li>{@code generated-latin1}: a generated ~20 KB news article ({@link ArticleGenerator}) whose text is all Latin-1, so Java stores it
 *       one byte per character;</li>
 *   <li>{@code generated-typographic}: the same article with typographic quotes and dashes, which makes
 *       Java store the whole string in UTF-16 (the common case for real articles).</li>
 * </ul>
 * Scores are operations (whole articles) per second; MB/s is that times the input's UTF-8 size, which
 * {@code benchmarks/run} used to print; the size is left in
 * {@code benchmarks/target/input-sizes/}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScannerBenchmark {

    static final String DEFAULT_ARTICLE = "../shared/corpus/trafilatura-raw/spektrum.de.engelbart.html";

    @Param({"real", "generated-latin1", "generated-typographic"})
    public String input;

    private String html;
    private BlockScanner scanner;

    @Setup
    public void setUp() {
        html = switch (input) {
            case "real" -> readArticle(Path.of(System.getProperty("adslot.benchmark.article", DEFAULT_ARTICLE)));
            case "generated-latin1" -> ArticleGenerator.news(Flavour.LATIN1, 20_000);
            case "generated-typographic" -> ArticleGenerator.news(Flavour.UTF16, 20_000);
            default -> throw new IllegalArgumentException("unknown input " + input);
        };
        scanner = BlockScanner.withDefaults();
        ScannedArticle check = scanner.scan(html);
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("%n[input %s: %d chars, %d UTF-8 bytes, %d blocks]%n", input, html.length(), bytes,
                check.blocks().size());
        recordSize(bytes);
    }

    /** Leaves the input's size where {@code benchmarks/run} finds it to turn articles/s into MB/s. */
    private void recordSize(int bytes) {
        Path folder = Path.of("benchmarks", "target", "input-sizes");
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(input), Integer.toString(bytes));
        } catch (IOException e) {
            System.out.println("[could not record the input size: " + e.getMessage() + "]");
        }
    }

    @Benchmark
    public ScannedArticle scanner() {
        return scanner.scan(html);
    }

    @Benchmark
    public Document jsoup() {
        return Jsoup.parseBodyFragment(html);
    }

    private static String readArticle(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("input 'real' needs the corpus article " + file.toAbsolutePath()
                    + " (set -Dadslot.benchmark.article=FILE, or leave 'real' out with -p input=generated-latin1)", e);
        }
    }
}
