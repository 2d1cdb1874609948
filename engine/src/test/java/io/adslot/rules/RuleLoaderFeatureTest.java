package io.adslot.rules;

import static io.adslot.rules.RuleFixtures.loadClean;
import static io.adslot.rules.RuleFixtures.placement;
import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.article.AtomicSelector;
import io.adslot.article.BlockKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each feature of the rule format, loaded from a small fixture file, becomes exactly the expected model. */
class RuleLoaderFeatureTest {

    @Test
    @DisplayName("candidates: after paragraphs from top and bottom, percentages, every, headings, media, end")
    void candidates() {
        RuleSet rules = loadClean("features/candidates.yaml");
        assertThat(placement(rules, "top").candidates()).containsExactly(
                new CandidateRule.AfterParagraphs(List.of(2, 5), false),
                new CandidateRule.AtPercent(List.of(33, 66)),
                new CandidateRule.EveryParagraphs(2, 4),
                new CandidateRule.BeforeHeadings(List.of(2, 3)),
                new CandidateRule.AfterHeadings(List.of()),
                new CandidateRule.AfterMedia(),
                new CandidateRule.EndOfArticle());
        assertThat(placement(rules, "bottom").candidates())
                .containsExactly(new CandidateRule.AfterParagraphs(List.of(1, 3), true));
        assertThat(placement(rules, "shorthand").candidates()).containsExactly(
                new CandidateRule.EveryParagraphs(3, 3), new CandidateRule.BeforeHeadings(List.of(2)));
    }

    @Test
    @DisplayName("spacing: words, blocks and pixels; a bare number means words; growth by factor or step")
    void spacing() {
        RuleSet rules = loadClean("features/spacing.yaml");
        assertThat(placement(rules, "factor").spacing()).isEqualTo(new Spacing(
                new Distance(80, 2, 300), new Distance(150, 0, 0), new Distance(60, 0, 0), 1.5, 0, 70));
        assertThat(placement(rules, "step").spacing()).isEqualTo(new Spacing(
                Distance.NONE, new Distance(0, 3, 0), Distance.NONE, 1.0, 50, 0));
    }

    @Test
    @DisplayName("avoid: block kinds before and after, slots next to slots; when_blocked; fallback at end")
    void avoid() {
        RuleSet rules = loadClean("features/avoid.yaml");
        Placement inline = placement(rules, "inline");
        assertThat(inline.avoid()).isEqualTo(new Avoidance(
                Set.of(BlockKind.HEADING, BlockKind.FIGURE, BlockKind.LIST, BlockKind.TABLE, BlockKind.BLOCKQUOTE,
                        BlockKind.EMBED, BlockKind.PRE),
                Set.of(BlockKind.FIGURE, BlockKind.HR), false));
        assertThat(inline.whenBlocked()).isEqualTo(new BlockedPolicy(BlockedPolicy.Mode.NEAREST, 3));
        assertThat(inline.fallbackAtEnd()).isTrue();
        Placement skipper = placement(rules, "skipper");
        assertThat(skipper.whenBlocked()).isEqualTo(BlockedPolicy.skip());
        assertThat(skipper.avoid()).isEqualTo(new Avoidance(Set.of(), Set.of(), true));
        assertThat(skipper.fallbackAtEnd()).isFalse();
    }

    @Test
    @DisplayName("paragraphs: text runs alone, or divs that atomic makes blocks, load without a warning")
    void paragraphsOfDivs() {
        RuleSet rules = loadClean("features/paragraph-divs.yaml");
        assertThat(placement(rules, "lines").paragraphs()).isEqualTo(new ParagraphDefinition(Set.of(), true, 0));
        assertThat(placement(rules, "para-divs").paragraphs()).isEqualTo(new ParagraphDefinition(Set.of("div"), false, 5));
    }

    @Test
    @DisplayName("limits: per page, per placement (defaulting to the page cap), minimum article, paragraphs, gap to others, overridable")
    void limits() {
        RuleSet rules = loadClean("features/limits.yaml");
        assertThat(rules.maxSlotsPerPage()).isEqualTo(6);
        assertThat(rules.overridable()).containsExactlyInAnyOrder("max_slots", "max_slots_per_placement", "max_density");
        assertThat(rules.contextKeys()).containsEntry("max_slots", ContextKeyType.NUMBER);
        Placement inline = placement(rules, "inline");
        assertThat(inline.maxSlots()).isEqualTo(4);
        assertThat(inline.minArticle()).isEqualTo(new MinimumArticle(300, 5));
        assertThat(inline.paragraphs()).isEqualTo(new ParagraphDefinition(Set.of("p", "li"), true, 12));
        assertThat(inline.otherSlotGap()).isEqualTo(new Distance(100, 1, 0));
        Placement unlimited = placement(rules, "unlimited");
        assertThat(unlimited.maxSlots()).isEqualTo(6);
        assertThat(unlimited.minArticle()).isEqualTo(new MinimumArticle(0, 0));
        assertThat(unlimited.paragraphs()).isEqualTo(new ParagraphDefinition(Set.of("p"), 0));
        assertThat(unlimited.otherSlotGap()).isEqualTo(Distance.NONE);
    }

    @Test
    @DisplayName("when: all/any/not over standard and declared custom keys, list and number matchers")
    void conditions() {
        RuleSet rules = loadClean("features/conditions.yaml");
        Condition when = placement(rules, "inline").when();
        assertThat(when).isEqualTo(new Condition.All(List.of(
                new Condition.AnyOf("device", Set.of("mobile", "tablet")),
                new Condition.Not(new Condition.AnyOf("subscriber", Set.of("true"))),
                new Condition.All(List.of(new Condition.AnyOf("tags", Set.of("news", "politics")),
                        new Condition.NoneOf("tags", Set.of("sponsored")))),
                new Condition.Any(List.of(new Condition.AnyOf("section", Set.of("news")),
                        new Condition.AnyOf("page_type", Set.of("article")))),
                new Condition.All(List.of(new Condition.AnyOf("locale", Set.of("en-gb")),
                        new Condition.AnyOf("country", Set.of("gb", "ie")),
                        new Condition.AnyOf("amp", Set.of("false")))),
                new Condition.Range("bucket", 0.0, 49.0),
                new Condition.All(List.of(new Condition.AnyOf("paywall", Set.of("false")),
                        new Condition.AnyOf("brand", Set.of("acme")),
                        new Condition.AnyOf("topics", Set.of("climate")))))));
        assertThat(rules.contextKeys()).containsEntry("bucket", ContextKeyType.NUMBER)
                .containsEntry("paywall", ContextKeyType.BOOLEAN).containsEntry("topics", ContextKeyType.LIST)
                .containsEntry("device", ContextKeyType.STRING);

        ContextValues page = ContextValues.of(Map.of("device", List.of("Mobile"), "tags", List.of("news"),
                "section", List.of("news"), "locale", List.of("en-GB"), "country", List.of("GB"),
                "amp", List.of("false"), "bucket", List.of("12"), "paywall", List.of("false"),
                "brand", List.of("acme"), "topics", List.of("climate", "energy")));
        assertThat(when.matches(page)).isTrue();
        assertThat(when.matches(ContextValues.of(Map.of("device", List.of("desktop"))))).isFalse();
    }

    @Test
    @DisplayName("slot: template, ad unit with context references, sizes, reserve, unfilled, label, lazy, data")
    void slot() {
        RuleSet rules = loadClean("features/slot.yaml");
        SlotSpec slot = placement(rules, "inline").slot();
        assertThat(slot).isEqualTo(new SlotSpec("native", "/1234/{brand}/{section}/inarticle",
                Map.of("mobile", List.of(new SlotSpec.Size(300, 250), new SlotSpec.Size(320, 100)),
                        "desktop", List.of(new SlotSpec.Size(728, 90))),
                Map.of("mobile", new SlotSpec.Reserve(280, false), "desktop", new SlotSpec.Reserve(90, true)),
                SlotSpec.Unfilled.KEEP, "Advertisement · Scroll to continue", false,
                Map.of("position", "inline", "slot-index", "1")));
        assertThat(rules.contextKeysRead()).contains("brand", "section");
        Placement bare = placement(rules, "bare");
        assertThat(bare.kind()).isEqualTo("newsletter");
        assertThat(bare.slot()).isEqualTo(new SlotSpec("scroll-to-continue", "", Map.of(), Map.of(),
                SlotSpec.Unfilled.COLLAPSE, "Advertisement", true, Map.of()));
    }

    @Test
    @DisplayName("slot serving: sizes per viewport width range with their reserve, targeting keys, lazy margin, refresh")
    void slotServing() {
        RuleSet rules = loadClean("features/serving.yaml");
        SlotSpec.Serving serving = placement(rules, "inline").slot().serving();
        assertThat(serving).isEqualTo(new SlotSpec.Serving(List.of(
                new SlotSpec.ViewportSizes(0, List.of(new SlotSpec.Size(300, 250), new SlotSpec.Size(320, 100)), 250),
                new SlotSpec.ViewportSizes(768, List.of(new SlotSpec.Size(728, 90)), 100),
                new SlotSpec.ViewportSizes(1200, List.of(), 0)),
                List.of("section", "tags"), 400, 60));
        assertThat(rules.contextKeysRead()).as("targeting keys are read, so they key the decision cache").contains("section", "tags");
        assertThat(placement(rules, "plain").slot().serving()).isEqualTo(SlotSpec.Serving.NONE);
    }

    @Test
    @DisplayName("layout per device over built-in defaults; atomic selectors; cache settings")
    void layoutAtomicAndCache() {
        RuleSet rules = loadClean("features/layout.yaml");
        assertThat(rules.layouts().get("mobile")).isEqualTo(new LayoutModel("mobile", 375, 42, 24, 12, 36, 200, 0.25));
        assertThat(rules.layouts().get("desktop")).isEqualTo(new LayoutModel("desktop", 700, 85, 30, 24, 48, 420, 0.2));
        assertThat(rules.layouts().get("tablet").maxDensity()).isEqualTo(0.30);
        assertThat(rules.scan().atomic()).containsExactly(
                new AtomicSelector("aside", null, null, null, null),
                new AtomicSelector(null, "related", null, null, null),
                new AtomicSelector(null, null, "comments", null, null),
                new AtomicSelector(null, null, null, "data-embed", null),
                new AtomicSelector(null, null, null, "data-adslot", "off"),
                new AtomicSelector("div", "promo", null, null, null));
        assertThat(rules.cache()).isEqualTo(new CacheSettings(false, 512L * 1024, Duration.ofSeconds(30)));
    }

    @Test
    @DisplayName("defaults apply to every placement; a placement's own values win, mappings merge key by key")
    void defaults() {
        RuleSet rules = loadClean("features/defaults.yaml");
        Placement plain = placement(rules, "plain");
        assertThat(plain.kind()).isEqualTo("promo");
        assertThat(plain.priority()).isEqualTo(7);
        assertThat(plain.paragraphs()).isEqualTo(new ParagraphDefinition(Set.of("p"), 8));
        assertThat(plain.spacing().between()).isEqualTo(new Distance(100, 0, 0));
        assertThat(plain.spacing().mediaWords()).isEqualTo(70);
        assertThat(plain.maxSlots()).isEqualTo(2);
        assertThat(plain.slot().template()).isEqualTo("native");
        assertThat(plain.slot().data()).isEqualTo(Map.of("source", "defaults"));
        Placement overriding = placement(rules, "overriding");
        assertThat(overriding.priority()).isEqualTo(50);
        assertThat(overriding.spacing().between()).isEqualTo(new Distance(100, 2, 0));
        assertThat(overriding.avoid().before()).containsExactly(BlockKind.TABLE);
        assertThat(overriding.slot().label()).isEqualTo("Promo");
        assertThat(overriding.slot().data()).isEqualTo(Map.of("source", "defaults", "position", "two"));
    }

    @Test
    @DisplayName("placements come in priority order, highest first, stable by file order; enabled: false drops one")
    void priorities() {
        RuleSet rules = loadClean("features/priorities.yaml");
        assertThat(rules.placements()).extracting(Placement::id).containsExactly("high-a", "high-b", "on", "low", "none");
    }

    @Test
    @DisplayName("a placement's variants are complete placements: the variant's fields over the placement's")
    void placementVariants() {
        RuleSet rules = loadClean("variants/placement-variants.yaml");
        Placement inline = placement(rules, "inline");
        Variants<Placement> variants = inline.variants();
        assertThat(variants.key()).isEqualTo("bucket");
        assertThat(variants.options()).extracting(Variants.Option::name, Variants.Option::weight)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("control", 3), org.assertj.core.groups.Tuple.tuple("dense", 1));
        Placement control = variants.options().get(0).value();
        Placement dense = variants.options().get(1).value();
        assertThat(control.maxSlots()).isEqualTo(2);
        assertThat(control.variants()).isNull();
        assertThat(dense.id()).isEqualTo("inline");
        assertThat(dense.maxSlots()).isEqualTo(4);
        assertThat(dense.spacing().between().words()).isEqualTo(90);
        assertThat(dense.candidates()).containsExactly(new CandidateRule.EveryParagraphs(2, 2));
        assertThat(rules.contextKeysRead()).contains("bucket");
    }

    @Test
    @DisplayName("rule-set variants: each option's placements merge by id over the file's placements")
    void ruleSetVariants() {
        RuleSet rules = loadClean("variants/ruleset-variants.yaml");
        assertThat(rules.variants().key()).isEqualTo("article_id");
        List<Placement> control = rules.variants().options().get(0).value();
        List<Placement> withNewsletter = rules.variants().options().get(1).value();
        assertThat(control).extracting(Placement::id, Placement::maxSlots)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("inline", 3));
        assertThat(withNewsletter).extracting(Placement::id, Placement::maxSlots)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("inline", 1), org.assertj.core.groups.Tuple.tuple("newsletter", 4));
        assertThat(withNewsletter.get(1).kind()).isEqualTo("newsletter");
    }

    @Test
    @DisplayName("extends: placements override by id and merge, defaults merge, enabled: false removes, new ones are added")
    void extendsBase() {
        RuleSet rules = loadClean("extends/site.yaml");
        assertThat(rules.maxSlotsPerPage()).isEqualTo(5);
        assertThat(rules.placements()).extracting(Placement::id).containsExactly("inline", "extra");
        Placement inline = placement(rules, "inline");
        assertThat(inline.candidates()).containsExactly(new CandidateRule.AfterParagraphs(List.of(3), false));
        assertThat(inline.maxSlots()).isEqualTo(3);
        assertThat(inline.paragraphs()).isEqualTo(new ParagraphDefinition(Set.of("p"), 10));
        assertThat(inline.slot().adUnit()).isEqualTo("/1/{section}");
        assertThat(inline.slot().data()).isEqualTo(Map.of("position", "inline", "site", "demo"));
        assertThat(rules.source()).isEqualTo(RuleFixtures.path("extends/site.yaml").toString());
    }

    @Test
    @DisplayName("bundled rule files load from the classpath, with extends resolved beside them")
    void classpathResources() {
        RuleLoadResult result = RuleLoader.loadResource("adslot/rules/mobile-news.yaml", RuleFixtures.TEMPLATES);
        assertThat(result.problems()).isEmpty();
        assertThat(result.ruleSet().source()).isEqualTo("classpath:adslot/rules/mobile-news.yaml");
        assertThat(result.ruleSet().placements()).extracting(Placement::id).contains("inline", "newsletter");
        assertThat(RuleLoader.loadResource("adslot/rules/none.yaml", RuleFixtures.TEMPLATES).problems())
                .extracting(RuleProblem::format)
                .containsExactly("classpath:adslot/rules/none.yaml:0:0: cannot read rule file: no such classpath resource");
    }
}
