package io.adslot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.CacheStats;
import io.adslot.engine.PageContext;
import io.adslot.engine.RenderResult;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The decision cache under streams of articles: a million distinct articles keep it within its weight
 * bound (its own weighed size, and roughly the heap it retains); a Zipf-skewed stream, as real traffic
 * is, reports its hit rate. The numbers are printed for docs/reliability.md.
 */
@DisplayName("The decision cache stays bounded under a million articles")
class DecisionCacheBoundTest {

    private static final long BOUND = 8L << 20;
    private static final String BODY = ("<p>" + "A sentence of an ordinary article about the news of the day. ".repeat(4)
            + "</p>\n").repeat(6);
    private static final PageContext PAGE = PageContext.builder().device("mobile").section("news").build();

    private static AdSlotEngine engine() {
        return AdSlotEngine.builder().rules(Engines.resource("rules/everywhere.yaml")).cacheMaximumWeight(BOUND)
                .withoutMetrics().build();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Test
    @DisplayName("a million distinct articles: weighed size within the bound, retained heap in proportion")
    void millionDistinctArticles() throws InterruptedException {
        long heapBefore = usedHeap();
        long maxSampled = 0;
        try (AdSlotEngine engine = engine()) {
            int slots = engine.render(Article.of("probe", "1", BODY), PAGE).insertions().size();
            assertThat(slots).as("entries carry slots").isGreaterThan(3);
            for (int i = 0; i < 1_000_000; i++) {
                RenderResult result = engine.render(Article.of("article-" + i, "1", BODY), PAGE);
                if (result.degraded()) {
                    throw new AssertionError("degraded: " + result.failureReason());
                }
                if (i % 10_000 == 0) {
                    maxSampled = Math.max(maxSampled, engine.cacheStats().weightBytes());
                }
            }
            CacheStats stats = settled(engine);
            long retained = usedHeap() - heapBefore;
            System.out.printf("adslot cache, 1,000,000 distinct articles: bound %d B, weighed %d B (max sampled %d B), "
                            + "%d entries, %d evictions, retained heap ~%d B%n",
                    BOUND, stats.weightBytes(), maxSampled, stats.entries(), stats.evictionCount(), retained);
            assertThat(stats.weightBytes()).isLessThanOrEqualTo(BOUND);
            assertThat(stats.evictionCount()).isGreaterThan(900_000);
            assertThat(stats.entries()).isLessThan(1_000_000);
            // weights are approximate; an unbounded cache would hold gigabytes here
            assertThat(retained).isLessThan(4 * BOUND + (64L << 20));
        }
    }

    /** Caffeine applies its bound in maintenance after writes; lets it catch up, then reads the stats. */
    private static CacheStats settled(AdSlotEngine engine) throws InterruptedException {
        CacheStats stats = engine.cacheStats();
        for (int i = 0; i < 100 && stats.weightBytes() > BOUND; i++) {
            Thread.sleep(20);
            engine.render(Article.of("probe", "1", BODY), PAGE);
            stats = engine.cacheStats();
        }
        return stats;
    }

    @Test
    @DisplayName("a Zipf-skewed stream over 200,000 articles: hit rate reported")
    void zipfHitRate() {
        int articles = 200_000;
        int requests = 300_000;
        double s = 1.0;
        double[] cdf = new double[articles];
        double sum = 0;
        for (int k = 0; k < articles; k++) {
            sum += 1.0 / Math.pow(k + 1, s);
            cdf[k] = sum;
        }
        Random random = new Random(42);
        try (AdSlotEngine engine = engine()) {
            for (int i = 0; i < requests; i++) {
                int rank = Arrays.binarySearch(cdf, random.nextDouble() * sum);
                int article = rank >= 0 ? rank : -rank - 1;
                engine.render(Article.of("article-" + article, "1", BODY), PAGE);
            }
            CacheStats stats = engine.cacheStats();
            System.out.printf("adslot cache, Zipf(s=%.1f) over %d articles, %d requests, bound %d B: hit rate %.3f, "
                            + "%d entries, %d evictions%n",
                    s, articles, requests, BOUND, stats.hitRate(), stats.entries(), stats.evictionCount());
            assertThat(stats.hitCount() + stats.missCount()).isEqualTo(requests);
            assertThat(stats.hitRate()).as("a skewed stream mostly hits").isGreaterThan(0.4); // uniform traffic would hit ~0.5%
        }
    }
}
