package io.adslot.placement;

import static io.adslot.placement.Plans.boundaries;
import static io.adslot.placement.Plans.reason;
import static io.adslot.placement.Rules.every;
import static io.adslot.placement.Rules.placement;
import static io.adslot.placement.Rules.ruleSet;
import static io.adslot.placement.Rules.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.article.ScannedArticle;
import io.adslot.rules.ContextValues;
import io.adslot.rules.Distance;
import io.adslot.rules.Placement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Paragraphs of 50 words are 249 characters: 7 lines of 26 px plus a 16 px gap, 198 px, on the test phone. */
@DisplayName("Spacing keeps slots apart from the start, from each other and from the end")
class SpacingTest {

    private static Rules.PlacementBuilder everyParagraph() {
        return placement("inline").withCandidates(every(1, 1));
    }

    private static Plan plan(ScannedArticle article, Placement placement) {
        return Planner.plan(article, ruleSet(placement).build(), ContextValues.empty());
    }

    @Test
    @DisplayName("no slot comes before the given words from the start of the article")
    void beforeFirstInWords() {
        Plan plan = plan(Articles.paragraphs(5, 50), everyParagraph().withBeforeFirst(words(120)).build());

        assertThat(boundaries(plan)).containsExactly(3, 4, 5);
        assertThat(reason(plan, "inline", 1)).isEqualTo("too close to the start of the article: 50 words < 120");
    }

    @Test
    @DisplayName("slots of one placement keep the given words between them")
    void betweenInWords() {
        Plan plan = plan(Articles.paragraphs(10, 50), everyParagraph().withBetween(words(100)).build());

        assertThat(boundaries(plan)).containsExactly(1, 3, 5, 7, 9);
        assertThat(reason(plan, "inline", 2)).isEqualTo("too close to slot inline-1: 50 words < 100");
    }

    @Test
    @DisplayName("no slot comes within the given words of the end of the article")
    void afterLastInWords() {
        Plan plan = plan(Articles.paragraphs(10, 50), everyParagraph().withAfterLast(words(120)).build());

        assertThat(boundaries(plan)).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(reason(plan, "inline", 9)).isEqualTo("too close to the end of the article: 50 words < 120");
    }

    @Test
    @DisplayName("spacing may count blocks")
    void betweenInBlocks() {
        Plan plan = plan(Articles.paragraphs(10, 50), everyParagraph().withBetween(new Distance(0, 3, 0)).build());

        assertThat(boundaries(plan)).containsExactly(1, 4, 7, 10);
        assertThat(reason(plan, "inline", 2)).isEqualTo("too close to slot inline-1: 1 blocks < 3");
    }

    @Test
    @DisplayName("spacing may count estimated pixels")
    void betweenInPixels() {
        Plan plan = plan(Articles.paragraphs(10, 50), everyParagraph().withBetween(new Distance(0, 0, 400)).build());

        assertThat(boundaries(plan)).containsExactly(1, 4, 7, 10);
        assertThat(reason(plan, "inline", 3)).isEqualTo("too close to slot inline-1: 396 px < 400");
    }

    @Test
    @DisplayName("every part of a distance must hold")
    void allPartsOfADistance() {
        Plan plan = plan(Articles.paragraphs(10, 50), everyParagraph().withBetween(new Distance(100, 3, 0)).build());

        assertThat(boundaries(plan)).containsExactly(1, 4, 7, 10);
    }

    @Test
    @DisplayName("a media block weighs the given number of words")
    void mediaWeighsWords() {
        ScannedArticle article = Articles.article().p(50).figure().p(50).figure().p(50).figure().p(50).build();
        Placement weighted = everyParagraph().withBetween(words(100)).withMediaWords(70).build();
        Placement unweighted = everyParagraph().withBetween(words(100)).build();

        assertThat(boundaries(plan(article, weighted))).containsExactly(1, 3, 5, 7);
        assertThat(boundaries(plan(article, unweighted))).containsExactly(1, 5);
    }

    @Test
    @DisplayName("a growth factor multiplies each next gap")
    void growthFactor() {
        Plan plan = plan(Articles.paragraphs(20, 50), everyParagraph().withBetween(words(50)).withGrowth(2.0, 0).build());

        assertThat(boundaries(plan)).containsExactly(1, 2, 4, 8, 16);
        assertThat(reason(plan, "inline", 15)).isEqualTo("too close to slot inline-4: 350 words < 400");
    }

    @Test
    @DisplayName("a growth step adds words to each next gap")
    void growthStep() {
        Plan plan = plan(Articles.paragraphs(20, 50), everyParagraph().withBetween(words(50)).withGrowth(1.0, 50).build());

        assertThat(boundaries(plan)).containsExactly(1, 2, 4, 7, 11, 16);
    }

    @Test
    @DisplayName("a growth step grows block distances in proportion to the words")
    void growthStepScalesBlocks() {
        Plan plan = plan(Articles.paragraphs(20, 10), everyParagraph().withBetween(new Distance(10, 1, 0)).withGrowth(1.0, 10).build());

        // Gaps need 1, 2, 3, 4 blocks (10, 20, 30, 40 words of 10-word paragraphs).
        assertThat(boundaries(plan)).containsExactly(1, 2, 4, 7, 11, 16);
    }
}
