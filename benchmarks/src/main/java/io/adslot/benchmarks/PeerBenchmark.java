package io.adslot.benchmarks;

import io.adslot.benchmarks.input.ArticleGenerator;
import io.adslot.benchmarks.input.Flavour;
import io.adslot.benchmarks.input.Sizes;
import io.adslot.benchmarks.peers.AttoParserPeer;
import io.adslot.benchmarks.peers.CopyLimit;
import io.adslot.benchmarks.peers.InsertionRule;
import io.adslot.benchmarks.peers.JsoupPeer;
import io.adslot.benchmarks.peers.NaiveSplicePeer;
import io.adslot.benchmarks.peers.SlotMarkup;
import java.util.Arrays;
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
 * The peers of issue 6, each doing the same insertion (slots after top-level paragraphs 2, 6 and 10)
 * on the same generated news article: {@link JsoupPeer jsoup}, {@link AttoParserPeer AttoParser},
 * the {@link NaiveSplicePeer naive splice} and the {@link CopyLimit copy limit}. The engine's
 * benchmarks use the same parameters, so {@link RatioReport} can set every engine row against these
 * four in the same run.
 *
 * <p>Throughput in operations per second; run with {@code -prof gc} for bytes allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PeerBenchmark {

    /** Article size: {@link Sizes#PEER_SIZES}. */
    @Param({"2KB", "20KB", "200KB", "2MB"})
    public String size;

    @Param({"LATIN1", "UTF16"})
    public Flavour flavour;

    private String body;
    private int[] offsets;
    private JsoupPeer jsoup;
    private AttoParserPeer atto;
    private NaiveSplicePeer naive;
    private CopyLimit copyLimit;

    @Setup
    public void setUp() {
        InsertionRule rule = InsertionRule.DEFAULT;
        List<String> slots = SlotMarkup.forRule(rule);
        body = ArticleGenerator.news(flavour, Sizes.parse(size));
        offsets = CopyLimit.offsetsFor(body, rule);
        jsoup = new JsoupPeer(rule, slots);
        atto = new AttoParserPeer(rule, slots);
        naive = new NaiveSplicePeer(rule, slots);
        copyLimit = new CopyLimit(slots);
        checkSameInsertion();
    }

    /** Refuses to measure peers that do not do the same insertion as the copy limit. */
    private void checkSameInsertion() {
        String expected = copyLimit.splice(body, offsets);
        if (!atto.insert(body).equals(expected)) {
            throw new IllegalStateException("AttoParser peer disagrees with the copy limit at offsets "
                    + Arrays.toString(offsets) + " (" + size + ", " + flavour + ")");
        }
        String jsoupOutput = jsoup.insert(body);
        for (String slot : SlotMarkup.forRule(InsertionRule.DEFAULT).subList(0, offsets.length)) {
            if (!jsoupOutput.contains(slot)) {
                throw new IllegalStateException("jsoup peer did not insert " + slot);
            }
        }
    }

    @Benchmark
    public String jsoup() {
        return jsoup.insert(body);
    }

    @Benchmark
    public String atto() {
        return atto.insert(body);
    }

    @Benchmark
    public String naiveSplice() {
        return naive.insert(body);
    }

    @Benchmark
    public String copyLimit() {
        return copyLimit.splice(body, offsets);
    }
}
