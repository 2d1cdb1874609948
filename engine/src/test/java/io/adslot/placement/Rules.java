package io.adslot.placement;

import io.adslot.article.BlockKind;
import io.adslot.article.ScanOptions;
import io.adslot.rules.Avoidance;
import io.adslot.rules.BlockedPolicy;
import io.adslot.rules.CacheSettings;
import io.adslot.rules.CandidateRule;
import io.adslot.rules.Condition;
import io.adslot.rules.ContextKeyType;
import io.adslot.rules.ContextValues;
import io.adslot.rules.Distance;
import io.adslot.rules.LayoutModel;
import io.adslot.rules.MinimumArticle;
import io.adslot.rules.ParagraphDefinition;
import io.adslot.rules.Placement;
import io.adslot.rules.RuleSet;
import io.adslot.rules.SlotSpec;
import io.adslot.rules.Spacing;
import io.adslot.rules.Variants;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds rule-model values for planner tests, with defaults that impose nothing: a placement
 * counts {@code p} blocks as paragraphs, has no spacing, avoids nothing, may place 100 slots and
 * renders without sizes; the rule set allows 100 slots per page and its mobile layout has no
 * density budget (density tests set one). Tweaks go through {@code with...} methods.
 */
final class Rules {

    private Rules() {
    }

    /** A 360 px phone layout without density budget. */
    static LayoutModel mobileLayout(double maxDensity) {
        return new LayoutModel("mobile", 360, 40, 26, 16, 40, 240, maxDensity);
    }

    static Distance words(int words) {
        return new Distance(words, 0, 0);
    }

    static CandidateRule afterParagraphs(Integer... paragraphs) {
        return new CandidateRule.AfterParagraphs(Arrays.asList(paragraphs), false);
    }

    static CandidateRule afterParagraphsFromBottom(Integer... paragraphs) {
        return new CandidateRule.AfterParagraphs(Arrays.asList(paragraphs), true);
    }

    static CandidateRule every(int first, int every) {
        return new CandidateRule.EveryParagraphs(first, every);
    }

    static ContextValues context(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return ContextValues.ofSingle(map);
    }

    static PlacementBuilder placement(String id) {
        return new PlacementBuilder(id);
    }

    static RuleSetBuilder ruleSet(Placement... placements) {
        return new RuleSetBuilder(List.of(placements));
    }

    /** A placement with harmless defaults. */
    static final class PlacementBuilder {
        private final String id;
        private String kind = "ad";
        private int priority;
        private Condition when = new Condition.Always();
        private ParagraphDefinition paragraphs = new ParagraphDefinition(Set.of("p"), 0);
        private MinimumArticle minArticle = new MinimumArticle(0, 0);
        private final List<CandidateRule> candidates = new ArrayList<>();
        private Distance beforeFirst = Distance.NONE;
        private Distance between = Distance.NONE;
        private Distance afterLast = Distance.NONE;
        private double growFactor = 1.0;
        private int growStep;
        private int mediaWords;
        private Set<BlockKind> avoidBefore = Set.of();
        private Set<BlockKind> avoidAfter = Set.of();
        private boolean nextToSlots;
        private BlockedPolicy whenBlocked = BlockedPolicy.skip();
        private boolean fallbackAtEnd;
        private int maxSlots = 100;
        private Distance otherSlotGap = Distance.NONE;
        private String template = "scroll-to-continue";
        private String adUnit = "/1234/inarticle";
        private final Map<String, List<SlotSpec.Size>> sizes = new HashMap<>();
        private final Map<String, SlotSpec.Reserve> reserve = new HashMap<>();
        private Variants<Placement> variants;

        private PlacementBuilder(String id) {
            this.id = id;
        }

        PlacementBuilder withKind(String value) { kind = value; return this; }
        PlacementBuilder withPriority(int value) { priority = value; return this; }
        PlacementBuilder withWhen(Condition value) { when = value; return this; }
        PlacementBuilder withParagraphs(ParagraphDefinition value) { paragraphs = value; return this; }
        PlacementBuilder withMinArticle(int words, int paragraphCount) { minArticle = new MinimumArticle(words, paragraphCount); return this; }
        PlacementBuilder withCandidates(CandidateRule... rules) { candidates.addAll(List.of(rules)); return this; }
        PlacementBuilder withBeforeFirst(Distance value) { beforeFirst = value; return this; }
        PlacementBuilder withBetween(Distance value) { between = value; return this; }
        PlacementBuilder withAfterLast(Distance value) { afterLast = value; return this; }
        PlacementBuilder withGrowth(double factor, int step) { growFactor = factor; growStep = step; return this; }
        PlacementBuilder withMediaWords(int value) { mediaWords = value; return this; }
        PlacementBuilder withAvoidBefore(BlockKind... kinds) { avoidBefore = Set.of(kinds); return this; }
        PlacementBuilder withAvoidAfter(BlockKind... kinds) { avoidAfter = Set.of(kinds); return this; }
        PlacementBuilder withNextToSlotsAvoided() { nextToSlots = true; return this; }
        PlacementBuilder withNearest(int within) { whenBlocked = new BlockedPolicy(BlockedPolicy.Mode.NEAREST, within); return this; }
        PlacementBuilder withFallbackAtEnd() { fallbackAtEnd = true; return this; }
        PlacementBuilder withMaxSlots(int value) { maxSlots = value; return this; }
        PlacementBuilder withOtherSlotGap(Distance value) { otherSlotGap = value; return this; }
        PlacementBuilder withTemplate(String value) { template = value; return this; }
        PlacementBuilder withAdUnit(String value) { adUnit = value; return this; }
        PlacementBuilder withSizes(String device, SlotSpec.Size... values) { sizes.put(device, List.of(values)); return this; }
        PlacementBuilder withReserve(String device, int height) { reserve.put(device, new SlotSpec.Reserve(height, false)); return this; }
        PlacementBuilder withVariants(Variants<Placement> value) { variants = value; return this; }

        Placement build() {
            return new Placement(id, kind, priority, when, paragraphs, minArticle, candidates,
                    new Spacing(beforeFirst, between, afterLast, growFactor, growStep, mediaWords),
                    new Avoidance(avoidBefore, avoidAfter, nextToSlots), whenBlocked, fallbackAtEnd, maxSlots,
                    otherSlotGap,
                    new SlotSpec(template, adUnit, sizes, reserve, SlotSpec.Unfilled.COLLAPSE, "Advertisement", true,
                            Map.of("kind", kind)),
                    variants);
        }
    }

    /** A rule set over given placements (assumed in priority order, as the loader gives them). */
    static final class RuleSetBuilder {
        private final List<Placement> placements;
        private final Map<String, LayoutModel> layouts = new HashMap<>(Map.of("mobile", mobileLayout(1.0)));
        private int maxSlotsPerPage = 100;
        private Set<String> overridable = Set.of();
        private Variants<List<Placement>> variants;

        private RuleSetBuilder(List<Placement> placements) {
            this.placements = placements;
        }

        RuleSetBuilder withLayout(LayoutModel layout) { layouts.put(layout.device(), layout); return this; }
        RuleSetBuilder withMaxDensity(double maxDensity) { layouts.put("mobile", mobileLayout(maxDensity)); return this; }
        RuleSetBuilder withMaxSlotsPerPage(int value) { maxSlotsPerPage = value; return this; }
        RuleSetBuilder withOverridable(String... keys) { overridable = Set.of(keys); return this; }
        RuleSetBuilder withVariants(Variants<List<Placement>> value) { variants = value; return this; }

        RuleSet build() {
            return new RuleSet("test", "test", ScanOptions.defaults(), layouts, placements, variants, maxSlotsPerPage,
                    Map.of("device", ContextKeyType.STRING), overridable, CacheSettings.defaults());
        }
    }
}
