package io.adslot.placement;

import static io.adslot.placement.Plans.boundaries;
import static io.adslot.placement.Plans.reason;
import static io.adslot.placement.Rules.afterParagraphs;
import static io.adslot.placement.Rules.context;
import static io.adslot.placement.Rules.placement;
import static io.adslot.placement.Rules.ruleSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.article.BlockKind;
import io.adslot.article.ScannedArticle;
import io.adslot.rules.Condition;
import io.adslot.rules.ContextValues;
import io.adslot.rules.RuleSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A placement applies only when its condition holds, or falls back to the end")
class ApplicabilityTest {

    @Test
    @DisplayName("a placement whose condition fails names the context value that decided it")
    void doesNotApply() {
        RuleSet rules = ruleSet(placement("inline").withCandidates(afterParagraphs(1))
                .withWhen(new Condition.AnyOf("device", Set.of("mobile"))).build()).build();
        Plan plan = Planner.plan(Articles.paragraphs(3, 50), rules, context("device", "desktop"));

        assertThat(plan.slots()).isEmpty();
        assertThat(reason(plan, "inline", 1)).isEqualTo("placement does not apply: device is desktop");
    }

    @Test
    @DisplayName("a key the page does not supply is named as missing")
    void missingKey() {
        RuleSet rules = ruleSet(placement("inline").withCandidates(afterParagraphs(1))
                .withWhen(new Condition.All(List.of(new Condition.AnyOf("section", Set.of("news"))))).build()).build();

        assertThat(reason(Planner.plan(Articles.paragraphs(3, 50), rules, ContextValues.empty()), "inline", 1))
                .isEqualTo("placement does not apply: no section given");
    }

    @Test
    @DisplayName("a negated condition names the value that excluded the page")
    void negated() {
        RuleSet rules = ruleSet(placement("inline").withCandidates(afterParagraphs(1))
                .withWhen(new Condition.Not(new Condition.AnyOf("subscriber", Set.of("true")))).build()).build();

        assertThat(reason(Planner.plan(Articles.paragraphs(3, 50), rules, context("subscriber", "true")), "inline", 1))
                .isEqualTo("placement does not apply: subscriber is true");
    }

    @Test
    @DisplayName("a placement that placed nothing falls back to the end of the article")
    void fallbackAtEnd() {
        RuleSet rules = ruleSet(placement("inline").withCandidates(afterParagraphs(5)).withFallbackAtEnd().build()).build();
        Plan plan = Planner.plan(Articles.paragraphs(3, 50), rules, ContextValues.empty());

        assertThat(boundaries(plan)).containsExactly(3);
        assertThat(reason(plan, "inline", 3)).startsWith("fallback at the end of the article");
    }

    @Test
    @DisplayName("there is no fallback when the placement placed a slot")
    void noFallbackWhenPlaced() {
        RuleSet rules = ruleSet(placement("inline").withCandidates(afterParagraphs(1)).withFallbackAtEnd().build()).build();

        assertThat(boundaries(Planner.plan(Articles.paragraphs(3, 50), rules, ContextValues.empty()))).containsExactly(1);
    }

    @Test
    @DisplayName("there is no fallback in an article too short for the placement")
    void noFallbackInShortArticle() {
        RuleSet rules = ruleSet(placement("inline").withCandidates(afterParagraphs(5)).withMinArticle(500, 0)
                .withFallbackAtEnd().build()).build();

        assertThat(Planner.plan(Articles.paragraphs(3, 50), rules, ContextValues.empty()).slots()).isEmpty();
    }

    @Test
    @DisplayName("the fallback obeys the neighbour rules")
    void fallbackObeysNeighbours() {
        ScannedArticle article = Articles.article().p(50).p(50).figure().build();
        RuleSet rules = ruleSet(placement("inline").withCandidates(afterParagraphs(5)).withAvoidAfter(BlockKind.FIGURE)
                .withFallbackAtEnd().build()).build();
        Plan plan = Planner.plan(article, rules, ContextValues.empty());

        assertThat(plan.slots()).isEmpty();
        assertThat(reason(plan, "inline", 3)).isEqualTo("tried instead of the fallback at the end of the article: after a figure");
    }
}
