package io.adslot.placement;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.FixedSample;
import io.adslot.article.Block;
import io.adslot.article.BlockKind;
import io.adslot.article.ScannedArticle;
import io.adslot.rules.Avoidance;
import io.adslot.rules.BlockedPolicy;
import io.adslot.rules.CandidateRule;
import io.adslot.rules.Condition;
import io.adslot.rules.ContextValues;
import io.adslot.rules.Distance;
import io.adslot.rules.LayoutModel;
import io.adslot.rules.MinimumArticle;
import io.adslot.rules.ParagraphDefinition;
import io.adslot.rules.Placement;
import io.adslot.rules.RuleSet;
import io.adslot.rules.SlotSpec;
import io.adslot.rules.Spacing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Every plan, over generated articles, rule sets and pages, keeps every constraint. The checks
 * measure distances themselves from the blocks rather than trusting the planner's arithmetic.
 *
 * <p>Pinned slots ({@code adslot:here}) are exempt from candidate, neighbour and spacing rules, so a
 * pair of pinned slots is not checked against them; a slot placed by a rule is checked against pins.
 */
class PlannerPropertiesTest {

    private static final int TRIES = 300;

    /** One generated input. */
    record Scenario(ScannedArticle article, RuleSet rules, ContextValues context) {
    }

    private record BlockSpec(BlockKind kind, int words, boolean zone, boolean hereBefore, int mediaWidth, int mediaHeight) {
    }

    @Property(tries = TRIES, seed = FixedSample.SEED)
    void plansAreDeterministic(@ForAll("scenarios") Scenario s) {
        assertThat(Planner.plan(s.article(), s.rules(), s.context())).isEqualTo(Planner.plan(s.article(), s.rules(), s.context()));
    }

    @Property(tries = TRIES, seed = FixedSample.SEED)
    void slotsStandAtAscendingBoundariesWithTheirOffsets(@ForAll("scenarios") Scenario s) {
        Plan plan = Planner.plan(s.article(), s.rules(), s.context());
        int previous = -1;
        for (SlotDecision slot : plan.slots()) {
            assertThat(slot.boundary()).isGreaterThan(previous);
            assertThat(slot.offset()).isEqualTo(s.article().boundaryOffset(slot.boundary()));
            previous = slot.boundary();
        }
        for (CandidateVerdict verdict : plan.verdicts()) {
            assertThat(verdict.offset()).isEqualTo(s.article().boundaryOffset(verdict.boundary()));
        }
        assertThat(plan.verdicts().stream().filter(CandidateVerdict::accepted).count()).isEqualTo(plan.slots().size());
        if (s.article().slotsSwitchedOff()) {
            assertThat(plan.slots()).isEmpty();
        }
    }

    @Property(tries = TRIES, seed = FixedSample.SEED)
    void limitsHold(@ForAll("scenarios") Scenario s) {
        Plan plan = Planner.plan(s.article(), s.rules(), s.context());
        assertThat(plan.slots().size()).isLessThanOrEqualTo(s.rules().maxSlotsPerPage());
        for (Placement p : s.rules().placements()) {
            long count = plan.slots().stream().filter(d -> d.placementId().equals(p.id())).count();
            assertThat(count).as("slots of %s", p.id()).isLessThanOrEqualTo(p.maxSlots());
        }
    }

    @Property(tries = TRIES, seed = FixedSample.SEED)
    void densityBudgetHolds(@ForAll("scenarios") Scenario s) {
        Plan plan = Planner.plan(s.article(), s.rules(), s.context());
        LayoutModel layout = LayoutEstimator.choose(s.rules().layouts(), plan.device());
        assertThat(plan.density()).isLessThanOrEqualTo(layout.maxDensity() + 1e-9);
    }

    @Property(tries = TRIES, seed = FixedSample.SEED)
    void noSlotInOrNextToANoSlotZone(@ForAll("scenarios") Scenario s) {
        Plan plan = Planner.plan(s.article(), s.rules(), s.context());
        List<Block> blocks = s.article().blocks();
        for (SlotDecision slot : plan.slots()) {
            int b = slot.boundary();
            assertThat(b > 0 && blocks.get(b - 1).noSlotZone()).isFalse();
            assertThat(b < blocks.size() && blocks.get(b).noSlotZone()).isFalse();
        }
    }

    @Property(tries = TRIES, seed = FixedSample.SEED)
    void avoidedNeighboursAreNeverAdjacent(@ForAll("scenarios") Scenario s) {
        Plan plan = Planner.plan(s.article(), s.rules(), s.context());
        List<Block> blocks = s.article().blocks();
        for (SlotDecision slot : plan.slots()) {
            if (slot.pinned()) {
                continue;
            }
            Avoidance avoid = placement(s, slot).avoid();
            int b = slot.boundary();
            if (b < blocks.size()) {
                assertThat(avoid.before()).doesNotContain(blocks.get(b).kind());
            }
            if (b > 0) {
                assertThat(avoid.after()).doesNotContain(blocks.get(b - 1).kind());
            }
        }
        List<SlotDecision> slots = plan.slots();
        for (int i = 0; i + 1 < slots.size(); i++) {
            SlotDecision a = slots.get(i);
            SlotDecision b = slots.get(i + 1);
            boolean wanted = placement(s, a).avoid().nextToSlots() || placement(s, b).avoid().nextToSlots();
            if (wanted && !(a.pinned() && b.pinned())) {
                assertThat(somethingVisibleBetween(blocks, a.boundary(), b.boundary()))
                        .as("%s and %s stand together", a.slotId(), b.slotId()).isTrue();
            }
        }
    }

    @Property(tries = TRIES, seed = FixedSample.SEED)
    void spacingHolds(@ForAll("scenarios") Scenario s) {
        Plan plan = Planner.plan(s.article(), s.rules(), s.context());
        // Guard against a generator that makes the property vacuous: many plans must hold several slots.
        Statistics.label("slots").collect(plan.slots().size() >= 2 ? "several" : plan.slots().size() == 1 ? "one" : "none");
        Statistics.label("slots").coverage(c -> c.check("several").percentage(pct -> pct >= 12));
        int n = s.article().blocks().size();
        long[] pixels = pixelPrefix(s, plan.device());
        for (Placement p : s.rules().placements()) {
            List<SlotDecision> own = plan.slots().stream().filter(d -> d.placementId().equals(p.id())).toList();
            Spacing spacing = p.spacing();
            for (int i = 0; i < own.size(); i++) {
                SlotDecision slot = own.get(i);
                if (slot.pinned()) {
                    continue;
                }
                assertHolds(Need.of(spacing.beforeFirst()), s, pixels, 0, slot.boundary(), spacing.mediaWords(), "before " + slot.slotId());
                boolean fallback = p.fallbackAtEnd() && slot.boundary() == n;
                if (!fallback) {
                    assertHolds(Need.of(spacing.afterLast()), s, pixels, slot.boundary(), n, spacing.mediaWords(), "after " + slot.slotId());
                }
            }
            for (int i = 0; i + 1 < own.size(); i++) {
                if (own.get(i).pinned() && own.get(i + 1).pinned()) {
                    continue;
                }
                assertHolds(Need.between(spacing, i), s, pixels, own.get(i).boundary(), own.get(i + 1).boundary(),
                        spacing.mediaWords(), "between " + own.get(i).slotId() + " and " + own.get(i + 1).slotId());
            }
        }
        List<SlotDecision> slots = plan.slots();
        for (int i = 0; i < slots.size(); i++) {
            for (int j = i + 1; j < slots.size(); j++) {
                SlotDecision a = slots.get(i);
                SlotDecision b = slots.get(j);
                if (a.placementId().equals(b.placementId()) || (a.pinned() && b.pinned())) {
                    continue;
                }
                Placement pa = placement(s, a);
                Placement pb = placement(s, b);
                // The slot placed later checked the gap, measuring words with its own media weight.
                Placement checker = a.pinned() ? pb : b.pinned() ? pa : order(s, pa) > order(s, pb) ? pa : pb;
                Need need = Need.of(pa.otherSlotGap()).max(Need.of(pb.otherSlotGap()));
                assertHolds(need, s, pixels, a.boundary(), b.boundary(), checker.spacing().mediaWords(),
                        "between " + a.slotId() + " and " + b.slotId());
            }
        }
    }

    // ---- checks ------------------------------------------------------------------------------

    private static void assertHolds(Need need, Scenario s, long[] pixels, int from, int to, int mediaWords, String where) {
        List<Block> blocks = s.article().blocks();
        long words = 0;
        for (int i = from; i < to; i++) {
            Block block = blocks.get(i);
            words += block.isMedia() ? Math.max(block.words(), mediaWords) : block.words();
        }
        assertThat(words).as("words %s", where).isGreaterThanOrEqualTo(need.words());
        assertThat((long) to - from).as("blocks %s", where).isGreaterThanOrEqualTo(need.blocks());
        assertThat(pixels[to] - pixels[from]).as("pixels %s", where).isGreaterThanOrEqualTo(need.pixels());
    }

    private static long[] pixelPrefix(Scenario s, String device) {
        LayoutEstimator estimator = new LayoutEstimator(LayoutEstimator.choose(s.rules().layouts(), device));
        List<Block> blocks = s.article().blocks();
        long[] prefix = new long[blocks.size() + 1];
        for (int i = 0; i < blocks.size(); i++) {
            prefix[i + 1] = prefix[i] + estimator.height(blocks.get(i));
        }
        return prefix;
    }

    private static boolean somethingVisibleBetween(List<Block> blocks, int from, int to) {
        for (int i = from; i < to; i++) {
            Block block = blocks.get(i);
            if (block.words() > 0 || block.textLength() > 0 || block.isMedia()) {
                return true;
            }
        }
        return false;
    }

    private static Placement placement(Scenario s, SlotDecision slot) {
        return s.rules().placements().stream().filter(p -> p.id().equals(slot.placementId())).findFirst().orElseThrow();
    }

    private static int order(Scenario s, Placement p) {
        return s.rules().placements().indexOf(p);
    }

    // ---- generators --------------------------------------------------------------------------

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<ContextValues> contexts = Arbitraries.of(
                ContextValues.empty(),
                Rules.context("device", "mobile"),
                Rules.context("device", "desktop"),
                Rules.context("device", "mobile", "max_slots", "1"));
        return Combinators.combine(articles(), ruleSets(), contexts).as(Scenario::new);
    }

    private Arbitrary<ScannedArticle> articles() {
        Arbitrary<BlockKind> kinds = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(BlockKind.PARAGRAPH)),
                Tuple.of(2, Arbitraries.just(BlockKind.HEADING)),
                Tuple.of(1, Arbitraries.just(BlockKind.FIGURE)),
                Tuple.of(1, Arbitraries.just(BlockKind.EMBED)),
                Tuple.of(1, Arbitraries.of(BlockKind.LIST, BlockKind.TABLE, BlockKind.BLOCKQUOTE, BlockKind.PRE,
                        BlockKind.HR, BlockKind.TEXT, BlockKind.OTHER)));
        Arbitrary<BlockSpec> blocks = Combinators.combine(
                kinds,
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)), Tuple.of(6, Arbitraries.integers().between(1, 120))),
                Arbitraries.integers().between(0, 14).map(i -> i == 0),
                Arbitraries.integers().between(0, 12).map(i -> i == 0),
                Arbitraries.of(0, 320, 800),
                Arbitraries.of(0, 200, 600)).as(BlockSpec::new);
        Arbitrary<Boolean> off = Arbitraries.integers().between(0, 29).map(i -> i == 0);
        return Combinators.combine(blocks.list().ofMinSize(3).ofMaxSize(60), off).as(PlannerPropertiesTest::article);
    }

    private static ScannedArticle article(List<BlockSpec> specs, boolean off) {
        Articles a = Articles.article();
        if (off) {
            a.off();
        }
        for (BlockSpec spec : specs) {
            if (spec.hereBefore()) {
                a.here();
            }
            int words = spec.kind() == BlockKind.HR ? 0 : spec.words();
            switch (spec.kind()) {
                case PARAGRAPH -> a.block(BlockKind.PARAGRAPH, 0, "p", words, 0, 0);
                case HEADING -> a.block(BlockKind.HEADING, 1 + words % 3, "h" + (1 + words % 3), Math.min(words, 12), 0, 0);
                case FIGURE, EMBED -> a.block(spec.kind(), 0, spec.kind() == BlockKind.FIGURE ? "figure" : "iframe",
                        words % 20, spec.mediaWidth(), spec.mediaHeight());
                case TEXT -> a.block(BlockKind.TEXT, 0, "#text", words, 0, 0);
                default -> a.block(spec.kind(), 0, spec.kind().ruleName(), words, 0, 0);
            }
            if (spec.zone()) {
                a.inZone();
            }
        }
        return a.build();
    }

    private Arbitrary<RuleSet> ruleSets() {
        return Combinators.combine(
                placements().list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)), Tuple.of(9, Arbitraries.integers().between(1, 8))),
                Arbitraries.of(0.15, 0.30, 0.50, 1.0),
                Arbitraries.of(Set.<String>of(), Set.of("max_slots"))).as(PlannerPropertiesTest::ruleSet);
    }

    private static RuleSet ruleSet(List<Placement> generated, int pageCap, double density, Set<String> overridable) {
        List<Placement> named = new ArrayList<>();
        for (int i = 0; i < generated.size(); i++) {
            Placement p = generated.get(i);
            named.add(new Placement("p" + i, p.kind(), p.priority(), p.when(), p.paragraphs(), p.minArticle(), p.candidates(),
                    p.spacing(), p.avoid(), p.whenBlocked(), p.fallbackAtEnd(), p.maxSlots(), p.otherSlotGap(), p.slot(), null));
        }
        Map<String, LayoutModel> layouts = new HashMap<>();
        layouts.put("mobile", Rules.mobileLayout(density));
        layouts.put("desktop", new LayoutModel("desktop", 720, 90, 28, 20, 48, 400, Math.min(1.0, density + 0.1)));
        Rules.RuleSetBuilder builder = Rules.ruleSet(named.toArray(new Placement[0])).withMaxSlotsPerPage(pageCap)
                .withOverridable(overridable.toArray(new String[0]));
        layouts.values().forEach(builder::withLayout);
        return builder.build();
    }

    private Arbitrary<Placement> placements() {
        Arbitrary<List<CandidateRule>> candidates = candidateRules().list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Spacing> spacing = Combinators.combine(distances(), distances(), distances(),
                Arbitraries.of(1.0, 1.5, 2.0), Arbitraries.of(0, 0, 25), Arbitraries.of(0, 70)).as(Spacing::new);
        Arbitrary<Set<BlockKind>> kinds = Arbitraries.of(BlockKind.values()).set().ofMaxSize(3);
        Arbitrary<Avoidance> avoid = Combinators.combine(kinds, kinds, Arbitraries.of(true, false)).as(Avoidance::new);
        Arbitrary<BlockedPolicy> policy = Arbitraries.oneOf(Arbitraries.just(BlockedPolicy.skip()),
                Arbitraries.integers().between(1, 3).map(n -> new BlockedPolicy(BlockedPolicy.Mode.NEAREST, n)));
        Arbitrary<SlotSpec> slot = Combinators.combine(
                Arbitraries.of(Map.<String, List<SlotSpec.Size>>of(),
                        Map.of("mobile", List.of(new SlotSpec.Size(300, 250), new SlotSpec.Size(320, 50))),
                        Map.of("mobile", List.of(new SlotSpec.Size(300, 600)), "desktop", List.of(new SlotSpec.Size(728, 90)))),
                Arbitraries.of(Map.<String, SlotSpec.Reserve>of(), Map.of("mobile", new SlotSpec.Reserve(280, false)),
                        Map.of("desktop", new SlotSpec.Reserve(100, true))))
                .as((sizes, reserve) -> new SlotSpec("scroll-to-continue", "/1234/{section}/x", sizes, reserve,
                        SlotSpec.Unfilled.COLLAPSE, "Advertisement", true, Map.of()));
        Arbitrary<Condition> when = Arbitraries.of(new Condition.Always(), new Condition.AnyOf("device", Set.of("mobile")));
        Arbitrary<ParagraphDefinition> paragraphs = Arbitraries.of(new ParagraphDefinition(Set.of("p"), 0),
                new ParagraphDefinition(Set.of("p", "#text"), 20));
        Arbitrary<MinimumArticle> minimum = Arbitraries.of(new MinimumArticle(0, 0), new MinimumArticle(200, 0),
                new MinimumArticle(0, 4));

        Arbitrary<Tuple.Tuple4<List<CandidateRule>, Spacing, Avoidance, BlockedPolicy>> where =
                Combinators.combine(candidates, spacing, avoid, policy).as(Tuple::of);
        Arbitrary<Tuple.Tuple7<Boolean, Integer, Distance, SlotSpec, Condition, ParagraphDefinition, MinimumArticle>> what =
                Combinators.combine(Arbitraries.of(true, false),
                        Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)), Tuple.of(9, Arbitraries.integers().between(1, 6))),
                        distances(), slot, when,
                        paragraphs, minimum).as(Tuple::of);
        return Combinators.combine(where, what).as((w, x) -> new Placement("p", "ad", 0, x.get5(), x.get6(), x.get7(),
                w.get1(), w.get2(), w.get3(), w.get4(), x.get1(), x.get2(), x.get3(), x.get4(), null));
    }

    private Arbitrary<Distance> distances() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Distance.NONE)),
                Tuple.of(2, Combinators.combine(Arbitraries.of(0, 50, 120, 200), Arbitraries.integers().between(0, 3),
                        Arbitraries.of(0, 0, 300, 600)).as(Distance::new)));
    }

    private Arbitrary<CandidateRule> candidateRules() {
        Arbitrary<List<Integer>> numbers = Arbitraries.integers().between(1, 12).list().ofMinSize(1).ofMaxSize(3);
        return Arbitraries.oneOf(
                Combinators.combine(numbers, Arbitraries.of(true, false)).as(CandidateRule.AfterParagraphs::new),
                Arbitraries.integers().between(0, 100).list().ofMinSize(1).ofMaxSize(3).map(CandidateRule.AtPercent::new),
                Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 3))
                        .as(CandidateRule.EveryParagraphs::new),
                Arbitraries.integers().between(1, 3).list().ofMaxSize(2).map(CandidateRule.BeforeHeadings::new),
                Arbitraries.integers().between(1, 3).list().ofMaxSize(2).map(CandidateRule.AfterHeadings::new),
                Arbitraries.just(new CandidateRule.AfterMedia()),
                Arbitraries.just(new CandidateRule.EndOfArticle()));
    }
}
