package io.adslot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.render.SlotTemplates;
import io.adslot.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AdSlotEngine renders, streams and plans slots, and falls back to the article when anything fails")
class AdSlotEngineTest {

    static final String ARTICLE = resource("/engine/article.html");

    static AdSlotEngine engine(RuleSet rules) {
        return AdSlotEngine.builder().ruleSource(TestRules.fixed(rules)).stages(new FakePlanner()).withoutMetrics().build();
    }

    static String resource(String name) {
        try (InputStream in = AdSlotEngineTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static final PageContext MOBILE_NEWS = PageContext.builder().device("mobile").section("news").build();

    @Test
    @DisplayName("slots go between paragraphs, and removing the insertions gives back the input exactly")
    void rendersSlotsBetweenParagraphs() {
        AdSlotEngine engine = engine(TestRules.ruleSet("v1", "scroll-to-continue", 2, "Advertisement · Scroll to continue"));

        RenderResult result = engine.render(Article.of("a1", ARTICLE), MOBILE_NEWS);

        assertThat(result.degraded()).isFalse();
        assertThat(result.failureReason()).isEmpty();
        assertThat(result.insertions()).extracting(Insertion::slotId).containsExactly("inline-1", "inline-2", "inline-3");
        assertThat(result.insertions().get(0).offset())
                .isEqualTo(ARTICLE.indexOf("</p>", ARTICLE.indexOf("Supporters")) + 4);
        assertThat(result.html()).contains("Advertisement · Scroll to continue")
                .contains("data-ad-unit=\"/1234/news/inarticle\"")
                .contains("data-sizes=\"300x250,320x100\"")
                .contains("style=\"min-height:280px\"");
        Outputs.assertInsertionsReproduce(ARTICLE, result);
    }

    @Test
    @DisplayName("the device picks sizes and the reserve: desktop reserves a fixed height")
    void deviceSpecificSizes() {
        AdSlotEngine engine = engine(TestRules.ruleSet("v1", "scroll-to-continue", 2, "Advertisement · Scroll to continue"));

        RenderResult result = engine.render(Article.of("a1", ARTICLE),
                PageContext.builder().device("desktop").section("news").build());

        assertThat(result.insertions().get(0).html()).contains("data-sizes=\"728x90\"").contains("style=\"height:90px\"");
        Outputs.assertInsertionsReproduce(ARTICLE, result);
    }

    @Test
    @DisplayName("streaming into an Appendable writes exactly the string render's output")
    void streamingEqualsStringOutput() {
        AdSlotEngine engine = engine(TestRules.ruleSet("v1", "scroll-to-continue", 2, "Advertisement · Scroll to continue"));
        Article article = Article.of("a1", ARTICLE);

        StringBuilder streamed = new StringBuilder();
        StreamedResult streamedResult = engine.render(article, MOBILE_NEWS, streamed);
        RenderResult stringResult = engine.render(article, MOBILE_NEWS);

        assertThat(streamed.toString()).isEqualTo(stringResult.html());
        assertThat(streamedResult.insertions()).isEqualTo(stringResult.insertions());
        assertThat(streamedResult.degraded()).isFalse();
    }

    @Test
    @DisplayName("structured blocks become canonical HTML, and slot block indices point into the blocks")
    void structuredBlocks() {
        AdSlotEngine engine = engine(TestRules.ruleSet("v1", "scroll-to-continue", 2, "Advertisement · Scroll to continue"));
        List<ContentBlock> blocks = List.of(
                ContentBlock.paragraph("First <b>paragraph</b> & more."),
                ContentBlock.paragraph("Second paragraph."),
                ContentBlock.heading(2, "A heading"),
                ContentBlock.image("/a.jpg", "An \"image\"", "Caption"),
                ContentBlock.paragraph("Third paragraph."),
                ContentBlock.embed("https://video.example/embed/1", "Video"),
                ContentBlock.quote("A quote."),
                ContentBlock.list(false, List.of("one", "two")),
                ContentBlock.paragraph("Fourth paragraph."),
                ContentBlock.paragraph("Fifth paragraph."));
        Article article = Article.ofBlocks("b1", blocks);

        assertThat(article.body()).isEqualTo(resource("/engine/blocks-canonical.html").stripTrailing());
        PlanResult plan = engine.plan(article, MOBILE_NEWS);
        RenderResult result = engine.render(article, MOBILE_NEWS);

        assertThat(plan.slots()).extracting(PlannedSlot::blockIndex).containsExactly(2, 9);
        assertThat(plan.slots()).extracting(PlannedSlot::markup)
                .containsExactlyElementsOf(result.insertions().stream().map(Insertion::html).toList());
        assertThat(plan.slots().get(0).sizes()).containsExactly("300x250", "320x100");
        assertThat(plan.slots().get(0).adUnit()).isEqualTo("/1234/news/inarticle");
        assertThat(plan.slots().get(0).reservedHeight()).isEqualTo(280);
        Outputs.assertInsertionsReproduce(article.body(), result);
    }

    @Test
    @DisplayName("a template that throws gives back the original article, marked degraded with the reason")
    void failingTemplateDegrades() {
        SlotTemplates throwing = SlotTemplates.of(Map.of("boom", "<div>{{#explode}}x{{/explode}}</div>"));
        AdSlotEngine engine = AdSlotEngine.builder()
                .ruleSource(TestRules.fixed(TestRules.ruleSet("v1", "missing-template", 2, "Ad")))
                .templateSource(TemplateSource.of(() -> throwing))
                .stages(new FakePlanner()).withoutMetrics().build();
        Article article = Article.of("a1", ARTICLE);

        RenderResult result = engine.render(article, MOBILE_NEWS);
        StringBuilder streamed = new StringBuilder();
        StreamedResult streamedResult = engine.render(article, MOBILE_NEWS, streamed);
        PlanResult plan = engine.plan(article, MOBILE_NEWS);

        assertThat(result.html()).isSameAs(ARTICLE);
        assertThat(result.degraded()).isTrue();
        assertThat(result.failureReason()).hasValueSatisfying(r -> assertThat(r).contains("missing-template"));
        assertThat(result.insertions()).isEmpty();
        assertThat(streamed.toString()).isEqualTo(ARTICLE);
        assertThat(streamedResult.degraded()).isTrue();
        assertThat(plan.degraded()).isTrue();
        assertThat(plan.slots()).isEmpty();
    }

    @Test
    @DisplayName("a bug in a stage (here the planner) also degrades instead of throwing")
    void stageFailureDegrades() {
        AdSlotEngine engine = AdSlotEngine.builder()
                .ruleSource(TestRules.fixed(TestRules.ruleSet("v1", "scroll-to-continue", 2, "Ad")))
                .stages(new FakePlanner() {
                    @Override
                    public io.adslot.placement.Plan plan(io.adslot.article.ScannedArticle article, RuleSet rules,
                                                         io.adslot.rules.ContextValues context) {
                        throw new IllegalStateException("planner bug");
                    }
                }).withoutMetrics().build();

        RenderResult result = engine.render(Article.of("a1", ARTICLE), MOBILE_NEWS);

        assertThat(result.html()).isEqualTo(ARTICLE);
        assertThat(result.degraded()).isTrue();
        assertThat(result.failureReason()).hasValue("IllegalStateException: planner bug");
    }

    @Test
    @DisplayName("a template that does not compile fails the build with InvalidRulesException naming its file and line")
    void brokenTemplateFailsBuild() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AdSlotEngine.builder()
                        .ruleSource(TestRules.fixed(TestRules.ruleSet("v1", "bad", 2, "Ad")))
                        .templateSource(TemplateSource.of(() -> SlotTemplates.of(Map.of("bad", "<div>{{#sizes}}</div>"))))
                        .stages(new FakePlanner()).withoutMetrics().build())
                .isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("bad.mustache:1:6: template does not compile: Failed to close 'sizes' tag");
    }

    @Test
    @DisplayName("hostile context values are escaped in the markup, quotes included")
    void hostileContextValuesAreEscaped() {
        AdSlotEngine engine = engine(TestRules.ruleSet("v1", "scroll-to-continue", 2, "Ad \"<b>\""));
        PageContext hostile = PageContext.builder().device("mobile")
                .section("\"><script>alert('x')</script>").build();

        RenderResult result = engine.render(Article.of("a1", ARTICLE), hostile);

        String markup = result.insertions().get(0).html();
        assertThat(markup).doesNotContain("<script>").doesNotContain("<b>")
                .contains("data-ad-unit=\"/1234/&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;/inarticle\"")
                .contains("aria-label=\"Ad &quot;&lt;b&gt;&quot;\"");
        Outputs.assertInsertionsReproduce(ARTICLE, result);
    }

    @Test
    @DisplayName("malformed and empty bodies never throw")
    void malformedInputNeverThrows() {
        AdSlotEngine engine = engine(TestRules.ruleSet("v1", "scroll-to-continue", 1, "Ad"));
        List<String> bodies = List.of("", "<p", "<p>one<p>two<p>three", "</div></div><p>x</p>", "\u0000<p>\u0000</p>",
                "<!-- <p>", "<script><p>not a block</p>", "<p>a</p>".repeat(50));
        for (String body : bodies) {
            RenderResult result = engine.render(Article.of("m", body), MOBILE_NEWS);
            assertThat(result.degraded()).as(body).isFalse();
            Outputs.assertInsertionsReproduce(body, result);
        }
        assertThat(engine.render(Article.of(null, null), null).html()).isEmpty();
    }

    @Test
    @DisplayName("a reused id and revision with a different body is decided again, not spliced with stale offsets")
    void staleRevisionIsDecidedAgain() {
        AdSlotEngine engine = engine(TestRules.ruleSet("v1", "scroll-to-continue", 2, "Ad"));
        engine.render(Article.of("a1", "r1", ARTICLE), MOBILE_NEWS);

        String edited = "<p>short</p><p>two</p><p>three</p>";
        String sameLength = ARTICLE.replace("<p>Supporters", "<b>Supporters").replace("problem”.</p>", "problem”.</b>");
        RenderResult result = engine.render(Article.of("a1", "r1", edited), MOBILE_NEWS);
        RenderResult sameLengthResult = engine.render(Article.of("a1", "r1", sameLength), MOBILE_NEWS);

        assertThat(result.degraded()).isFalse();
        Outputs.assertInsertionsReproduce(edited, result);
        assertThat(sameLength).hasSameSizeAs(ARTICLE);
        assertThat(sameLengthResult.insertions().get(0).offset())
                .isEqualTo(sameLength.indexOf("</p>", sameLength.indexOf("Traffic counts")) + 4);
        Outputs.assertInsertionsReproduce(sameLength, sameLengthResult);
    }

    @Test
    @DisplayName("the chosen A/B variant is the same in PlannedSlot, in Insertion and in the markup's data-adslot-variant")
    void variantVisibleEverywhere() throws Exception {
        Path rules = Path.of(AdSlotEngineTest.class.getResource("/serving/rules.yaml").toURI());
        Article article = Article.of("harbour-wall", resource("/serving/article.html"));
        Set<String> seen = new TreeSet<>();
        try (AdSlotEngine engine = AdSlotEngine.builder().rules(rules).build()) {
            for (String bucket : List.of("a", "b", "c", "d", "e", "f", "g", "h")) {
                PageContext context = PageContext.builder().section("news").custom("bucket", bucket).build();
                PlannedSlot planned = engine.plan(article, context).slots().get(0);
                Insertion inserted = engine.render(article, context).insertions().get(0);

                assertThat(planned.placementId()).isEqualTo("inline");
                assertThat(inserted.variant()).isEqualTo(planned.variant());
                assertThat(planned.markup()).contains("data-adslot-variant=\"" + planned.variant() + "\"");
                seen.add(planned.variant());
            }
        }
        assertThat(seen).as("eight buckets reach both variants").containsExactly("control", "wide");
    }
}
