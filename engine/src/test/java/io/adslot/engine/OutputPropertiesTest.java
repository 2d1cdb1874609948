package io.adslot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.FixedSample;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of every render, over generated article bodies (well-formed and not). */
class OutputPropertiesTest {

    static final AdSlotEngine ENGINE = AdSlotEngine.builder()
            .ruleSource(TestRules.fixed(TestRules.ruleSet("p1", "scroll-to-continue", 1, "Ad")))
            .stages(new FakePlanner()).withoutMetrics().build();

    @Property(tries = 300, seed = FixedSample.SEED)
    @Label("output minus insertions is the input; streaming writes the same; nothing degrades")
    void outputMinusInsertionsIsInput(@ForAll("bodies") String body) {
        Article article = Article.of("p", body);
        PageContext page = PageContext.builder().device("mobile").section("news").build();

        RenderResult result = ENGINE.render(article, page);
        StringBuilder streamed = new StringBuilder();
        ENGINE.render(article, page, streamed);

        assertThat(result.degraded()).isFalse();
        Outputs.assertInsertionsReproduce(body, result);
        assertThat(streamed.toString()).isEqualTo(result.html());
    }

    static final AdSlotEngine DEFAULT_RULES = AdSlotEngine.builder().withoutMetrics().build();

    @Property(tries = 200, seed = FixedSample.SEED)
    @Label("with the bundled default rules and the real planner, output minus insertions is the input")
    void defaultRulesKeepTheInput(@ForAll("bodies") String body) {
        RenderResult result = DEFAULT_RULES.render(Article.of("p", body),
                PageContext.builder().device("mobile").section("news").build());

        assertThat(result.degraded()).isFalse();
        Outputs.assertInsertionsReproduce(body, result);
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> text = Arbitraries.strings().withChars("abc “”—é漢 <>&\"'").ofMaxLength(20);
        Arbitrary<String> piece = Arbitraries.oneOf(
                text.map(t -> "<p>" + t + "</p>"),
                Arbitraries.of("<p>One two three four five six seven eight nine ten eleven twelve.</p>",
                        "<p>“Quoted” words — with a dash, and enough of them to count as a paragraph here.</p>"),
                text.map(t -> "<p>" + t),
                text.map(t -> "<h2>" + t + "</h2>"),
                Arbitraries.of("<div class=\"row\">", "</div>", "<figure><img src=x></figure>", "<!-- c -->",
                        "<script>var a = '<p>';</script>", "<ul><li>x</li></ul>", "</p>", "<p", "\u0000", "\n"),
                text);
        return piece.list().ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
