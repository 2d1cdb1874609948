package io.adslot.benchmarks;

import io.adslot.benchmarks.input.Corpus;
import io.adslot.benchmarks.peers.AttoParserPeer;
import io.adslot.benchmarks.peers.CopyLimit;
import io.adslot.benchmarks.peers.InsertionRule;
import io.adslot.benchmarks.peers.JsoupPeer;
import io.adslot.benchmarks.peers.NaiveSplicePeer;
import io.adslot.benchmarks.peers.SlotMarkup;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The peers on the real article bodies of {@code ../shared/corpus/}: one operation inserts slots into
 * every article of one corpus folder. The folder is outside the project; without it this benchmark
 * fails its setup with a message saying where it looked (set {@code -Dadslot.corpus=...} through
 * {@code -jvmArgsAppend} to point elsewhere), and the other benchmarks run on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CorpusPeerBenchmark {

    /** A folder of the corpus: the cleaned bodies, or the raw ones with scripts and broken markup. */
    @Param({"trafilatura-raw", "readability"})
    public String corpus;

    private String[] bodies;
    private int[][] offsets;
    private JsoupPeer jsoup;
    private AttoParserPeer atto;
    private NaiveSplicePeer naive;
    private CopyLimit copyLimit;

    @Setup
    public void setUp() {
        List<Corpus.Article> articles = Corpus.folder()
                .map(folder -> Corpus.loadFrom(folder.resolve(corpus)))
                .orElse(List.of());
        if (articles.isEmpty()) {
            throw new IllegalStateException("no corpus folder '" + corpus + "' found: looked in -D"
                    + Corpus.PROPERTY + ", then ../shared/corpus next to the repository root");
        }
        InsertionRule rule = InsertionRule.DEFAULT;
        List<String> slots = SlotMarkup.forRule(rule);
        bodies = articles.stream().map(Corpus.Article::html).toArray(String[]::new);
        offsets = new int[bodies.length][];
        for (int i = 0; i < bodies.length; i++) {
            offsets[i] = CopyLimit.offsetsFor(bodies[i], rule);
        }
        jsoup = new JsoupPeer(rule, slots);
        atto = new AttoParserPeer(rule, slots);
        naive = new NaiveSplicePeer(rule, slots);
        copyLimit = new CopyLimit(slots);
    }

    @Benchmark
    public void jsoup(Blackhole sink) {
        for (String body : bodies) {
            sink.consume(jsoup.insert(body));
        }
    }

    @Benchmark
    public void atto(Blackhole sink) {
        for (String body : bodies) {
            sink.consume(atto.insert(body));
        }
    }

    @Benchmark
    public void naiveSplice(Blackhole sink) {
        for (String body : bodies) {
            sink.consume(naive.insert(body));
        }
    }

    @Benchmark
    public void copyLimit(Blackhole sink) {
        for (int i = 0; i < bodies.length; i++) {
            sink.consume(copyLimit.splice(bodies[i], offsets[i]));
        }
    }
}
