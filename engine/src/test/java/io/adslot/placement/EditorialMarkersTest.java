package io.adslot.placement;

import static io.adslot.placement.Plans.boundaries;
import static io.adslot.placement.Plans.reason;
import static io.adslot.placement.Rules.context;
import static io.adslot.placement.Rules.every;
import static io.adslot.placement.Rules.placement;
import static io.adslot.placement.Rules.ruleSet;
import static io.adslot.placement.Rules.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.article.Marker;
import io.adslot.article.ScannedArticle;
import io.adslot.rules.Condition;
import io.adslot.rules.ContextValues;
import io.adslot.rules.RuleSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Editors control slots from inside the article")
class EditorialMarkersTest {

    private static final RuleSet EVERY_PARAGRAPH = ruleSet(placement("inline").withCandidates(every(1, 1)).build()).build();

    @Test
    @DisplayName("an adslot:off marker switches every slot off")
    void switchedOff() {
        ScannedArticle article = Articles.article().p(50).off().p(50).p(50).build();
        Plan plan = Planner.plan(article, EVERY_PARAGRAPH, ContextValues.empty());

        assertThat(plan.switchedOff()).isTrue();
        assertThat(plan.slots()).isEmpty();
        assertThat(plan.verdicts()).isEmpty();
    }

    @Test
    @DisplayName("an adslot:here marker pins a slot where no rule names a candidate")
    void pinnedSlot() {
        ScannedArticle article = Articles.article().p(50).p(50).here().p(50).build();
        RuleSet rules = ruleSet(placement("inline").build()).build();
        Plan plan = Planner.plan(article, rules, ContextValues.empty());

        assertThat(plan.slots()).singleElement().satisfies(slot -> {
            assertThat(slot.boundary()).isEqualTo(2);
            assertThat(slot.pinned()).isTrue();
            assertThat(slot.offset()).isEqualTo(article.boundaryOffset(2));
        });
        assertThat(reason(plan, "inline", 2)).isEqualTo("pinned by an adslot:here marker");
    }

    @Test
    @DisplayName("a pinned slot counts against the placement's limit")
    void pinCountsAgainstLimits() {
        ScannedArticle article = Articles.article().p(50).p(50).p(50).p(50).here().p(50).build();
        RuleSet rules = ruleSet(placement("inline").withCandidates(every(1, 1)).withMaxSlots(2).build()).build();
        Plan plan = Planner.plan(article, rules, ContextValues.empty());

        assertThat(boundaries(plan)).containsExactly(1, 4);
        assertThat(reason(plan, "inline", 2)).isEqualTo("limit of 2 inline slots reached");
    }

    @Test
    @DisplayName("a pin goes to the highest-priority placement that applies to the page")
    void pinGoesToApplicablePlacement() {
        ScannedArticle article = Articles.article().p(50).here().p(50).build();
        RuleSet rules = ruleSet(
                placement("desktop-only").withPriority(10).withWhen(new Condition.AnyOf("device", Set.of("desktop"))).build(),
                placement("inline").build()).build();

        Plan plan = Planner.plan(article, rules, context("device", "mobile"));

        assertThat(plan.slots()).extracting(SlotDecision::placementId).containsExactly("inline");
    }

    @Test
    @DisplayName("a pin goes to the next placement when the first has no room left")
    void pinGoesToPlacementWithRoom() {
        ScannedArticle article = Articles.article().p(50).here().p(50).here().p(50).build();
        RuleSet rules = ruleSet(placement("top").withPriority(10).withMaxSlots(1).build(), placement("inline").build()).build();

        Plan plan = Planner.plan(article, rules, ContextValues.empty());

        assertThat(plan.slots()).extracting(SlotDecision::slotId).containsExactly("top-1", "inline-1");
    }

    @Test
    @DisplayName("adslot:here NAME pins that placement, not the highest-priority one")
    void namedPin() {
        ScannedArticle article = Articles.article().p(50).here("newsletter").p(50).here().p(50).build();
        RuleSet rules = ruleSet(placement("inline").withPriority(10).build(), placement("newsletter").build()).build();

        Plan plan = Planner.plan(article, rules, ContextValues.empty());

        assertThat(plan.slots()).extracting(SlotDecision::slotId).containsExactly("newsletter-1", "inline-1");
        assertThat(reason(plan, "newsletter", 1)).isEqualTo("pinned by an adslot:here marker");
    }

    @Test
    @DisplayName("adslot:here NAME of a placement that does not apply pins nothing and says why")
    void namedPinNotApplicable() {
        ScannedArticle article = Articles.article().p(50).here("desktop-only").p(50).build();
        RuleSet rules = ruleSet(
                placement("desktop-only").withWhen(new Condition.AnyOf("device", Set.of("desktop"))).build(),
                placement("inline").withPriority(10).build()).build();

        Plan plan = Planner.plan(article, rules, context("device", "mobile"));

        assertThat(plan.slots()).isEmpty();
        assertThat(reason(plan, "desktop-only", 1)).startsWith("pinned by adslot:here desktop-only, but that placement does not apply: ");
    }

    @Test
    @DisplayName("adslot:here with an unknown placement name is a warning naming the placements, not silently ignored")
    void unknownNamedPin() {
        ScannedArticle article = Articles.article().p(50).here("newsleter").p(50).build();
        RuleSet rules = ruleSet(placement("inline").build(), placement("newsletter").build()).build();

        Plan plan = Planner.plan(article, rules, ContextValues.empty());

        assertThat(plan.slots()).isEmpty();
        assertThat(reason(plan, "inline", 1)).isEqualTo(
                "warning: adslot:here names placement \"newsleter\", which these rules do not have (placements: inline, newsletter)");
    }

    @Test
    @DisplayName("a marker that only starts with here (adslot:hereafter) is not a pin")
    void notAPin() {
        ScannedArticle article = Articles.article().p(50).here("x").p(50).build();
        ScannedArticle lookalike = new ScannedArticle(article.source(), article.blocks(),
                List.of(new Marker("hereafter", 0, 0, 1, true)));
        RuleSet rules = ruleSet(placement("inline").build()).build();

        assertThat(Planner.plan(lookalike, rules, ContextValues.empty()).verdicts()).isEmpty();
    }

    @Test
    @DisplayName("later slots keep their spacing from pinned slots")
    void spacingFromPins() {
        ScannedArticle article = Articles.article().p(50).p(50).here().p(50).p(50).p(50).p(50).build();
        RuleSet rules = ruleSet(placement("inline").withCandidates(every(1, 1)).withBetween(words(100)).build()).build();
        Plan plan = Planner.plan(article, rules, ContextValues.empty());

        assertThat(boundaries(plan)).containsExactly(2, 4, 6);
        assertThat(reason(plan, "inline", 1)).isEqualTo("too close to slot inline-1: 50 words < 100");
    }

    @Test
    @DisplayName("no slot inside or directly around a no-slot zone")
    void noSlotZone() {
        ScannedArticle article = Articles.article().p(50).p(50).inZone().p(50).inZone().p(50).p(50).build();
        Plan plan = Planner.plan(article, EVERY_PARAGRAPH, ContextValues.empty());

        assertThat(boundaries(plan)).containsExactly(4, 5);
        assertThat(reason(plan, "inline", 1)).isEqualTo("next to a no-slot zone");
        assertThat(reason(plan, "inline", 2)).isEqualTo("inside a no-slot zone");
        assertThat(reason(plan, "inline", 3)).isEqualTo("next to a no-slot zone");
    }

    @Test
    @DisplayName("a pin inside a no-slot zone is not used")
    void pinInZone() {
        ScannedArticle article = Articles.article().p(50).p(50).inZone().here().p(50).inZone().p(50).build();
        Plan plan = Planner.plan(article, ruleSet(placement("inline").build()).build(), ContextValues.empty());

        assertThat(plan.slots()).isEmpty();
        assertThat(reason(plan, "inline", 2)).isEqualTo("inside a no-slot zone");
    }
}
