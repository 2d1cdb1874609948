package io.adslot.benchmarks;

import io.adslot.article.BlockScanner;
import io.adslot.article.ScanOptions;
import io.adslot.article.ScannedArticle;
import io.adslot.benchmarks.peers.AttoParserPeer;
import io.adslot.benchmarks.peers.CopyLimit;
import io.adslot.benchmarks.peers.InsertionRule;
import io.adslot.benchmarks.peers.JsoupPeer;
import io.adslot.benchmarks.peers.NaiveSplicePeer;
import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.Insertion;
import io.adslot.engine.PageContext;
import io.adslot.engine.RenderResult;
import io.adslot.rules.ContextValues;
import io.adslot.rules.RuleLoadResult;
import io.adslot.rules.RuleLoader;
import io.adslot.rules.RuleSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Everything the engine benchmarks and their peers share for one article: the engines (decision cache
 * off and on) with {@link #RULES the peers' rule as a rule file}, the page, the pre-scanned blocks for {@code plan}, and the
 * peers set up to insert <em>the engine's own slot markup at the engine's offsets</em>.
 *
 * <p>Construction refuses to produce a fixture in which the comparison would be unfair: the engine must
 * place its slots exactly where the peers' rule ({@link InsertionRule#DEFAULT}: after top-level paragraph
 * 2, then every 4th, at most 3) puts them, the AttoParser peer and the copy limit must produce the engine's
 * output character for character, and jsoup must have inserted every slot.
 */
final class EngineFixture {

    /**
     * The peers' rule as a rule file (after paragraph 2, then every 4th, at most 3), with the default rules'
     * slot: the bundled default rules' spacing and neighbour rules move slots away from the peers' places.
     */
    static final String RULES = "io/adslot/benchmarks/peer-rule.yaml";

    final String body;
    final Article article;
    final Article anonymousArticle;
    final PageContext page;
    final ContextValues values;
    final AdSlotEngine coldEngine;
    final AdSlotEngine cachedEngine;
    final RuleSet rules;
    final BlockScanner scanner;
    final ScannedArticle scanned;
    final int[] offsets;
    final List<String> markups;
    final JsoupPeer jsoup;
    final AttoParserPeer atto;
    final NaiveSplicePeer naive;
    final CopyLimit copyLimit;
    final int outputLength;

    EngineFixture(String body, String label) {
        this.body = body;
        this.article = Article.of("bench-article", "rev-1", body);
        this.anonymousArticle = Article.of("bench-article", body);
        this.page = PageContext.builder().device("mobile").section("news").build();
        this.values = ContextValues.ofSingle(Map.of("device", "mobile", "section", "news"));
        this.coldEngine = AdSlotEngine.builder().rulesResource(RULES).cacheEnabled(false).withoutMetrics().build();
        this.cachedEngine = AdSlotEngine.builder().rulesResource(RULES).cacheEnabled(true).withoutMetrics().build();
        RuleLoadResult loaded = RuleLoader.loadResource(RULES, null);
        if (!loaded.ok()) {
            throw new IllegalStateException(RULES + " does not load: " + loaded.problems());
        }
        this.rules = loaded.ruleSet();
        this.scanner = new BlockScanner(rules.scan() == null ? ScanOptions.defaults() : rules.scan());
        this.scanned = scanner.scan(body);

        RenderResult reference = coldEngine.render(article, page);
        if (reference.degraded()) {
            throw new IllegalStateException(label + ": the engine degraded: " + reference.failureReason());
        }
        this.offsets = reference.insertions().stream().mapToInt(Insertion::offset).toArray();
        this.markups = reference.insertions().stream().map(Insertion::html).toList();
        this.outputLength = reference.html().length();
        InsertionRule rule = new InsertionRule(InsertionRule.DEFAULT.first(), InsertionRule.DEFAULT.every(),
                Math.max(1, markups.size()));
        this.jsoup = new JsoupPeer(rule, markups);
        this.atto = new AttoParserPeer(rule, markups);
        this.naive = new NaiveSplicePeer(rule, markups);
        this.copyLimit = new CopyLimit(markups);
        checkSameInsertion(reference, label);
    }

    /** Refuses to measure when engine and peers would not do the same work. */
    private void checkSameInsertion(RenderResult reference, String label) {
        int[] peerOffsets = CopyLimit.offsetsFor(body, InsertionRule.DEFAULT);
        if (!Arrays.equals(peerOffsets, offsets)) {
            throw new IllegalStateException(label + ": the engine's slots " + Arrays.toString(offsets)
                    + " are not where the peers' rule puts them " + Arrays.toString(peerOffsets)
                    + ": the ratios would compare different work");
        }
        String expected = reference.html();
        if (!copyLimit.splice(body, offsets).equals(expected)) {
            throw new IllegalStateException(label + ": the copy limit's output differs from the engine's");
        }
        if (!atto.insert(body).equals(expected)) {
            throw new IllegalStateException(label + ": the AttoParser peer's output differs from the engine's");
        }
        if (!cachedEngine.render(article, page).html().equals(expected)) {
            throw new IllegalStateException(label + ": the cached render differs from the cold one");
        }
        String jsoupOutput = jsoup.insert(body);
        for (Insertion insertion : reference.insertions()) {
            if (!jsoupOutput.contains(insertion.slotId())) {
                throw new IllegalStateException(label + ": the jsoup peer did not insert " + insertion.slotId());
            }
        }
    }
}
