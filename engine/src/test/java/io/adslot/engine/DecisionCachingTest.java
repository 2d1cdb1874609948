package io.adslot.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.adslot.rules.CacheSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The decision cache keys on rules version, article identity and only the context the rules read")
class DecisionCachingTest {

    static final String ARTICLE = AdSlotEngineTest.ARTICLE;

    /** Counts how often the planner runs: a cache hit must not run it. */
    static final class CountingPlanner extends FakePlanner {
        final AtomicInteger plans = new AtomicInteger();

        @Override
        public io.adslot.placement.Plan plan(io.adslot.article.ScannedArticle article, io.adslot.rules.RuleSet rules,
                                             io.adslot.rules.ContextValues context) {
            plans.incrementAndGet();
            return super.plan(article, rules, context);
        }
    }

    @Test
    @DisplayName("readers who get the same slots share one entry; context keys the rules do not read do not split it")
    void sameSlotsShareOneEntry() {
        CountingPlanner planner = new CountingPlanner();
        AdSlotEngine engine = AdSlotEngine.builder()
                .ruleSource(TestRules.fixed(TestRules.ruleSet("v1", "scroll-to-continue", 2, "Ad")))
                .stages(planner).withoutMetrics().build();
        Article article = Article.of("a1", "rev-7", ARTICLE);

        RenderResult first = engine.render(article, PageContext.builder().device("mobile").section("news")
                .country("gb").subscriber(false).build());
        RenderResult second = engine.render(article, PageContext.builder().device("mobile").section("news")
                .country("fr").subscriber(true).tags("cycling").build());

        assertThat(second.html()).isEqualTo(first.html());
        assertThat(planner.plans).hasValue(1);
        assertThat(engine.cacheStats().hitCount()).isEqualTo(1);
        assertThat(engine.cacheStats().missCount()).isEqualTo(1);
        assertThat(engine.cacheStats().entries()).isEqualTo(1);
    }

    @Test
    @DisplayName("a context key the rules read (section, device) gives its own entry")
    void readKeysSplitEntries() {
        CountingPlanner planner = new CountingPlanner();
        AdSlotEngine engine = AdSlotEngine.builder()
                .ruleSource(TestRules.fixed(TestRules.ruleSet("v1", "scroll-to-continue", 2, "Ad")))
                .stages(planner).withoutMetrics().build();
        Article article = Article.of("a1", "rev-7", ARTICLE);

        RenderResult news = engine.render(article, PageContext.builder().device("mobile").section("news").build());
        RenderResult sport = engine.render(article, PageContext.builder().device("mobile").section("sport").build());
        engine.render(article, PageContext.builder().device("desktop").section("sport").build());

        assertThat(planner.plans).hasValue(3);
        assertThat(news.html()).contains("/1234/news/inarticle");
        assertThat(sport.html()).contains("/1234/sport/inarticle");
    }

    @Test
    @DisplayName("an id and revision reused for an edited body of the same length is detected and planned again, not served the old slots")
    void reusedRevisionWithSameLengthEdit() {
        CountingPlanner planner = new CountingPlanner();
        AdSlotEngine engine = AdSlotEngine.builder()
                .ruleSource(TestRules.fixed(TestRules.ruleSet("v1", "scroll-to-continue", 2, "Ad")))
                .stages(planner).withoutMetrics().build();
        PageContext page = PageContext.builder().device("mobile").build();
        RenderResult first = engine.render(Article.of("a1", "r1", ARTICLE), page);
        int offset = first.insertions().get(0).offset();
        // Same length, edited away from the slot: the <p> opening the paragraph before the slot becomes a <q>.
        int open = ARTICLE.lastIndexOf("<p>", offset);
        int close = ARTICLE.indexOf("</p>", offset);
        assertThat(open).isNotNegative();
        String edited = ARTICLE.substring(0, open) + "<q>" + ARTICLE.substring(open + 3, close) + "</q>" + ARTICLE.substring(close + 4);
        assertThat(edited).hasSameSizeAs(ARTICLE).isNotEqualTo(ARTICLE);

        RenderResult second = engine.render(Article.of("a1", "r1", edited), page);

        assertThat(planner.plans).as("the edited body is planned again").hasValue(2);
        Outputs.assertInsertionsReproduce(edited, second);
    }

    @Test
    @DisplayName("without a revision the body's hash is the identity: the same body hits, an edited body misses")
    void bodyHashIdentity() {
        CountingPlanner planner = new CountingPlanner();
        AdSlotEngine engine = AdSlotEngine.builder()
                .ruleSource(TestRules.fixed(TestRules.ruleSet("v1", "scroll-to-continue", 2, "Ad")))
                .stages(planner).withoutMetrics().build();
        PageContext page = PageContext.builder().device("mobile").build();

        engine.render(Article.of("a1", ARTICLE), page);
        engine.render(Article.of("other-id-same-body", new String(ARTICLE.toCharArray())), page);
        RenderResult edited = engine.render(Article.of("a1", ARTICLE.replace("Tuesday", "Wednesday")), page);

        assertThat(planner.plans).hasValue(2);
        Outputs.assertInsertionsReproduce(ARTICLE.replace("Tuesday", "Wednesday"), edited);
    }

    @Test
    @DisplayName("a reload with new rules misses: old entries are never hit again")
    void reloadMisses() {
        CountingPlanner planner = new CountingPlanner();
        SwitchableRules rules = new SwitchableRules(TestRules.ruleSet("v1", "scroll-to-continue", 2, "Old label"));
        AdSlotEngine engine = AdSlotEngine.builder().ruleSource(rules).stages(planner).withoutMetrics().build();
        Article article = Article.of("a1", "r1", ARTICLE);
        PageContext page = PageContext.builder().device("mobile").build();
        engine.render(article, page);
        engine.render(article, page);
        assertThat(planner.plans).hasValue(1);

        rules.set(TestRules.ruleSet("v2", "scroll-to-continue", 2, "New label"));
        engine.reload();
        RenderResult after = engine.render(article, page);

        assertThat(planner.plans).hasValue(2);
        assertThat(after.html()).contains("New label").doesNotContain("Old label");
        assertThat(engine.rulesVersion()).startsWith("v2/");
    }

    @Test
    @DisplayName("reloading unchanged rules keeps the version, so the cache stays warm")
    void unchangedReloadKeepsEntries() {
        CountingPlanner planner = new CountingPlanner();
        AdSlotEngine engine = AdSlotEngine.builder()
                .ruleSource(TestRules.fixed(TestRules.ruleSet("v1", "scroll-to-continue", 2, "Ad")))
                .stages(planner).withoutMetrics().build();
        Article article = Article.of("a1", "r1", ARTICLE);
        engine.render(article, PageContext.empty());

        engine.reload();
        engine.render(article, PageContext.empty());

        assertThat(planner.plans).hasValue(1);
    }

    @Test
    @DisplayName("entries expire after the configured time on the engine's clock")
    void expiryUsesClock() {
        MutableClock clock = new MutableClock();
        CountingPlanner planner = new CountingPlanner();
        AdSlotEngine engine = AdSlotEngine.builder()
                .ruleSource(TestRules.fixed(TestRules.ruleSet("v1", "scroll-to-continue", 2, "Ad")))
                .stages(planner).clock(clock).cacheExpireAfterWrite(Duration.ofMinutes(5)).withoutMetrics().build();
        Article article = Article.of("a1", "r1", ARTICLE);

        engine.render(article, PageContext.empty());
        clock.advance(Duration.ofMinutes(4));
        engine.render(article, PageContext.empty());
        clock.advance(Duration.ofMinutes(2));
        engine.render(article, PageContext.empty());

        assertThat(planner.plans).hasValue(2);
    }

    @Test
    @DisplayName("the rule file's cache section can switch the cache off")
    void cacheOffByRules() {
        CountingPlanner planner = new CountingPlanner();
        AdSlotEngine engine = AdSlotEngine.builder()
                .ruleSource(TestRules.fixed(TestRules.ruleSet("v1", "scroll-to-continue", 2, "Ad",
                        new CacheSettings(false, 1 << 20, null))))
                .stages(planner).withoutMetrics().build();
        Article article = Article.of("a1", "r1", ARTICLE);

        RenderResult first = engine.render(article, PageContext.empty());
        RenderResult second = engine.render(article, PageContext.empty());

        assertThat(second.html()).isEqualTo(first.html());
        assertThat(planner.plans).hasValue(2);
        assertThat(engine.cacheStats().enabled()).isFalse();
    }

    @Test
    @DisplayName("a million distinct articles stay within the weight bound")
    void boundedUnderAMillionArticles() {
        long bound = 256 * 1024;
        AdSlotEngine engine = AdSlotEngine.builder()
                .ruleSource(TestRules.fixed(TestRules.ruleSet("v1", "native", 1, "Ad")))
                .stages(new CountingPlanner()).cacheMaximumWeight(bound).withoutMetrics().build();
        PageContext page = PageContext.builder().device("mobile").build();
        String body = "<p>one</p><p>two</p>";

        for (int i = 0; i < 1_000_000; i++) {
            engine.render(Article.of("article-" + i, "1", body), page);
            if (i % 100_000 == 0) {
                engine.cleanUpCache();
                assertThat(engine.cacheStats().weightBytes()).isLessThanOrEqualTo(bound);
            }
        }
        engine.cleanUpCache();

        CacheStats stats = engine.cacheStats();
        assertThat(stats.weightBytes()).isLessThanOrEqualTo(bound);
        assertThat(stats.missCount()).isEqualTo(1_000_000);
        assertThat(stats.evictionCount()).isGreaterThan(990_000);
        assertThat(stats.entries()).isLessThan(10_000);
    }

    @Test
    @DisplayName("stats go to the Micrometer registry the host gives")
    void metricsToGivenRegistry() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        AdSlotEngine engine = AdSlotEngine.builder()
                .ruleSource(TestRules.fixed(TestRules.ruleSet("v1", "scroll-to-continue", 2, "Ad")))
                .stages(new CountingPlanner()).meterRegistry(registry, "site-a").build();

        engine.render(Article.of("a1", "r1", ARTICLE), PageContext.empty());
        engine.render(Article.of("a1", "r1", ARTICLE), PageContext.empty());

        assertThat(registry.get("cache.gets").tag("cache", "site-a").tag("result", "hit").functionCounter().count())
                .isEqualTo(1.0);
        assertThat(engine.cacheStats().hitRate()).isEqualTo(0.5);
        assertThat(engine.cacheStats().totalLoadTime()).isPositive();
        assertThatThrownBy(() -> AdSlotEngine.builder().meterRegistry("not a registry", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2025-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
