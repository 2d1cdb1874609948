package io.adslot.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.adslot.benchmarks.input.Corpus;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The peers on the real bodies of {@code ../shared/corpus/}, which {@code CorpusPeerBenchmark} measures. */
class PeersOnCorpusTest {

    private static List<Corpus.Article> corpus;

    @BeforeAll
    static void loadCorpus() {
        corpus = Corpus.load();
    }

    @Test
    @DisplayName("every peer gets through every real article without an exception")
    void noPeerThrows() {
        assumeTrue(!corpus.isEmpty(), "no ../shared/corpus next to the project root: skipped");
        List<InsertionPeer> peers = List.of(new JsoupPeer(Fixtures.RULE, Fixtures.SLOTS),
                new AttoParserPeer(Fixtures.RULE, Fixtures.SLOTS), new NaiveSplicePeer(Fixtures.RULE, Fixtures.SLOTS));
        for (Corpus.Article article : corpus) {
            for (InsertionPeer peer : peers) {
                assertThatCode(() -> peer.insert(article.html()))
                        .as(peer.getClass().getSimpleName() + " on " + article.name()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    @DisplayName("the AttoParser peer finds the block scanner's boundaries on nearly all real articles")
    void attoAgreesWithTheScanner() {
        assumeTrue(!corpus.isEmpty(), "no ../shared/corpus next to the project root: skipped");
        AttoParserPeer atto = new AttoParserPeer(Fixtures.RULE, Fixtures.SLOTS);
        CopyLimit copyLimit = new CopyLimit(Fixtures.SLOTS);
        List<String> disagreeing = corpus.stream()
                .filter(a -> !atto.insert(a.html()).equals(copyLimit.splice(a.html(),
                        CopyLimit.offsetsFor(a.html(), Fixtures.RULE))))
                .map(Corpus.Article::name)
                .toList();
        System.out.println("AttoParser peer differs from the block scanner on " + disagreeing.size() + " of "
                + corpus.size() + " corpus articles: " + disagreeing);
        assertThat(disagreeing.size()).as("articles where AttoParser and the scanner disagree: " + disagreeing)
                .isLessThanOrEqualTo(corpus.size() / 10);
    }

    @Test
    @DisplayName("the AttoParser peer, the naive splice and the copy limit lose nothing of any real article")
    void lossless() {
        assumeTrue(!corpus.isEmpty(), "no ../shared/corpus next to the project root: skipped");
        AttoParserPeer atto = new AttoParserPeer(Fixtures.RULE, Fixtures.SLOTS);
        NaiveSplicePeer naive = new NaiveSplicePeer(Fixtures.RULE, Fixtures.SLOTS);
        CopyLimit copyLimit = new CopyLimit(Fixtures.SLOTS);
        for (Corpus.Article article : corpus) {
            String body = article.html();
            assertThat(Fixtures.withoutSlots(atto.insert(body))).as("atto on " + article.name()).isEqualTo(body);
            assertThat(Fixtures.withoutSlots(naive.insert(body))).as("naive on " + article.name()).isEqualTo(body);
            assertThat(Fixtures.withoutSlots(copyLimit.splice(body, CopyLimit.offsetsFor(body, Fixtures.RULE))))
                    .as("copy limit on " + article.name()).isEqualTo(body);
        }
    }
}
