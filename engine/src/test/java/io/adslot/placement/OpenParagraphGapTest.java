package io.adslot.placement;

import static io.adslot.placement.Plans.boundaries;
import static io.adslot.placement.Plans.reason;
import static io.adslot.placement.Rules.afterParagraphs;
import static io.adslot.placement.Rules.placement;
import static io.adslot.placement.Rules.ruleSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.article.BlockScanner;
import io.adslot.article.ScannedArticle;
import io.adslot.rules.ContextValues;
import io.adslot.rules.RuleSet;
import io.adslot.structure.PageStructure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A gap inside a paragraph the article leaves open ({@code <p>One<p>Two}) is usable only by a slot whose
 * markup closes the paragraph: a {@code <div>} or {@code <aside>} does, an {@code <amp-ad>} or {@code <ins>}
 * would become part of it.
 */
@DisplayName("A gap in a paragraph the article leaves open takes only slots whose markup closes it")
class OpenParagraphGapTest {

    private static final String WORDS = "word ".repeat(60);
    private final ScannedArticle article = BlockScanner.withDefaults()
            .scan("<p>" + WORDS + "<p>" + WORDS + "<p>" + WORDS + "</p>");

    private Plan plan(String template, java.util.function.Predicate<String> closesParagraph) {
        RuleSet rules = ruleSet(placement("inline").withCandidates(afterParagraphs(1, 2)).withTemplate(template).build()).build();
        return Planner.plan(article, PageStructure.none(article.blocks().size()), rules, ContextValues.empty(), closesParagraph);
    }

    @Test
    @DisplayName("the scanner marks the gaps between paragraphs closed only by the next <p>, not the end")
    void scannerMarksTheGaps() {
        assertThat(article.blocks()).extracting(b -> b.endsInOpenParagraph()).containsExactly(true, true, false);
        assertThat(article.blocks()).noneMatch(b -> b.openEnd());
    }

    @Test
    @DisplayName("a template whose markup closes a <p> uses the gaps")
    void closingTemplateUsesTheGaps() {
        assertThat(boundaries(plan("gpt", name -> true))).containsExactly(1, 2);
    }

    @Test
    @DisplayName("a template starting with an inline element skips them, and the verdict says why")
    void inlineTemplateSkipsThem() {
        Plan plan = plan("amp", name -> false);
        assertThat(plan.slots()).isEmpty();
        assertThat(reason(plan, "inline", 1)).isEqualTo(
                "inside a p the article leaves open, which the amp template does not close: its markup starts with an inline element");
    }

    @Test
    @DisplayName("without the templates at hand, the planner takes the bundled templates' first elements: amp does not close a <p>, gpt does")
    void bundledTemplatesByDefault() {
        for (String template : new String[] {"amp", "gpt"}) {
            RuleSet rules = ruleSet(placement("inline").withCandidates(afterParagraphs(1, 2)).withTemplate(template).build()).build();
            Plan plan = Planner.plan(article, rules, ContextValues.empty());
            assertThat(boundaries(plan)).as(template).isEqualTo(template.equals("amp") ? java.util.List.of() : java.util.List.of(1, 2));
        }
    }
}
