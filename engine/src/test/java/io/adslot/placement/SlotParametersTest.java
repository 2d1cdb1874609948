package io.adslot.placement;

import static io.adslot.placement.Plans.reason;
import static io.adslot.placement.Rules.afterParagraphs;
import static io.adslot.placement.Rules.context;
import static io.adslot.placement.Rules.placement;
import static io.adslot.placement.Rules.ruleSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.rules.CandidateRule;
import io.adslot.rules.ContextValues;
import io.adslot.rules.RuleSet;
import io.adslot.rules.SlotSpec.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Each slot carries what to render for the page")
class SlotParametersTest {

    private static SlotDecision onlySlot(RuleSet rules, ContextValues context) {
        Plan plan = Planner.plan(Articles.paragraphs(3, 50), rules, context);
        assertThat(plan.slots()).hasSize(1);
        return plan.slots().get(0);
    }

    private static RuleSet adUnit(String pattern) {
        return ruleSet(placement("inline").withCandidates(afterParagraphs(1)).withAdUnit(pattern).build()).build();
    }

    @Test
    @DisplayName("ad unit references are filled from the page context")
    void adUnitFromContext() {
        assertThat(onlySlot(adUnit("/1234/{section}/inarticle"), context("section", "News")).adUnit())
                .isEqualTo("/1234/news/inarticle");
    }

    @Test
    @DisplayName("a reference the page does not supply drops its segment")
    void adUnitMissingValue() {
        assertThat(onlySlot(adUnit("/1234/{section}/inarticle"), ContextValues.empty()).adUnit()).isEqualTo("/1234/inarticle");
        assertThat(onlySlot(adUnit("/1234/{section}"), ContextValues.empty()).adUnit()).isEqualTo("/1234");
    }

    @Test
    @DisplayName("a context value outside a-z 0-9 _ - . in the ad unit path drops the placement's slot, saying why")
    void adUnitUnsafeValue() {
        for (String hostile : new String[] {"news/../../evil?x=1#", "..", "a b", "caf\u00e9", "x%2f"}) {
            Plan plan = Planner.plan(Articles.paragraphs(3, 50), adUnit("/1234/{section}/inarticle"),
                    context("section", hostile));

            assertThat(plan.slots()).as(hostile).isEmpty();
            assertThat(plan.verdicts()).as(hostile).isNotEmpty().allSatisfy(v -> assertThat(v.reason())
                    .startsWith("ad unit path /1234/{section}/inarticle: context value section=\""));
        }
        assertThat(onlySlot(adUnit("/1234/{section}"), context("section", "uk-news_2.0")).adUnit())
                .isEqualTo("/1234/uk-news_2.0");
    }

    @Test
    @DisplayName("the device is mobile when the page does not say")
    void defaultDevice() {
        Plan plan = Planner.plan(Articles.paragraphs(3, 50), adUnit("/1"), ContextValues.empty());

        assertThat(plan.device()).isEqualTo("mobile");
    }

    @Test
    @DisplayName("a slot gets the sizes and reserve of the page's device")
    void sizesPerDevice() {
        RuleSet rules = ruleSet(placement("inline").withCandidates(afterParagraphs(1))
                .withSizes("mobile", new Size(300, 250)).withSizes("desktop", new Size(728, 90))
                .withReserve("desktop", 100).build()).build();

        SlotDecision desktop = onlySlot(rules, context("device", "desktop"));
        assertThat(desktop.sizes()).containsExactly(new Size(728, 90));
        assertThat(desktop.reserve().height()).isEqualTo(100);
        assertThat(onlySlot(rules, ContextValues.empty()).sizes()).containsExactly(new Size(300, 250));
    }

    @Test
    @DisplayName("sizes taller than the rest of the article are dropped from the slot")
    void sizesThatDoNotFitAreDropped() {
        // One 198 px paragraph is left below boundary 2.
        RuleSet rules = ruleSet(placement("inline").withCandidates(afterParagraphs(2))
                .withSizes("mobile", new Size(300, 250), new Size(320, 50)).build()).build();

        assertThat(onlySlot(rules, ContextValues.empty()).sizes()).containsExactly(new Size(320, 50));
    }

    @Test
    @DisplayName("a slot none of whose sizes fits is not placed")
    void noSizeFits() {
        RuleSet rules = ruleSet(placement("inline").withCandidates(afterParagraphs(2))
                .withSizes("mobile", new Size(300, 250), new Size(300, 600)).build()).build();
        Plan plan = Planner.plan(Articles.paragraphs(3, 50), rules, ContextValues.empty());

        assertThat(plan.slots()).isEmpty();
        assertThat(reason(plan, "inline", 2)).isEqualTo("no size fits the 198 px left below: the smallest is 300x250");
    }

    @Test
    @DisplayName("a slot at the very end keeps all its sizes")
    void endKeepsSizes() {
        RuleSet rules = ruleSet(placement("end").withCandidates(new CandidateRule.EndOfArticle())
                .withSizes("mobile", new Size(300, 600)).build()).build();

        assertThat(onlySlot(rules, ContextValues.empty()).sizes()).containsExactly(new Size(300, 600));
    }

    @Test
    @DisplayName("slot height is the reserve, else the tallest size kept, else 250 px")
    void slotHeight() {
        RuleSet reserved = ruleSet(placement("a").withCandidates(afterParagraphs(1)).withReserve("mobile", 120)
                .withSizes("mobile", new Size(300, 250)).build()).build();
        RuleSet sized = ruleSet(placement("a").withCandidates(afterParagraphs(1))
                .withSizes("mobile", new Size(300, 250), new Size(320, 100)).build()).build();
        RuleSet bare = ruleSet(placement("a").withCandidates(afterParagraphs(1)).build()).build();

        assertThat(Planner.plan(Articles.paragraphs(3, 50), reserved, ContextValues.empty()).estimatedSlotHeight()).isEqualTo(120);
        assertThat(Planner.plan(Articles.paragraphs(3, 50), sized, ContextValues.empty()).estimatedSlotHeight()).isEqualTo(250);
        assertThat(Planner.plan(Articles.paragraphs(3, 50), bare, ContextValues.empty()).estimatedSlotHeight()).isEqualTo(250);
    }

    @Test
    @DisplayName("template, label, lazy flag and data come from the placement")
    void renderedParameters() {
        SlotDecision slot = onlySlot(adUnit("/1"), ContextValues.empty());

        assertThat(slot.template()).isEqualTo("scroll-to-continue");
        assertThat(slot.label()).isEqualTo("Advertisement");
        assertThat(slot.lazy()).isTrue();
        assertThat(slot.data()).containsEntry("kind", "ad");
    }
}
