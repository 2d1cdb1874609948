package io.adslot.placement;

import static io.adslot.placement.Plans.boundaries;
import static io.adslot.placement.Plans.reason;
import static io.adslot.placement.Rules.afterParagraphs;
import static io.adslot.placement.Rules.afterParagraphsFromBottom;
import static io.adslot.placement.Rules.every;
import static io.adslot.placement.Rules.placement;
import static io.adslot.placement.Rules.ruleSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.article.ScannedArticle;
import io.adslot.rules.CandidateRule;
import io.adslot.rules.ContextValues;
import io.adslot.rules.ParagraphDefinition;
import io.adslot.rules.Placement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Candidate rules name the boundaries a placement considers")
class CandidateRulesTest {

    private static Plan plan(ScannedArticle article, Placement placement) {
        return Planner.plan(article, ruleSet(placement).build(), ContextValues.empty());
    }

    @Test
    @DisplayName("after paragraphs N counts paragraphs from the top")
    void afterParagraphsFromTheTop() {
        Plan plan = plan(Articles.paragraphs(6, 50), placement("inline").withCandidates(afterParagraphs(2, 5)).build());

        assertThat(boundaries(plan)).containsExactly(2, 5);
        assertThat(reason(plan, "inline", 2)).isEqualTo("after paragraph 2");
    }

    @Test
    @DisplayName("after paragraphs N from the bottom counts 1 as the last paragraph")
    void afterParagraphsFromTheBottom() {
        Plan plan = plan(Articles.paragraphs(10, 50),
                placement("inline").withCandidates(afterParagraphsFromBottom(1, 3)).build());

        assertThat(boundaries(plan)).containsExactly(8, 10);
        assertThat(reason(plan, "inline", 8)).isEqualTo("after paragraph 8 (3rd from the bottom)");
    }

    @Test
    @DisplayName("paragraph numbers beyond the article are no candidates")
    void paragraphsBeyondTheArticle() {
        Plan plan = plan(Articles.paragraphs(3, 50), placement("inline").withCandidates(afterParagraphs(5)).build());

        assertThat(plan.slots()).isEmpty();
        assertThat(plan.verdicts()).isEmpty();
    }

    @Test
    @DisplayName("at a percentage is the first boundary with that share of the words above it")
    void atPercentOfWords() {
        ScannedArticle article = Articles.article().p(10).p(10).p(60).p(20).build();
        Plan plan = plan(article, placement("inline").withCandidates(new CandidateRule.AtPercent(List.of(50))).build());

        assertThat(boundaries(plan)).containsExactly(3);
        assertThat(reason(plan, "inline", 3)).isEqualTo("at 50% of the words");
    }

    @Test
    @DisplayName("first N then every K names paragraphs N, N+K, N+2K...")
    void firstThenEvery() {
        Plan plan = plan(Articles.paragraphs(10, 50), placement("inline").withCandidates(every(2, 3)).build());

        assertThat(boundaries(plan)).containsExactly(2, 5, 8);
    }

    @Test
    @DisplayName("before headings takes only the listed levels")
    void beforeHeadingsOfLevels() {
        ScannedArticle article = Articles.article().p(50).p(50).heading(2, 3).p(50).heading(3, 3).p(50).build();
        Plan plan = plan(article, placement("inline").withCandidates(new CandidateRule.BeforeHeadings(List.of(2))).build());

        assertThat(boundaries(plan)).containsExactly(2);
        assertThat(reason(plan, "inline", 2)).isEqualTo("before heading h2");
    }

    @Test
    @DisplayName("after headings without levels takes every heading")
    void afterAllHeadings() {
        ScannedArticle article = Articles.article().p(50).heading(2, 3).p(50).heading(3, 3).p(50).build();
        Plan plan = plan(article, placement("inline").withCandidates(new CandidateRule.AfterHeadings(List.of())).build());

        assertThat(boundaries(plan)).containsExactly(2, 4);
    }

    @Test
    @DisplayName("after media names the boundary after each figure and embed")
    void afterMedia() {
        ScannedArticle article = Articles.article().p(50).figure().p(50).embed().p(50).build();
        Plan plan = plan(article, placement("inline").withCandidates(new CandidateRule.AfterMedia()).build());

        assertThat(boundaries(plan)).containsExactly(2, 4);
        assertThat(reason(plan, "inline", 4)).isEqualTo("after an embed");
    }

    @Test
    @DisplayName("end of article is the boundary after the last block")
    void endOfArticle() {
        Plan plan = plan(Articles.paragraphs(4, 50), placement("end").withCandidates(new CandidateRule.EndOfArticle()).build());

        assertThat(boundaries(plan)).containsExactly(4);
        assertThat(reason(plan, "end", 4)).isEqualTo("at the end of the article");
    }

    @Test
    @DisplayName("only blocks with a paragraph tag and enough words count as paragraphs")
    void paragraphDefinition() {
        ScannedArticle article = Articles.article().p(50).p(3).list(40).p(50).text(50).p(50).build();
        Placement inline = placement("inline")
                .withParagraphs(new ParagraphDefinition(Set.of("p"), 10))
                .withCandidates(afterParagraphs(2))
                .build();

        assertThat(boundaries(plan(article, inline))).containsExactly(4);
    }

    @Test
    @DisplayName("candidates are the union of the rules, each named by the first rule that names it")
    void unionOfRules() {
        Plan plan = plan(Articles.paragraphs(6, 50),
                placement("inline").withCandidates(afterParagraphs(2), every(2, 2)).build());

        assertThat(boundaries(plan)).containsExactly(2, 4, 6);
        assertThat(reason(plan, "inline", 2)).isEqualTo("after paragraph 2");
    }
}
