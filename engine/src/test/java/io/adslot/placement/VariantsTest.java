package io.adslot.placement;

import static io.adslot.placement.Rules.afterParagraphs;
import static io.adslot.placement.Rules.context;
import static io.adslot.placement.Rules.placement;
import static io.adslot.placement.Rules.ruleSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.article.ScannedArticle;
import io.adslot.rules.ContextValues;
import io.adslot.rules.Placement;
import io.adslot.rules.RuleSet;
import io.adslot.rules.Variants;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A/B variants are chosen from a context key, the same way every time")
class VariantsTest {

    private static final ScannedArticle ARTICLE = Articles.paragraphs(8, 50);

    private static RuleSet placementVariants(int weightA, int weightB) {
        Placement a = placement("inline-a").withCandidates(afterParagraphs(2)).build();
        Placement b = placement("inline-b").withCandidates(afterParagraphs(4)).build();
        Variants<Placement> variants = new Variants<>("bucket",
                List.of(new Variants.Option<>("a", weightA, a), new Variants.Option<>("b", weightB, b)));
        return ruleSet(placement("inline").withVariants(variants).build()).build();
    }

    private static String chosen(RuleSet rules, ContextValues context) {
        return Planner.plan(ARTICLE, rules, context).slots().get(0).placementId();
    }

    @Test
    @DisplayName("a page without the key gets the first variant")
    void absentKeyTakesFirst() {
        assertThat(chosen(placementVariants(1, 1), ContextValues.empty())).isEqualTo("inline-a");
    }

    @Test
    @DisplayName("the same key value always gets the same variant and plan")
    void deterministic() {
        RuleSet rules = placementVariants(1, 1);
        for (int bucket = 0; bucket < 50; bucket++) {
            ContextValues context = context("bucket", "user-" + bucket);
            assertThat(Planner.plan(ARTICLE, rules, context)).isEqualTo(Planner.plan(ARTICLE, rules, context));
        }
    }

    @Test
    @DisplayName("different readers see different variants")
    void bothVariantsOccur() {
        RuleSet rules = placementVariants(1, 1);
        Set<String> seen = new HashSet<>();
        for (int bucket = 0; bucket < 50; bucket++) {
            seen.add(chosen(rules, context("bucket", "user-" + bucket)));
        }
        assertThat(seen).containsExactlyInAnyOrder("inline-a", "inline-b");
    }

    @Test
    @DisplayName("variants are chosen in proportion to their weights")
    void weights() {
        RuleSet rules = placementVariants(9, 1);
        int first = 0;
        for (int bucket = 0; bucket < 1000; bucket++) {
            if (chosen(rules, context("bucket", Integer.toString(bucket))).equals("inline-a")) {
                first++;
            }
        }
        assertThat(first).isBetween(850, 950);
    }

    @Test
    @DisplayName("a whole rule set may have variants")
    void ruleSetVariants() {
        List<Placement> a = List.of(placement("early").withCandidates(afterParagraphs(1)).build());
        List<Placement> b = List.of(placement("late").withCandidates(afterParagraphs(6)).build());
        RuleSet rules = ruleSet().withVariants(new Variants<>("article_id",
                List.of(new Variants.Option<>("a", 1, a), new Variants.Option<>("b", 1, b)))).build();

        Set<String> seen = new HashSet<>();
        for (int id = 0; id < 40; id++) {
            seen.add(chosen(rules, context("article_id", "a" + id)));
        }
        assertThat(seen).containsExactlyInAnyOrder("early", "late");
        assertThat(chosen(rules, ContextValues.empty())).isEqualTo("early");
    }
}
