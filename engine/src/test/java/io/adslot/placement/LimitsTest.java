package io.adslot.placement;

import static io.adslot.placement.Plans.boundaries;
import static io.adslot.placement.Plans.reason;
import static io.adslot.placement.Rules.context;
import static io.adslot.placement.Rules.every;
import static io.adslot.placement.Rules.placement;
import static io.adslot.placement.Rules.ruleSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.rules.ContextValues;
import io.adslot.rules.RuleSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Limits cap the slots of a placement and of a page")
class LimitsTest {

    private static Rules.PlacementBuilder everyParagraph(String id) {
        return placement(id).withCandidates(every(1, 1));
    }

    @Test
    @DisplayName("a placement places at most its maximum of slots")
    void maxSlotsPerPlacement() {
        Plan plan = Planner.plan(Articles.paragraphs(6, 50), ruleSet(everyParagraph("inline").withMaxSlots(2).build()).build(),
                ContextValues.empty());

        assertThat(boundaries(plan)).containsExactly(1, 2);
        assertThat(reason(plan, "inline", 3)).isEqualTo("limit of 2 inline slots reached");
    }

    @Test
    @DisplayName("all placements together place at most the page's maximum")
    void maxSlotsPerPage() {
        RuleSet rules = ruleSet(everyParagraph("first").withMaxSlots(2).build(), everyParagraph("second").build())
                .withMaxSlotsPerPage(3).build();
        Plan plan = Planner.plan(Articles.paragraphs(6, 50), rules, ContextValues.empty());

        assertThat(boundaries(plan)).containsExactly(1, 2, 3);
        assertThat(reason(plan, "second", 4)).isEqualTo("limit of 3 slots per page reached");
    }

    @Test
    @DisplayName("a page context lowers the page maximum when the rules allow the override")
    void overrideLowersTheCap() {
        RuleSet rules = ruleSet(everyParagraph("inline").build()).withMaxSlotsPerPage(3).withOverridable("max_slots").build();

        assertThat(Planner.plan(Articles.paragraphs(6, 50), rules, context("max_slots", "1")).slots()).hasSize(1);
    }

    @Test
    @DisplayName("a page context never raises the page maximum")
    void overrideNeverRaises() {
        RuleSet rules = ruleSet(everyParagraph("inline").build()).withMaxSlotsPerPage(3).withOverridable("max_slots").build();

        assertThat(Planner.plan(Articles.paragraphs(6, 50), rules, context("max_slots", "50")).slots()).hasSize(3);
    }

    @Test
    @DisplayName("a page context is ignored when the rules do not list the override")
    void overrideNotAllowed() {
        RuleSet rules = ruleSet(everyParagraph("inline").build()).withMaxSlotsPerPage(3).build();

        assertThat(Planner.plan(Articles.paragraphs(6, 50), rules, context("max_slots", "1")).slots()).hasSize(3);
    }

    @Test
    @DisplayName("a page context may lower each placement's maximum")
    void perPlacementOverride() {
        RuleSet rules = ruleSet(everyParagraph("first").build(), everyParagraph("second").build())
                .withOverridable("max_slots_per_placement").build();
        Plan plan = Planner.plan(Articles.paragraphs(6, 50), rules, context("max_slots_per_placement", "1"));

        assertThat(plan.slots()).extracting(SlotDecision::placementId).containsExactly("first", "second");
    }

    @Test
    @DisplayName("a placement does nothing in an article with fewer words than its minimum")
    void minimumWords() {
        Plan plan = Planner.plan(Articles.paragraphs(5, 50), ruleSet(everyParagraph("inline").withMinArticle(300, 0).build()).build(),
                ContextValues.empty());

        assertThat(plan.slots()).isEmpty();
        assertThat(reason(plan, "inline", 1)).isEqualTo("article too short for this placement: 250 words < 300");
    }

    @Test
    @DisplayName("a placement does nothing in an article with fewer paragraphs than its minimum")
    void minimumParagraphs() {
        Plan plan = Planner.plan(Articles.paragraphs(5, 50), ruleSet(everyParagraph("inline").withMinArticle(0, 6).build()).build(),
                ContextValues.empty());

        assertThat(plan.slots()).isEmpty();
        assertThat(reason(plan, "inline", 5)).isEqualTo("article too short for this placement: 5 paragraphs < 6");
    }

    @Test
    @DisplayName("slots never take more of the page than the density budget")
    void densityBudget() {
        // Ten paragraphs of 198 px make a 1980 px page; 250 px slots: 11%, 20%, 27.5%, then 33.6%.
        RuleSet rules = ruleSet(everyParagraph("inline").withReserve("mobile", 250).build()).withMaxDensity(0.30).build();
        Plan plan = Planner.plan(Articles.paragraphs(10, 50), rules, ContextValues.empty());

        assertThat(boundaries(plan)).containsExactly(1, 2, 3);
        assertThat(plan.estimatedPageHeight()).isEqualTo(1980);
        assertThat(plan.estimatedSlotHeight()).isEqualTo(750);
        assertThat(plan.density()).isLessThanOrEqualTo(0.30);
        assertThat(reason(plan, "inline", 4)).isEqualTo("density 34% > 30%");
    }

    @Test
    @DisplayName("a page context may lower the density budget when the rules allow it")
    void densityOverride() {
        RuleSet rules = ruleSet(everyParagraph("inline").withReserve("mobile", 250).build()).withMaxDensity(0.30)
                .withOverridable("max_density").build();
        Plan plan = Planner.plan(Articles.paragraphs(10, 50), rules, context("max_density", "15"));

        assertThat(boundaries(plan)).containsExactly(1);
    }
}
