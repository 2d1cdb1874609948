package io.adslot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.rules.RuleSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Many threads rendering while the rules reload see the old rules or the new ones, never a mix")
class ConcurrentReloadTest {

    static final RuleSet ALPHA = TestRules.ruleSet("alpha", "scroll-to-continue", 2, "Alpha");
    static final RuleSet BETA = TestRules.ruleSet("beta", "native", 3, "Beta");

    static final List<Article> ARTICLES = List.of(
            Article.of("a1", "r1", AdSlotEngineTest.ARTICLE),
            Article.of("a2", AdSlotEngineTest.ARTICLE.replace("council", "committee")),
            Article.of("a3", "r1", "<p>one</p><p>two</p><p>three</p><p>four</p><p>five</p><p>six</p><p>seven</p>"));
    static final List<PageContext> PAGES = List.of(
            PageContext.builder().device("mobile").section("news").build(),
            PageContext.builder().device("desktop").section("sport").build(),
            PageContext.builder().device("mobile").section("opinion").build());

    @ParameterizedTest(name = "cache enabled: {0}")
    @ValueSource(booleans = {true, false})
    void rendersDuringReloadsAreConsistent(boolean cacheEnabled) throws Exception {
        Map<String, String> expectedAlpha = expected(ALPHA);
        Map<String, String> expectedBeta = expected(BETA);
        SwitchableRules rules = new SwitchableRules(ALPHA);
        AdSlotEngine engine = AdSlotEngine.builder().ruleSource(rules).stages(new FakePlanner())
                .cacheEnabled(cacheEnabled).withoutMetrics().build();

        int threads = 4;
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(threads);
        Map<String, Boolean> sawRules = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int seed = t;
            workers.add(pool.submit(() -> {
                started.countDown();
                int renders = 0;
                while (!stop.get()) {
                    int i = (seed + renders) % ARTICLES.size();
                    int j = (seed * 7 + renders / 3) % PAGES.size();
                    String key = i + "/" + j;
                    RenderResult result = engine.render(ARTICLES.get(i), PAGES.get(j));
                    assertThat(result.degraded()).isFalse();
                    String html = result.html();
                    boolean alpha = html.equals(expectedAlpha.get(key));
                    boolean beta = html.equals(expectedBeta.get(key));
                    assertThat(alpha || beta).as("render %s matches the alpha or the beta rules", key).isTrue();
                    if (!expectedAlpha.get(key).equals(expectedBeta.get(key))) {
                        sawRules.put(alpha ? "alpha" : "beta", true);
                    }
                    Outputs.assertInsertionsReproduce(ARTICLES.get(i).body(), result);
                    renders++;
                }
                return renders;
            }));
        }
        started.await();
        long end = System.nanoTime() + Duration.ofMillis(1500).toNanos();
        int reloads = 0;
        while (System.nanoTime() < end) {
            rules.set(reloads % 2 == 0 ? BETA : ALPHA);
            engine.reload();
            reloads++;
            Thread.sleep(1);
        }
        stop.set(true);
        int renders = 0;
        for (Future<Integer> worker : workers) {
            renders += worker.get(10, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(reloads).isGreaterThan(10);
        assertThat(renders).isGreaterThan(100);
        assertThat(sawRules).containsKeys("alpha", "beta");
    }

    /** Output of every article on every page under one rule set, from a separate engine. */
    private static Map<String, String> expected(RuleSet rules) {
        AdSlotEngine engine = AdSlotEngine.builder().ruleSource(TestRules.fixed(rules)).stages(new FakePlanner())
                .withoutMetrics().build();
        Map<String, String> out = new ConcurrentHashMap<>();
        for (int i = 0; i < ARTICLES.size(); i++) {
            for (int j = 0; j < PAGES.size(); j++) {
                out.put(i + "/" + j, engine.render(ARTICLES.get(i), PAGES.get(j)).html());
            }
        }
        return out;
    }
}
