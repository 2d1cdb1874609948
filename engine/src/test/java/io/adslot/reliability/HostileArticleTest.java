package io.adslot.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.adslot.article.BlockScanner;
import io.adslot.article.ScannedArticle;
import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.RenderResult;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Extreme and hostile article bodies, each with an explicit expectation. The time limits only guard
 * against a hang (they are far above what these take); speed lives in the JMH benchmarks.
 */
@DisplayName("Hostile and extreme articles")
class HostileArticleTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(90);
    private static final String PARAGRAPH = "<p>A paragraph of an ordinary article, with <a href=\"/x\">a link</a>, "
            + "some <em>emphasis</em> and enough words to count as a paragraph for the rules.</p>\n";

    private static AdSlotEngine defaults;
    private static AdSlotEngine everywhere;

    @BeforeAll
    static void engines() {
        defaults = AdSlotEngine.builder().cacheEnabled(false).withoutMetrics().build();
        everywhere = AdSlotEngine.builder().rules(Engines.resource("rules/everywhere.yaml")).cacheEnabled(false)
                .withoutMetrics().build();
    }

    @AfterAll
    static void close() {
        defaults.close();
        everywhere.close();
    }

    /** Renders and checks "nothing lost", that nothing failed inside, and that slots use usable boundaries. */
    private static RenderResult renderIntact(AdSlotEngine engine, String html) {
        RenderResult result = assertTimeoutPreemptively(HANG_GUARD,
                () -> engine.render(Article.of("hostile", html), Engines.mobile()));
        assertThat(result.degraded()).as("degraded: %s", result.failureReason()).isFalse();
        assertThat(PreservationCheck.violation(html, result.html(), Engines.splices(result))).isEmpty();
        ScannedArticle scan = BlockScanner.withDefaults().scan(html);
        Set<Integer> usable = new HashSet<>(ScannerBoundaryPropertiesTest.usableBoundaryOffsets(scan));
        assertThat(Engines.offsets(result)).allMatch(usable::contains);
        return result;
    }

    @Test
    @DisplayName("a 10 MB article gets its slots and loses nothing")
    void tenMegabytes() {
        StringBuilder b = new StringBuilder(10_500_000);
        int i = 0;
        while (b.length() < 10_000_000) {
            b.append(PARAGRAPH);
            if (++i % 20 == 0) {
                b.append("<h2>Section ").append(i).append("</h2>\n<figure><img src=\"i.jpg\" width=\"800\" height=\"600\">"
                        + "<figcaption>Caption</figcaption></figure>\n");
            }
        }
        String html = b.toString();
        assertThat(renderIntact(defaults, html).insertions()).hasSize(3); // default rules: max_slots_per_page 3
        assertThat(renderIntact(everywhere, html).insertions()).hasSize(1000); // its max_slots
    }

    @Test
    @DisplayName("100,000 nested divs around paragraphs: no stack overflow, slots between the paragraphs")
    void deeplyNested() {
        int depth = 100_000;
        String html = "<div>".repeat(depth) + PARAGRAPH.repeat(12) + "</div>".repeat(depth);
        RenderResult result = renderIntact(defaults, html);
        assertThat(result.insertions()).isNotEmpty();
        assertThat(result.insertions()).allMatch(ins -> ins.offset() > depth * 5 && ins.offset() < html.length() - depth * 6);
        String unclosed = "<div>".repeat(depth) + PARAGRAPH.repeat(12);
        assertThat(renderIntact(defaults, unclosed).insertions()).isNotEmpty();
    }

    @Test
    @DisplayName("100,000 unclosed templates, alone or around a table or a cell: the end of the input closes them all without recursion")
    void deeplyNestedTemplates() {
        int depth = 100_000;
        for (String open : new String[] {"<template>", "<template><table>", "<template><td>"}) {
            String html = PARAGRAPH.repeat(6) + open.repeat(depth) + PARAGRAPH.repeat(6);
            assertThat(renderIntact(defaults, html).insertions()).as(open).isNotEmpty();
        }
    }

    @Test
    @DisplayName("a million '<' characters are text: nothing lost, nothing fails")
    void millionLessThans() {
        String html = "<".repeat(1_000_000);
        renderIntact(everywhere, html);
        renderIntact(defaults, PARAGRAPH.repeat(5) + html + PARAGRAPH.repeat(5));
    }

    @Test
    @DisplayName("an unterminated comment at the start swallows the body: no slot but one before it all")
    void unterminatedCommentAtStart() {
        String html = "<!-- never closed\n" + PARAGRAPH.repeat(20_000);
        RenderResult result = renderIntact(everywhere, html);
        assertThat(Engines.offsets(result)).containsOnly(0);
        assertThat(result.html()).endsWith(html);
    }

    @Test
    @DisplayName("an unterminated script at the start swallows the body: no slot but one before it all")
    void unterminatedScriptAtStart() {
        String html = "<script>var x = '\n" + PARAGRAPH.repeat(20_000);
        RenderResult result = renderIntact(everywhere, html);
        assertThat(Engines.offsets(result)).containsOnly(0);
        assertThat(result.html()).endsWith(html);
    }

    @Test
    @DisplayName("an unterminated attribute quote at the start swallows the body: no slot but one before it all")
    void unterminatedQuoteAtStart() {
        String html = "<div class='lead\n" + PARAGRAPH.repeat(20_000); // the paragraphs hold no other '
        RenderResult result = renderIntact(everywhere, html);
        assertThat(Engines.offsets(result)).containsOnly(0);
        assertThat(result.html()).endsWith(html);
    }

    @Test
    @DisplayName("an unterminated construct at the end: slots before it, none inside it")
    void unterminatedAtTheEnd() {
        for (String tail : new String[] {"<!-- open", "<script>open", "<p class=\"open", "<ul><li>open", "<h2>open", "</"}) {
            String html = PARAGRAPH.repeat(30) + "<p>last paragraph " + tail;
            RenderResult result = renderIntact(everywhere, html);
            assertThat(result.insertions()).as(tail).isNotEmpty();
            assertThat(BoundaryOracle.violations(html, Engines.offsets(result))).as(tail).isEmpty();
        }
    }

    @Test
    @DisplayName("50,000 paragraphs: the default rules place their three slots, dense rules their 1000")
    void fiftyThousandParagraphs() {
        String html = PARAGRAPH.repeat(50_000);
        assertThat(renderIntact(defaults, html).insertions()).hasSize(3);
        assertThat(renderIntact(everywhere, html).insertions()).hasSize(1000);
    }

    @Test
    @DisplayName("an empty body, whitespace, only markup or only a comment: unchanged or a slot at a safe place")
    void degenerateBodies() {
        for (String html : new String[] {"", " ", "\n\n", "<div></div>", "<!-- only -->", "<script>x</script>", "<",
                "</", "<!", "\u0000", "\uD800", "&", "<p>", "</p>"}) {
            RenderResult result = renderIntact(everywhere, html);
            assertThat(BoundaryOracle.violations(html, Engines.offsets(result))).as("%s", html).isEmpty();
        }
    }
}
