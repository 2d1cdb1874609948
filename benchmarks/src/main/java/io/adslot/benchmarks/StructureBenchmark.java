package io.adslot.benchmarks;

import io.adslot.article.BlockScanner;
import io.adslot.article.ScanOptions;
import io.adslot.benchmarks.input.ArticleGenerator;
import io.adslot.benchmarks.input.Corpus;
import io.adslot.benchmarks.input.Flavour;
import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.PageContext;
import io.adslot.rules.RuleLoadResult;
import io.adslot.rules.RuleLoader;
import io.adslot.rules.RuleSet;
import io.adslot.structure.PageOptions;
import io.adslot.structure.PageReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * What the page-structure pass (issue 15) costs, <b>in one class so that the ratios come from one run</b>:
 * {@code scan} (the block scanner alone, recording nothing for the pass), {@code read} (what a cold render
 * reads: the scan that also records the tree's shape, the structure pass over it, and on a whole page the
 * content root first) and {@code renderCold} (the whole cold render). The structure pass, its recording in
 * the scan included, costs {@code read - scan}; a cold render without it costs {@code renderCold - read + scan}.
 *
 * <p>Inputs: the generated 20 KB news bodies of {@link EngineBenchmark} ({@code news-20KB-LATIN1},
 * {@code news-20KB-UTF16}), every raw body of the corpus's {@code trafilatura-raw/} in one operation
 * ({@code corpus-raw}), and a whole 149 KB page of {@code trafilatura-source/} ({@code page-150KB}, read in
 * automatic content-root mode; {@code page-150KB-selector} with the selector that names its article). The
 * corpus inputs need {@code ../shared/corpus}; setup fails without it. Average time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StructureBenchmark {

    /** The whole page: a Squarespace page with header, navigation, article, sidebar and footer. */
    static final String WHOLE_PAGE = "trafilatura-source/befifty.montauk.html";
    /** The selector naming that page's article (the corpus manifest's container). */
    static final String WHOLE_PAGE_ROOT = ".blog-item-content .sqs-col-12";

    @Param({"news-20KB-LATIN1", "news-20KB-UTF16", "corpus-raw", "page-150KB", "page-150KB-selector"})
    public String input;

    private List<String> bodies;
    private List<Article> articles;
    private BlockScanner scanner;
    private PageReader reader;
    private AdSlotEngine engine;
    private PageContext page;

    @Setup
    public void setUp() throws Exception {
        bodies = switch (input) {
            case "news-20KB-LATIN1" -> List.of(ArticleGenerator.news(Flavour.LATIN1, 20 * 1024));
            case "news-20KB-UTF16" -> List.of(ArticleGenerator.news(Flavour.UTF16, 20 * 1024));
            case "corpus-raw" -> corpus("trafilatura-raw");
            case "page-150KB", "page-150KB-selector" -> List.of(wholePage());
            default -> throw new IllegalArgumentException(input);
        };
        RuleLoadResult loaded = RuleLoader.loadResource(EngineFixture.RULES, null);
        if (!loaded.ok()) {
            throw new IllegalStateException(EngineFixture.RULES + " does not load: " + loaded.problems());
        }
        RuleSet rules = loaded.ruleSet();
        scanner = new BlockScanner(rules.scan() == null ? ScanOptions.defaults() : rules.scan());
        String root = input.equals("page-150KB") ? "auto" : input.equals("page-150KB-selector") ? WHOLE_PAGE_ROOT : null;
        PageOptions options = root == null ? rules.page() : rules.page().withContentRoot(
                root.equals("auto") ? List.of() : List.of(io.adslot.structure.Selector.parse(root)), root.equals("auto"));
        reader = new PageReader(scanner::scanWithShape, options);
        AdSlotEngine.Builder builder = AdSlotEngine.builder().rulesResource(EngineFixture.RULES).cacheEnabled(false)
                .withoutMetrics();
        engine = (root == null ? builder : builder.contentRoot(root)).build();
        page = PageContext.builder().device("mobile").section("news").build();
        articles = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            articles.add(Article.of("bench-" + i, bodies.get(i)));
        }
        if (root != null && reader.read(bodies.get(0)).structure().root() == null) {
            throw new IllegalStateException(input + ": no content root found");
        }
    }

    private static List<String> corpus(String folder) {
        Path dir = Corpus.folder().orElseThrow(() -> new IllegalStateException("no corpus: " + folder + " needs ../shared/corpus"))
                .resolve(folder);
        List<String> texts = new ArrayList<>();
        for (Corpus.Article a : Corpus.loadFrom(dir)) {
            texts.add(a.html());
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no bodies in " + dir);
        }
        return texts;
    }

    private static String wholePage() throws Exception {
        Path file = Corpus.folder().orElseThrow(() -> new IllegalStateException("no corpus: the whole page needs ../shared/corpus"))
                .resolve(WHOLE_PAGE);
        return Files.readString(file);
    }

    @Benchmark
    public int scan() {
        int blocks = 0;
        for (String body : bodies) {
            blocks += scanner.scan(body).blocks().size();
        }
        return blocks;
    }

    @Benchmark
    public int read() {
        int blocks = 0;
        for (String body : bodies) {
            blocks += reader.read(body).article().blocks().size();
        }
        return blocks;
    }

    @Benchmark
    public int renderCold() {
        int length = 0;
        for (Article article : articles) {
            length += engine.render(article, page).html().length();
        }
        return length;
    }
}
