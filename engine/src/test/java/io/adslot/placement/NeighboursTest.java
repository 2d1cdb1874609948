package io.adslot.placement;

import static io.adslot.placement.Plans.boundaries;
import static io.adslot.placement.Plans.reason;
import static io.adslot.placement.Plans.reasons;
import static io.adslot.placement.Rules.afterParagraphs;
import static io.adslot.placement.Rules.placement;
import static io.adslot.placement.Rules.ruleSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.article.BlockKind;
import io.adslot.article.ScannedArticle;
import io.adslot.rules.CandidateRule;
import io.adslot.rules.ContextValues;
import io.adslot.rules.ParagraphDefinition;
import io.adslot.rules.Placement;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Neighbour rules keep slots away from given blocks and slots")
class NeighboursTest {

    private static Plan plan(ScannedArticle article, Placement... placements) {
        return Planner.plan(article, ruleSet(placements).build(), ContextValues.empty());
    }

    @Test
    @DisplayName("no slot directly before an avoided kind")
    void avoidBefore() {
        ScannedArticle article = Articles.article().p(50).p(50).heading(2, 3).p(50).build();
        Plan plan = plan(article, placement("inline").withCandidates(afterParagraphs(2)).withAvoidBefore(BlockKind.HEADING).build());

        assertThat(plan.slots()).isEmpty();
        assertThat(reason(plan, "inline", 2)).isEqualTo("before a heading");
    }

    @Test
    @DisplayName("no slot directly after an avoided kind")
    void avoidAfter() {
        ScannedArticle article = Articles.article().p(50).figure().p(50).build();
        Plan plan = plan(article, placement("inline").withCandidates(new CandidateRule.AfterMedia())
                .withAvoidAfter(BlockKind.FIGURE).build());

        assertThat(plan.slots()).isEmpty();
        assertThat(reason(plan, "inline", 2)).isEqualTo("after a figure");
    }

    @Test
    @DisplayName("a blocked candidate moves to the next boundary below first")
    void nearestTriesBelowFirst() {
        ScannedArticle article = Articles.article().p(50).p(50).heading(2, 3).p(50).p(50).build();
        Plan plan = plan(article, placement("inline").withCandidates(afterParagraphs(2))
                .withAvoidBefore(BlockKind.HEADING).withNearest(2).build());

        assertThat(boundaries(plan)).containsExactly(3);
        assertThat(reason(plan, "inline", 3)).isEqualTo("after paragraph 2, moved down 1 (before a heading)");
    }

    @Test
    @DisplayName("a blocked candidate moves above when the boundary below is blocked too")
    void nearestThenAbove() {
        ScannedArticle article = Articles.article().p(50).p(50).p(50).heading(2, 3).p(50).build();
        Plan plan = plan(article, placement("inline").withCandidates(afterParagraphs(3))
                .withAvoidBefore(BlockKind.HEADING).withAvoidAfter(BlockKind.HEADING).withNearest(2).build());

        assertThat(boundaries(plan)).containsExactly(2);
        assertThat(reason(plan, "inline", 4)).isEqualTo("tried instead of after paragraph 3: after a heading");
        assertThat(reason(plan, "inline", 2)).isEqualTo("after paragraph 3, moved up 1 (before a heading)");
    }

    @Test
    @DisplayName("a blocked candidate is skipped when nothing within the limit is allowed")
    void nearestWithinLimit() {
        ScannedArticle article = Articles.article().heading(2, 3).heading(2, 3).heading(2, 3).heading(2, 3).heading(2, 3)
                .p(50).heading(2, 3).heading(2, 3).heading(2, 3).heading(2, 3).build();
        Plan plan = plan(article, placement("inline").withCandidates(afterParagraphs(1))
                .withAvoidBefore(BlockKind.HEADING).withAvoidAfter(BlockKind.HEADING).withNearest(2).build());

        assertThat(plan.slots()).isEmpty();
        assertThat(plan.verdicts()).extracting(CandidateVerdict::boundary).containsExactly(6, 7, 5, 8, 4);
    }

    @Test
    @DisplayName("without a nearest policy a blocked candidate is skipped")
    void skipPolicy() {
        ScannedArticle article = Articles.article().p(50).p(50).heading(2, 3).p(50).p(50).build();
        Plan plan = plan(article, placement("inline").withCandidates(afterParagraphs(2)).withAvoidBefore(BlockKind.HEADING).build());

        assertThat(plan.slots()).isEmpty();
        assertThat(plan.verdicts()).hasSize(1);
    }

    @Test
    @DisplayName("spacing does not move a candidate, only neighbour rules do")
    void spacingDoesNotMove() {
        Plan plan = plan(Articles.paragraphs(5, 50), placement("inline").withCandidates(afterParagraphs(1))
                .withBeforeFirst(Rules.words(100)).withNearest(3).build());

        assertThat(plan.slots()).isEmpty();
        assertThat(plan.verdicts()).hasSize(1);
    }

    @Test
    @DisplayName("no slot directly next to another slot when nothing visible stands between them")
    void nextToSlots() {
        ScannedArticle article = Articles.article().p(50).p(50).other(0).p(50).p(50).build();
        Rules.PlacementBuilder promo = placement("promo").withKind("newsletter")
                .withParagraphs(new ParagraphDefinition(Set.of("aside"), 0)).withCandidates(afterParagraphs(1));
        Placement ad = placement("ad").withPriority(10).withCandidates(afterParagraphs(2)).build();

        Plan avoiding = plan(article, ad, promo.withNextToSlotsAvoided().build());
        assertThat(boundaries(avoiding)).containsExactly(2);
        assertThat(reason(avoiding, "promo", 3)).isEqualTo("directly next to slot ad-1");
    }

    @Test
    @DisplayName("slots separated only by an empty block may stand together when no rule forbids it")
    void nextToSlotsAllowed() {
        ScannedArticle article = Articles.article().p(50).p(50).other(0).p(50).p(50).build();
        Placement promo = placement("promo").withParagraphs(new ParagraphDefinition(Set.of("aside"), 0))
                .withCandidates(afterParagraphs(1)).build();
        Placement ad = placement("ad").withPriority(10).withCandidates(afterParagraphs(2)).build();

        assertThat(boundaries(plan(article, ad, promo))).containsExactly(2, 3);
    }

    @Test
    @DisplayName("an earlier slot that avoids neighbours keeps later placements away too")
    void nextToSlotsOfEarlierPlacement() {
        ScannedArticle article = Articles.article().p(50).p(50).other(0).p(50).p(50).build();
        Placement promo = placement("promo").withParagraphs(new ParagraphDefinition(Set.of("aside"), 0))
                .withCandidates(afterParagraphs(1)).build();
        Placement ad = placement("ad").withPriority(10).withCandidates(afterParagraphs(2)).withNextToSlotsAvoided().build();

        Plan plan = plan(article, ad, promo);
        assertThat(boundaries(plan)).containsExactly(2);
        assertThat(reasons(plan, "promo", 3)).containsExactly("directly next to slot ad-1");
    }
}
