package io.adslot.placement;

import static io.adslot.placement.Rules.every;
import static io.adslot.placement.Rules.placement;
import static io.adslot.placement.Rules.ruleSet;
import static io.adslot.placement.Rules.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.article.BlockKind;
import io.adslot.article.ScannedArticle;
import io.adslot.rules.ContextValues;
import io.adslot.rules.RuleSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The planner's cost grows with blocks times placements, not with their square: a 50,000-paragraph
 * article with a candidate at every paragraph is planned like any other. (Speed itself is measured
 * in the JMH benchmarks; this only shows that such input is handled in full.)
 */
@DisplayName("A very long article is planned in full")
class LargeArticleTest {

    @Test
    @DisplayName("50,000 paragraphs with candidates everywhere and two placements")
    void fiftyThousandParagraphs() {
        Articles builder = Articles.article();
        for (int i = 0; i < 50_000; i++) {
            if (i % 10 == 0) {
                builder.heading(2, 4);
            }
            builder.p(40);
        }
        ScannedArticle article = builder.build();
        RuleSet rules = ruleSet(
                placement("ad").withCandidates(every(1, 1)).withBetween(words(300)).withAvoidBefore(BlockKind.HEADING)
                        .withNearest(3).withMaxSlots(100_000).build(),
                placement("promo").withCandidates(every(1, 1)).withOtherSlotGap(words(100)).withMaxSlots(100_000).build())
                .withMaxSlotsPerPage(100_000).build();

        Plan plan = Planner.plan(article, rules, ContextValues.empty());

        long ads = plan.slots().stream().filter(s -> s.placementId().equals("ad")).count();
        // An ad every 8 paragraphs of 40 words, give or take the headings it steps around.
        assertThat(ads).isBetween(5_000L, 6_300L);
        assertThat(plan.slots()).extracting(SlotDecision::placementId).contains("promo");
        assertThat(plan.verdicts().size()).isGreaterThanOrEqualTo(100_000);
    }
}
