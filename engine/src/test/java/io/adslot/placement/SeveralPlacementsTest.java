package io.adslot.placement;

import static io.adslot.placement.Plans.boundaries;
import static io.adslot.placement.Plans.reason;
import static io.adslot.placement.Rules.afterParagraphs;
import static io.adslot.placement.Rules.every;
import static io.adslot.placement.Rules.placement;
import static io.adslot.placement.Rules.ruleSet;
import static io.adslot.placement.Rules.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.rules.ContextValues;
import io.adslot.rules.Placement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Several placements share an article under priorities")
class SeveralPlacementsTest {

    private static Plan plan(Placement... placements) {
        return Planner.plan(Articles.paragraphs(8, 50), ruleSet(placements).build(), ContextValues.empty());
    }

    @Test
    @DisplayName("the higher-priority placement takes a boundary both want")
    void priorityDecides() {
        Plan plan = plan(placement("promo").withPriority(1).withCandidates(afterParagraphs(2)).build(),
                placement("ad").withPriority(10).withCandidates(afterParagraphs(2)).build());

        assertThat(plan.slots()).extracting(SlotDecision::placementId).containsExactly("ad");
        assertThat(reason(plan, "promo", 2)).isEqualTo("slot ad-1 is already here");
    }

    @Test
    @DisplayName("a later placement keeps its gap from earlier placements' slots")
    void laterKeepsItsGap() {
        Plan plan = plan(placement("ad").withCandidates(afterParagraphs(2)).build(),
                placement("promo").withKind("newsletter").withCandidates(every(1, 1)).withMaxSlots(1)
                        .withOtherSlotGap(words(100)).build());

        assertThat(boundaries(plan)).containsExactly(2, 4);
        assertThat(reason(plan, "promo", 1)).isEqualTo("too close to slot ad-1: 50 words < 100");
        assertThat(reason(plan, "promo", 3)).isEqualTo("too close to slot ad-1: 50 words < 100");
    }

    @Test
    @DisplayName("a later placement keeps the gap an earlier placement asked for")
    void laterKeepsEarlierGap() {
        Plan plan = plan(placement("ad").withCandidates(afterParagraphs(2)).withOtherSlotGap(words(100)).build(),
                placement("promo").withCandidates(every(1, 1)).withMaxSlots(1).build());

        assertThat(boundaries(plan)).containsExactly(2, 4);
    }

    @Test
    @DisplayName("slots are numbered in document order, per placement and per page")
    void idsInDocumentOrder() {
        Plan plan = plan(placement("ad").withPriority(10).withCandidates(afterParagraphs(2, 6)).build(),
                placement("promo").withCandidates(afterParagraphs(1, 4)).build());

        assertThat(plan.slots()).extracting(SlotDecision::slotId).containsExactly("promo-1", "ad-1", "promo-2", "ad-2");
        assertThat(plan.slots()).extracting(SlotDecision::ordinal).containsExactly(1, 2, 3, 4);
        assertThat(plan.slots()).extracting(SlotDecision::placementOrdinal).containsExactly(1, 1, 2, 2);
        assertThat(plan.slots()).extracting(SlotDecision::kind).containsOnly("ad");
    }
}
