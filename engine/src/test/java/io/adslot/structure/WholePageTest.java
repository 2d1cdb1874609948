package io.adslot.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.Insertion;
import io.adslot.engine.PageContext;
import io.adslot.engine.RenderResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Whole pages keep every promise (issue 15): with the shipped {@code rules/whole-page.yaml} and with the
 * automatic content root, the page with its slots removed is the input byte for byte, slots stand only
 * inside the article's element, and the time grows linearly with the page.
 */
class WholePageTest {

    private static final PageContext MOBILE = PageContext.builder().device("mobile").section("news").build();
    private static final String PARAGRAPH = "<p>The island had been stripped bare by goats and rats over two centuries, and the "
            + "few plants that survived clung to cliffs where no animal could reach them, volunteers said.</p>\n";
    private static final String SIDEBAR_ITEM = "<li><a href=\"/islands/%d\">More about the islands and the birds, part %d</a></li>\n";

    private static AdSlotEngine shippedWholePage() {
        Path rules = Path.of(System.getProperty("adslot.projectRoot", ".."), "rules", "whole-page.yaml");
        return AdSlotEngine.builder().rules(rules).cacheEnabled(false).withoutMetrics().build();
    }

    private static AdSlotEngine automatic() {
        return AdSlotEngine.builder().rulesResource("adslot/rules/default.yaml").contentRoot("auto").cacheEnabled(false)
                .withoutMetrics().build();
    }

    @Test
    @DisplayName("the shipped whole-page.yaml on a whole page: slots only inside the article's element, the rest byte for byte")
    void shippedRulesOnAWholePage() {
        String page = page(40, 100);
        RenderResult result = shippedWholePage().render(Article.of("page", page), MOBILE);
        assertKeepsPromises(page, result);
        assertThat(result.insertions()).isNotEmpty();
    }

    @Test
    @DisplayName("a whole page 8 times longer takes at most about 8 times as long (best of 3, per char within 3x)")
    void linearInThePageSize() {
        for (AdSlotEngine engine : List.of(shippedWholePage(), automatic())) {
            String small = page(500, 500);
            String large = page(4_000, 4_000);
            bestNanos(engine, small); // warm-up
            double perCharSmall = bestNanos(engine, small) / small.length();
            double perCharLarge = bestNanos(engine, large) / large.length();
            assertThat(perCharLarge).as("ns per char: %s chars %.1f, %s chars %.1f", small.length(), perCharSmall,
                    large.length(), perCharLarge).isLessThan(3 * perCharSmall);
            assertKeepsPromises(large, engine.render(Article.of("large", large), MOBILE));
        }
    }

    @Test
    @DisplayName("an article inside 100,000 nested divs: the automatic root is found in linear time, nothing is lost")
    void deepWrappers() {
        String article = "<div class=\"entry-content\"><!-- component -->" + PARAGRAPH.repeat(30) + "<!-- /component --></div>";
        String page = "<html><body>" + "<div class=\"w\">".repeat(100_000) + article + "</div>".repeat(100_000) + "</body></html>";
        RenderResult result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> automatic().render(Article.of("deep", page), MOBILE));
        assertKeepsPromises(page, result);
    }

    /**
     * A whole page: head with a script, header and navigation, the article ({@code paragraphs} paragraphs in
     * {@code article .entry-content}, between the markers), a sidebar of {@code links} links and an ad, a footer.
     */
    static String page(int paragraphs, int links) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>Islands</title>"
                + "<script>var s = \"<p>not a paragraph</p>\";</script></head><body>\n"
                + "<header><p class=\"tagline\">A magazine about islands, birds and the people who count them.</p>"
                + "<nav><ul><li><a href=\"/\">Home</a></li></ul></nav></header>\n<main><article class=\"post\"><h1>The island</h1>"
                + "<div class=\"entry-content\"><!-- component -->\n");
        b.append(PARAGRAPH.repeat(paragraphs));
        b.append("<!-- /component --></div></article>\n<aside class=\"sidebar\"><div id=\"div-gpt-ad-side\"></div><ul>\n");
        for (int i = 0; i < links; i++) {
            b.append(String.format(SIDEBAR_ITEM, i, i));
        }
        b.append("</ul></aside></main>\n<footer><p>Copyright by the magazine. All rights reserved, and the goats have left.</p>"
                + "</footer></body></html>\n");
        return b.toString();
    }

    private static void assertKeepsPromises(String page, RenderResult result) {
        assertThat(result.degraded()).as("degraded: %s", result.failureReason()).isFalse();
        StringBuilder withoutSlots = new StringBuilder(result.html());
        int start = page.indexOf("<!-- component -->");
        int end = page.indexOf("<!-- /component -->");
        for (Insertion insertion : result.insertions()) {
            assertThat(insertion.offset()).as("slot inside the article").isBetween(start, end);
            withoutSlots.delete(insertion.offset(), insertion.offset() + insertion.html().length());
        }
        assertThat(withoutSlots.toString()).as("the page with its slots removed").isEqualTo(page);
    }

    private static double bestNanos(AdSlotEngine engine, String page) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            engine.render(Article.of("page-" + i, page), MOBILE);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }
}
