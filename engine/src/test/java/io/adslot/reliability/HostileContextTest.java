package io.adslot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.Insertion;
import io.adslot.engine.PageContext;
import io.adslot.engine.RenderResult;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Page context values and templates that try to break the page: markup, quotes and control characters
 * in context values come out as text inside the slot's attributes; a template that references missing
 * values renders them empty; a template that throws leaves the article exactly as it was.
 */
@DisplayName("Hostile page context and templates")
class HostileContextTest {

    private static final String ARTICLE = ("<p>" + "Words of an ordinary paragraph. ".repeat(8) + "</p>\n").repeat(6);
    private static final String HOSTILE_SECTION = "\"><script>alert(1)</script><x y='";
    private static final String HOSTILE_CAMPAIGN = "a\u0000b\u001b\"c'd<e>f&g\r\nh\ti{{j}}`k=l";

    @Test
    @DisplayName("markup, quotes and control characters in context values never reach the ad unit: the slots are dropped")
    void contextValuesNeverReachTheAdUnit() {
        try (AdSlotEngine engine = AdSlotEngine.builder().rules(Engines.resource("rules/hostile-context.yaml"))
                .withoutMetrics().build()) {
            for (PageContext page : List.of(
                    PageContext.builder().device("mobile").section(HOSTILE_SECTION).custom("campaign", "spring").build(),
                    PageContext.builder().device("mobile").section("news").custom("campaign", HOSTILE_CAMPAIGN).build(),
                    PageContext.builder().device("mobile").section("news/../../evil?x=1#").build())) {
                RenderResult result = engine.render(Article.of("a", ARTICLE), page);

                assertThat(result.degraded()).isFalse();
                assertThat(result.insertions()).as("%s", page).isEmpty();
                assertThat(result.html()).isEqualTo(ARTICLE);
            }
            RenderResult safe = engine.render(Article.of("a", ARTICLE),
                    PageContext.builder().device("mobile").section("news").custom("campaign", "spring").build());
            assertThat(safe.insertions()).isNotEmpty();
            assertThat(PreservationCheck.violation(ARTICLE, safe.html(), Engines.splices(safe))).isEmpty();
            for (Insertion insertion : safe.insertions()) {
                Element slot = Jsoup.parseBodyFragment(insertion.html()).body().child(0);
                assertThat(slot.attr("data-ad-unit")).isEqualTo("/1234/news/spring/inarticle");
            }
        }
    }

    @Test
    @DisplayName("a template that references missing values renders them empty and the page is intact")
    void missingValuesRenderEmpty() {
        try (AdSlotEngine engine = AdSlotEngine.builder().rules(Engines.resource("rules/everywhere.yaml"))
                .templates(Engines.resource("templates-missing-values")).withoutMetrics().build()) {
            RenderResult result = engine.render(Article.of("a", ARTICLE), Engines.mobile());
            assertThat(result.degraded()).isFalse();
            assertThat(result.insertions()).isNotEmpty().allSatisfy(insertion ->
                    assertThat(insertion.html()).contains("data-x=\"\"").doesNotContain("data-never").contains(insertion.slotId()));
            assertThat(PreservationCheck.violation(ARTICLE, result.html(), Engines.splices(result))).isEmpty();
        }
    }

    @Test
    @DisplayName("a template that throws mid-render gives back the original article, marked degraded with the reason")
    void throwingTemplateDegradesToTheOriginal() {
        try (AdSlotEngine engine = AdSlotEngine.builder().rules(Engines.resource("rules/everywhere.yaml"))
                .templates(Engines.resource("templates-throwing")).withoutMetrics().build()) {
            Article article = Article.of("a", ARTICLE);
            RenderResult result = engine.render(article, Engines.mobile());
            assertThat(result.degraded()).isTrue();
            assertThat(result.failureReason()).isPresent();
            assertThat(result.html()).isEqualTo(ARTICLE);
            assertThat(result.insertions()).isEmpty();

            StringBuilder streamed = new StringBuilder();
            io.adslot.engine.StreamedResult streamedResult = engine.render(article, Engines.mobile(), streamed);
            assertThat(streamedResult.degraded()).isTrue();
            assertThat(streamed.toString()).isEqualTo(ARTICLE);

            // and it keeps failing safe on every later call (nothing half-cached)
            assertThat(engine.render(article, Engines.mobile()).html()).isEqualTo(ARTICLE);
        }
    }
}
