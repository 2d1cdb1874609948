package io.adslot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.article.BlockKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule file shipped in {@code rules/} loads without errors or warnings, and says what its comment says. */
class ShippedRuleSetsTest {

    static final Set<String> SHIPPED_TEMPLATES = Set.copyOf(KnownTemplates.BUNDLED_NAMES);

    static Path shipped(String name) {
        return Path.of(System.getProperty("adslot.projectRoot", ".."), "rules", name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"default.yaml", "mobile-news.yaml", "long-form.yaml", "amp.yaml", "subscriber-aware.yaml", "whole-page.yaml"})
    void loadsCleanly(String file) {
        RuleLoadResult result = RuleLoader.load(shipped(file), SHIPPED_TEMPLATES);
        assertThat(result.problems()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.ruleSet().placements()).isNotEmpty();
        assertThat(result.ruleSet().version()).hasSize(16);
    }

    @Test
    @DisplayName("default.yaml: after paragraph 2 then every 4, at most 3, never before heading, figure, list, table or blockquote")
    void defaultRules() {
        RuleSet rules = RuleLoader.load(shipped("default.yaml"), SHIPPED_TEMPLATES).ruleSet();
        Placement inline = rules.placements().get(0);
        assertThat(inline.candidates()).containsExactly(new CandidateRule.EveryParagraphs(2, 4));
        assertThat(inline.maxSlots()).isEqualTo(3);
        assertThat(rules.maxSlotsPerPage()).isEqualTo(3);
        assertThat(inline.avoid().before()).containsExactlyInAnyOrder(BlockKind.HEADING, BlockKind.FIGURE, BlockKind.LIST,
                BlockKind.TABLE, BlockKind.BLOCKQUOTE);
        assertThat(inline.slot().template()).isEqualTo("scroll-to-continue");
        assertThat(inline.when()).isEqualTo(new Condition.Always());
    }

    @Test
    @DisplayName("whole-page.yaml extends default.yaml: the content root by common CMS names, then automatic; more ad signatures, 300 px from them")
    void wholePageRules() {
        RuleSet rules = RuleLoader.load(shipped("whole-page.yaml"), SHIPPED_TEMPLATES).ruleSet();
        assertThat(rules.page().contentRoot()).extracting(io.adslot.structure.Selector::text)
                .containsExactly("[itemprop=articleBody]", "article .entry-content", ".article-body", "#story-body");
        assertThat(rules.page().automaticRoot()).isTrue();
        assertThat(rules.page().existingAds()).containsAll(io.adslot.structure.PageOptions.defaultAdSignatures())
                .extracting(io.adslot.structure.Selector::text).contains("[id^=google_ads_iframe]", ".dfp-tag-wrapper");
        assertThat(rules.page().adsByName()).as("ads named so by their class come with the word defaults").isTrue();
        Placement inline = rules.placements().get(0);
        assertThat(inline.avoid().existingAds()).isNotEqualTo(Distance.NONE);
        assertThat(inline.candidates()).containsExactly(new CandidateRule.EveryParagraphs(2, 4));
    }

    @Test
    @DisplayName("amp.yaml applies only when amp=true, with the amp template and fixed heights")
    void ampRules() {
        RuleSet rules = RuleLoader.load(shipped("amp.yaml"), SHIPPED_TEMPLATES).ruleSet();
        Placement p = rules.placements().get(0);
        assertThat(p.slot().template()).isEqualTo("amp");
        assertThat(p.when().matches(ContextValues.ofSingle(Map.of("amp", "true")))).isTrue();
        assertThat(p.when().matches(ContextValues.ofSingle(Map.of("amp", "false")))).isFalse();
        assertThat(p.when().matches(ContextValues.empty())).isFalse();
        assertThat(p.slot().reserve().values()).allMatch(SlotSpec.Reserve::fixed);
    }

    @Test
    @DisplayName("subscriber-aware.yaml: no placement applies to subscribers; non-subscribers and unknown readers get slots")
    void subscriberAwareRules() {
        RuleSet rules = RuleLoader.load(shipped("subscriber-aware.yaml"), SHIPPED_TEMPLATES).ruleSet();
        ContextValues subscriber = ContextValues.ofSingle(Map.of("subscriber", "true", "device", "mobile"));
        ContextValues reader = ContextValues.ofSingle(Map.of("subscriber", "false", "device", "mobile"));
        assertThat(rules.placements()).isNotEmpty().noneMatch(p -> p.when().matches(subscriber));
        assertThat(rules.placements()).allMatch(p -> p.when().matches(reader));
        assertThat(rules.placements()).anyMatch(p -> p.when().matches(ContextValues.empty()));
        assertThat(rules.overridable()).containsExactly("max_slots");
    }

    @Test
    @DisplayName("mobile-news.yaml extends default.yaml: denser mobile slots, a desktop placement and a newsletter")
    void mobileNewsRules() {
        RuleSet rules = RuleLoader.load(shipped("mobile-news.yaml"), SHIPPED_TEMPLATES).ruleSet();
        assertThat(rules.placements()).extracting(Placement::id).containsExactly("inline", "inline-desktop", "newsletter");
        Placement inline = rules.placements().get(0);
        assertThat(inline.candidates()).containsExactly(new CandidateRule.EveryParagraphs(2, 3));
        assertThat(inline.spacing().growFactor()).isEqualTo(1.15);
        assertThat(inline.avoid().before()).contains(BlockKind.HEADING);
        assertThat(rules.placements().get(2).kind()).isEqualTo("newsletter");
    }

    @Test
    @DisplayName("long-form.yaml: nothing below 1200 words; slots at h2 breaks with growing gaps; related reading near the end; room around pull quotes and existing ads")
    void longFormRules() {
        RuleSet rules = RuleLoader.load(shipped("long-form.yaml"), SHIPPED_TEMPLATES).ruleSet();
        Placement breaks = rules.placements().get(0);
        assertThat(breaks.minArticle()).isEqualTo(new MinimumArticle(1200, 12));
        assertThat(breaks.candidates()).contains(new CandidateRule.BeforeHeadings(List.of(2)));
        assertThat(breaks.spacing().growStep()).isEqualTo(100);
        Placement related = rules.placements().get(1);
        assertThat(related.candidates()).containsExactly(new CandidateRule.AfterParagraphs(List.of(3), true));
        assertThat(related.fallbackAtEnd()).isTrue();
        assertThat(breaks.avoid().near()).containsExactly(new Avoidance.Near(".pullquote, .pull-quote, aside", new Distance(0, 0, 300)));
        assertThat(breaks.avoid().existingAds()).isEqualTo(new Distance(0, 0, 400));
    }
}
