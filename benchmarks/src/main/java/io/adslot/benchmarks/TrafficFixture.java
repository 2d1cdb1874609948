package io.adslot.benchmarks;

import io.adslot.benchmarks.peers.AttoParserPeer;
import io.adslot.benchmarks.peers.CopyLimit;
import io.adslot.benchmarks.peers.InsertionRule;
import io.adslot.benchmarks.peers.JsoupPeer;
import io.adslot.benchmarks.peers.NaiveSplicePeer;
import io.adslot.benchmarks.peers.SlotMarkup;
import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.Insertion;
import io.adslot.engine.PageContext;
import io.adslot.engine.RenderResult;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A set of articles served as requests, for {@link TrafficBenchmark}: the engines (decision cache off and
 * on) with {@link EngineFixture#RULES the peers' rule as a rule file}, each article with an id and
 * revision of its own, and the peers.
 *
 * <p>Unlike {@link EngineFixture}, real markup does not let the peers' rule and the engine agree on places
 * (nested paragraphs, figures in paragraphs, existing ads), so the comparison is set up as follows:
 * the copy limit builds <em>the engine's</em> output (its markup at its offsets) and must match it
 * character for character, article by article; jsoup, AttoParser and the naive splice insert the engine's
 * slot markup after the top-level paragraphs their rule selects, as many slots as the engine placed. An
 * article in which the engine places no slot comes back as it is from the engine, and so from the copy
 * limit, which then copies nothing.
 */
final class TrafficFixture {

    final Article[] articles;
    /**
     * The same articles with each body in another string of the same text, as a host that reads the body per
     * request passes it: a cache hit then cannot tell by identity that the body is the one its entry was
     * made for, and reads it to check.
     */
    final Article[] rereadArticles;
    final String[] bodies;
    final int[][] offsets;
    final CopyLimit[] copyLimits;
    final JsoupPeer[] jsoup;
    final AttoParserPeer[] atto;
    final NaiveSplicePeer[] naive;
    final PageContext page;
    final AdSlotEngine coldEngine;
    final AdSlotEngine cachedEngine;
    /** Total chars of all outputs, for bytes per output byte. */
    final long outputChars;

    TrafficFixture(List<String> bodies, String label) {
        int n = bodies.size();
        this.bodies = bodies.toArray(new String[0]);
        this.articles = new Article[n];
        this.rereadArticles = new Article[n];
        this.offsets = new int[n][];
        this.copyLimits = new CopyLimit[n];
        this.jsoup = new JsoupPeer[n];
        this.atto = new AttoParserPeer[n];
        this.naive = new NaiveSplicePeer[n];
        this.page = PageContext.builder().device("mobile").section("news").build();
        this.coldEngine = AdSlotEngine.builder().rulesResource(EngineFixture.RULES).cacheEnabled(false)
                .withoutMetrics().build();
        this.cachedEngine = AdSlotEngine.builder().rulesResource(EngineFixture.RULES).cacheEnabled(true)
                .withoutMetrics().build();
        long chars = 0;
        for (int i = 0; i < n; i++) {
            articles[i] = Article.of("traffic-" + i, "rev-1", this.bodies[i]);
            rereadArticles[i] = Article.of("traffic-" + i, "rev-1", new String(this.bodies[i].toCharArray()));
            RenderResult reference = coldEngine.render(articles[i], page);
            if (reference.degraded()) {
                throw new IllegalStateException(label + " #" + i + ": the engine degraded: " + reference.failureReason());
            }
            offsets[i] = reference.insertions().stream().mapToInt(Insertion::offset).toArray();
            List<String> markups = reference.insertions().stream().map(Insertion::html).toList();
            copyLimits[i] = new CopyLimit(markups);
            List<String> peerSlots = markups.isEmpty() ? SlotMarkup.forRule(InsertionRule.DEFAULT).subList(0, 1) : markups;
            InsertionRule rule = new InsertionRule(InsertionRule.DEFAULT.first(), InsertionRule.DEFAULT.every(),
                    peerSlots.size());
            jsoup[i] = new JsoupPeer(rule, peerSlots);
            atto[i] = new AttoParserPeer(rule, peerSlots);
            naive[i] = new NaiveSplicePeer(rule, peerSlots);
            String expected = reference.html();
            if (!copyLimit(i).equals(expected)) {
                throw new IllegalStateException(label + " #" + i + ": the copy limit's output differs from the engine's");
            }
            if (!cachedEngine.render(articles[i], page).html().equals(expected)
                    || !cachedEngine.render(rereadArticles[i], page).html().equals(expected)) {
                throw new IllegalStateException(label + " #" + i + ": the cached render differs from the cold one");
            }
            chars += expected.length();
        }
        this.outputChars = chars;
    }

    /** Renders every article once with the decision cache off. */
    void renderCold(Blackhole sink) {
        render(coldEngine, articles, sink);
    }

    /** Renders every article once from the decision cache (each a hit after setup). */
    void renderCached(Blackhole sink) {
        render(cachedEngine, articles, sink);
    }

    /** Renders every article once from the decision cache, each body passed as a new string ({@link #rereadArticles}). */
    void renderCachedReread(Blackhole sink) {
        render(cachedEngine, rereadArticles, sink);
    }

    private void render(AdSlotEngine engine, Article[] requests, Blackhole sink) {
        for (Article article : requests) {
            sink.consume(engine.render(article, page));
        }
    }

    /** The copy limit of article {@code i}: its body as it is when the engine placed nothing there. */
    String copyLimit(int i) {
        return offsets[i].length == 0 ? bodies[i] : copyLimits[i].splice(bodies[i], offsets[i]);
    }
}
