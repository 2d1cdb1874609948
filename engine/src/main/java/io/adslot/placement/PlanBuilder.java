package io.adslot.placement;

import io.adslot.article.Block;
import io.adslot.article.Marker;
import io.adslot.article.ScannedArticle;
import io.adslot.rules.Avoidance;
import io.adslot.rules.BlockedPolicy;
import io.adslot.rules.ContextValues;
import io.adslot.rules.LayoutModel;
import io.adslot.rules.MinimumArticle;
import io.adslot.rules.ParagraphDefinition;
import io.adslot.rules.Placement;
import io.adslot.rules.RuleSet;
import io.adslot.rules.SlotSpec;
import io.adslot.rules.Spacing;
import io.adslot.rules.Variants;
import io.adslot.structure.PageStructure;
import io.adslot.structure.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Makes one plan: the state of a single {@link Planner#plan} call.
 *
 * <h2>How a plan is made</h2>
 * <ol>
 *   <li>Variants are chosen (rule set first, then each placement) and placements keep the rule
 *       set's priority order.</li>
 *   <li>{@code <!-- adslot:here -->} markers pin slots first, each for the highest-priority placement
 *       whose {@code when} holds and that has room left ({@code <!-- adslot:here NAME -->}: for
 *       placement {@code NAME} only). Pins skip candidate, neighbour and spacing
 *       rules (an editor chose the spot) but not no-slot zones, limits, sizes or density.</li>
 *   <li>Each placement in priority order walks its candidate boundaries top-down and accepts those that
 *       pass every constraint; a candidate blocked by a neighbour rule may move to a nearby boundary.
 *       A placement that placed nothing may fall back to the end of the article.</li>
 *   <li>Slots are numbered in document order and every verdict gets its final words.</li>
 * </ol>
 *
 * <p>Cost: candidate generation is linear in blocks per placement; each check is a few prefix-sum
 * subtractions and binary searches over the slots placed so far, so a plan is about
 * O(placements x (blocks + candidates x log slots)).
 */
final class PlanBuilder {

    /** Slot height for the density budget when a slot declares neither a reserve nor sizes. */
    static final int DEFAULT_SLOT_HEIGHT = 250;
    /** What the per-placement maps are sized for: rule sets have one to a few placements (the default sizing is 32). */
    private static final int FEW_PLACEMENTS = 4;

    private enum Mode { PINNED, CANDIDATE, FALLBACK }

    /** The answer of one check: a rejection (and whether a neighbour rule made it), or what to place. */
    private record Outcome(Reason rejection, boolean byNeighbour, List<SlotSpec.Size> sizes, int height) {
        boolean accepted() {
            return rejection == null;
        }

        static Outcome reject(Reason reason, boolean byNeighbour) {
            return new Outcome(reason, byNeighbour, List.of(), 0);
        }
    }

    private record Draft(int boundary, String placementId, boolean accepted, Reason reason) {
    }

    private final ScannedArticle article;
    private final PageStructure structure;
    private final ContextValues context;
    private final String device;
    private final ArticleMeasures measures;
    private final List<Block> blocks;
    private final int n;
    private final Limits limits;
    private final List<Placement> placements;
    /** The variant chosen for each placement (by identity), absent when neither it nor the rule set has variants. */
    private final Map<Placement, String> variantNames = new IdentityHashMap<>(FEW_PLACEMENTS);
    private final List<List<PlacedSlot>> ownSlots = new ArrayList<>();
    private final PlacedSlot[] lastUnpinned;
    private final PlacedSlot[] slotAt;
    /** Every slot placed so far, kept sorted by boundary (one slot per boundary). */
    private final List<PlacedSlot> all = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<ParagraphDefinition, int[]> paragraphsByDefinition = new HashMap<>();
    private long totalSlotHeight;
    /** The height of the ads already on the page: in the density budget, not in the plan's slot height. */
    private long existingAdHeight;
    /** Words of rejections repeated for every later candidate, made once (see {@link #densityReason}). */
    private final Map<Placement, String> placementLimits = new IdentityHashMap<>(FEW_PLACEMENTS);
    private long lastDensitySlots;
    private Reason lastDensityReason;
    private Reason pageLimitReason;

    private final PageElements existingAds;
    /** Whether a template's markup starts with an element that closes a {@code <p>} (see {@link Block#endsInOpenParagraph}). */
    private final Predicate<String> closesParagraph;

    /** The placement that runs now: its own slots in {@link #all} are skipped where other slots are meant. */
    private Placement running;
    private Need widestOtherGap = Need.NONE;
    /** The widest {@code otherSlotGap} of any placed slot. */
    private Need widestPlacedGap = Need.NONE;

    PlanBuilder(ScannedArticle article, PageStructure structure, RuleSet rules, ContextValues context,
                Predicate<String> closesParagraph) {
        this.article = article;
        this.closesParagraph = closesParagraph;
        this.structure = structure;
        this.context = context;
        String asked = context.first("device");
        this.device = asked == null ? "mobile" : asked;
        LayoutModel layout = LayoutEstimator.choose(rules.layouts(), device);
        this.measures = new ArticleMeasures(article, new LayoutEstimator(layout));
        this.blocks = article.blocks();
        this.n = blocks.size();
        this.limits = Limits.of(rules, layout, context);
        this.existingAds = new PageElements(structure, measures);
        this.placements = resolvePlacements(rules, context, variantNames);
        for (int i = 0; i < placements.size(); i++) {
            ownSlots.add(new ArrayList<>());
        }
        this.lastUnpinned = new PlacedSlot[placements.size()];
        this.slotAt = new PlacedSlot[n + 1];
        for (PageStructure.Placed ad : structure.ads()) {
            int height = ad.region().height();
            existingAdHeight += height > 0 ? height : DEFAULT_SLOT_HEIGHT;
        }
    }

    Plan build() {
        int pageHeight = clampToInt(measures.totalPixels());
        if (article.slotsSwitchedOff() || structure.rootMissing()) {
            return new Plan(List.of(), List.of(), true, device, pageHeight, 0);
        }
        pinMarkedBoundaries();
        for (int i = 0; i < placements.size(); i++) {
            runPlacement(i);
        }
        return assemble(pageHeight);
    }

    // ---- variants ----------------------------------------------------------------------------

    private static List<Placement> resolvePlacements(RuleSet rules, ContextValues context, Map<Placement, String> variantNames) {
        List<Placement> base = rules.placements();
        String ruleSetVariant = null;
        if (rules.variants() != null && !rules.variants().options().isEmpty()) {
            Variants.Option<List<Placement>> option = VariantChooser.choose(rules.variants(), context, "");
            base = option.value();
            ruleSetVariant = option.name();
        }
        // Keep the rule set's priority order (stable for equal priorities); a chosen variant takes its
        // parent's place in that order.
        List<Placement> ordered = new ArrayList<>(base);
        ordered.sort(Comparator.comparingInt(Placement::priority).reversed());
        List<Placement> resolved = new ArrayList<>(ordered.size());
        for (Placement p : ordered) {
            Placement chosen = p;
            String name = ruleSetVariant;
            // Variants of variants are unusual; follow a few levels without recursion.
            for (int depth = 0; depth < 8 && chosen.variants() != null && !chosen.variants().options().isEmpty(); depth++) {
                Variants.Option<Placement> option = VariantChooser.choose(chosen.variants(), context, chosen.id());
                chosen = option.value();
                name = name == null ? option.name() : name + "/" + option.name();
            }
            resolved.add(chosen);
            if (name != null) {
                variantNames.put(chosen, name);
            }
        }
        return resolved;
    }

    // ---- pins --------------------------------------------------------------------------------

    private void pinMarkedBoundaries() {
        if (placements.isEmpty()) {
            return;
        }
        for (Marker marker : article.markers()) {
            String named = PinMarker.placementNamed(marker);
            if (named == null) {
                continue;
            }
            int b = Math.max(0, Math.min(n, marker.blockIndex()));
            if (!marker.betweenBlocks()) {
                drafts.add(new Draft(b, placements.get(0).id(), false,
                        Reason.of("adslot:here marker stands inside a block, where no slot can go")));
                continue;
            }
            int chosen = -1;
            int firstApplicable = -1;
            int only = named.isEmpty() ? -1 : indexOf(named);
            if (only < 0 && !named.isEmpty()) {
                drafts.add(new Draft(b, placements.get(0).id(), false, Reason.of(PinMarker.unknown(named, placementIds()))));
                continue;
            }
            for (int i = 0; i < placements.size() && chosen < 0; i++) {
                Placement p = placements.get(i);
                if (only >= 0 && i != only) {
                    continue;
                }
                if (!p.when().matches(context)) {
                    continue;
                }
                if (firstApplicable < 0) {
                    firstApplicable = i;
                }
                if (ownSlots.get(i).size() < limits.capFor(p)) {
                    chosen = i;
                }
            }
            if (chosen < 0) {
                String reason = firstApplicable < 0 && only >= 0
                        ? "pinned by adslot:here " + named + ", but that placement does not apply: "
                                + ConditionExplainer.whyNot(placements.get(only).when(), context)
                        : firstApplicable < 0
                        ? "pinned by adslot:here, but no placement applies to this page"
                        : "pinned by adslot:here, but " + placementLimit(placements.get(firstApplicable));
                int owner = only >= 0 ? only : Math.max(0, firstApplicable);
                drafts.add(new Draft(b, placements.get(owner).id(), false, Reason.of(reason)));
                continue;
            }
            Outcome outcome = check(b, chosen, Mode.PINNED);
            Reason reason = outcome.accepted() ? Reason.of("pinned by an adslot:here marker") : outcome.rejection();
            if (outcome.accepted()) {
                place(b, chosen, outcome, true);
            }
            drafts.add(new Draft(b, placements.get(chosen).id(), outcome.accepted(), reason));
        }
    }

    private int indexOf(String placementId) {
        for (int i = 0; i < placements.size(); i++) {
            if (placements.get(i).id().equals(placementId)) {
                return i;
            }
        }
        return -1;
    }

    private List<String> placementIds() {
        return placements.stream().map(Placement::id).toList();
    }

    // ---- one placement -----------------------------------------------------------------------

    private void runPlacement(int index) {
        Placement p = placements.get(index);
        int[] paragraphs = paragraphsByDefinition.computeIfAbsent(p.paragraphs(),
                definition -> CandidateFinder.paragraphs(blocks, definition));
        CandidateFinder.Candidates candidates = CandidateFinder.find(p.candidates(), paragraphs, measures);

        Reason notApplicable = notApplicable(p, paragraphs.length);
        if (notApplicable != null) {
            for (int k = 0; k < candidates.size(); k++) {
                drafts.add(new Draft(candidates.boundaries()[k], p.id(), false, notApplicable));
            }
            return;
        }
        prepareOthers(p);
        for (int k = 0; k < candidates.size(); k++) {
            int b = candidates.boundaries()[k];
            Outcome outcome = check(b, index, Mode.CANDIDATE);
            if (outcome.accepted()) {
                place(b, index, outcome, false);
                drafts.add(new Draft(b, p.id(), true, Reason.of(candidates.reason(k))));
                continue;
            }
            drafts.add(new Draft(b, p.id(), false, outcome.rejection()));
            BlockedPolicy policy = p.whenBlocked();
            if (outcome.byNeighbour() && policy != null && policy.mode() == BlockedPolicy.Mode.NEAREST) {
                tryNearby(b, candidates.reason(k), outcome.rejection(), index, Math.min(policy.within(), n));
            }
        }
        if (p.fallbackAtEnd() && ownSlots.get(index).isEmpty()) {
            Outcome outcome = check(n, index, Mode.FALLBACK);
            if (outcome.accepted()) {
                place(n, index, outcome, false);
                drafts.add(new Draft(n, p.id(), true,
                        Reason.of("fallback at the end of the article: no other slot of this placement was placed")));
            } else {
                drafts.add(new Draft(n, p.id(), false, new Reason.Tried("the fallback at the end of the article", outcome.rejection())));
            }
        }
    }

    private Reason notApplicable(Placement p, int paragraphCount) {
        if (!p.when().matches(context)) {
            return Reason.of("placement does not apply: " + ConditionExplainer.whyNot(p.when(), context));
        }
        MinimumArticle min = p.minArticle();
        if (min != null && measures.totalWords() < min.words()) {
            return Reason.of("article too short for this placement: " + measures.totalWords() + " words < " + min.words());
        }
        if (min != null && paragraphCount < min.paragraphs()) {
            return Reason.of("article too short for this placement: " + paragraphCount + " paragraphs < " + min.paragraphs());
        }
        String unsafe = AdUnitPath.unsafeValue(p.slot().adUnit(), context);
        return unsafe == null ? null : Reason.of(unsafe);
    }

    /** Below first, then above, one step further each time; every boundary tried gets a verdict. */
    private void tryNearby(int b, String named, Reason blocked, int index, int within) {
        String id = placements.get(index).id();
        for (int step = 1; step <= within; step++) {
            for (int target : new int[] {b + step, b - step}) {
                if (target < 0 || target > n) {
                    continue;
                }
                Outcome outcome = check(target, index, Mode.CANDIDATE);
                if (outcome.accepted()) {
                    place(target, index, outcome, false);
                    drafts.add(new Draft(target, id, true, new Reason.Moved(named, target - b, blocked)));
                    return;
                }
                drafts.add(new Draft(target, id, false, new Reason.Tried(named, outcome.rejection())));
            }
        }
    }

    /**
     * Slots of other placements are read from {@link #all} (sorted as slots are placed) by skipping the
     * running placement's own, so starting a placement costs nothing per slot placed before it. A
     * placement's own slots carry its own gap, so the widest gap over all placed slots and its own is the
     * widest over the other placements' slots and its own.
     */
    private void prepareOthers(Placement p) {
        running = p;
        widestOtherGap = Need.of(p.otherSlotGap()).max(widestPlacedGap);
    }

    // ---- the constraints ---------------------------------------------------------------------

    private Outcome check(int b, int index, Mode mode) {
        Placement p = placements.get(index);
        PlacedSlot here = slotAt[b];
        if (here != null) {
            return Outcome.reject(new Reason.Occupied(here), here.placement != p);
        }
        String zone = noSlotZone(b);
        if (zone != null) {
            return Outcome.reject(Reason.of(zone), true);
        }
        if (b > 0 && blocks.get(b - 1).endsInOpenParagraph() && !closesParagraph.test(p.slot().template())) {
            return Outcome.reject(Reason.of("inside a p the article leaves open, which the " + p.slot().template()
                    + " template does not close: its markup starts with an inline element"), true);
        }
        Region component = structure.blockedAt(b);
        if (component != null) {
            return Outcome.reject(Reason.of("inside " + component.describe()), true);
        }
        Reason besideAd = existingAds.beside(b);
        if (besideAd != null) {
            return Outcome.reject(besideAd, true);
        }
        if (ownSlots.get(index).size() >= limits.capFor(p)) {
            return Outcome.reject(Reason.of(placementLimit(p)), false);
        }
        if (all.size() >= limits.pageCap()) {
            if (pageLimitReason == null) {
                pageLimitReason = Reason.of("limit of " + limits.pageCap() + " slots per page reached");
            }
            return Outcome.reject(pageLimitReason, false);
        }
        if (mode != Mode.PINNED) {
            Outcome neighbour = neighbours(b, index);
            if (neighbour != null) {
                return neighbour;
            }
            Reason spacing = spacing(b, index, mode);
            if (spacing != null) {
                return Outcome.reject(spacing, false);
            }
            Reason distance = existingAds.tooClose(b, p);
            if (distance == null) {
                distance = existingAds.nearElements(b, p);
            }
            if (distance != null) {
                return Outcome.reject(distance, true);
            }
        }
        return sizeAndDensity(b, p);
    }

    private String noSlotZone(int b) {
        if (b > 0 && blocks.get(b - 1).openEnd()) {
            return "inside " + blocks.get(b - 1).tag() + ", which the article leaves open here";
        }
        boolean above = b > 0 && blocks.get(b - 1).noSlotZone();
        boolean below = b < n && blocks.get(b).noSlotZone();
        if (above && below) {
            return "inside a no-slot zone";
        }
        return above || below ? "next to a no-slot zone" : null;
    }

    private Outcome neighbours(int b, int index) {
        Placement p = placements.get(index);
        Avoidance avoid = p.avoid();
        if (avoid != null && b < n && avoid.before().contains(blocks.get(b).kind())) {
            return Outcome.reject(Reason.of("before " + Reason.phrase(blocks.get(b).kind())), true);
        }
        if (avoid != null && b > 0 && avoid.after().contains(blocks.get(b - 1).kind())) {
            return Outcome.reject(Reason.of("after " + Reason.phrase(blocks.get(b - 1).kind())), true);
        }
        boolean mine = avoid != null && avoid.nextToSlots();
        List<PlacedSlot> own = ownSlots.get(index);
        int c = insertionIndex(own, b);
        if (mine && c > 0 && measures.nothingBetween(own.get(c - 1).boundary, b)) {
            return Outcome.reject(new Reason.NextToSlot(own.get(c - 1)), true);
        }
        if (mine && c < own.size() && measures.nothingBetween(b, own.get(c).boundary)) {
            return Outcome.reject(new Reason.NextToSlot(own.get(c)), true);
        }
        // Either side's wish counts: a slot that asked for no neighbour gets none, placed early or late.
        // Own slots are skipped; stopping at one is right, as nothing farther can be directly next either.
        int o = insertionIndex(all, b);
        for (int j = o - 1; j >= 0 && measures.nothingBetween(all.get(j).boundary, b); j--) {
            PlacedSlot other = all.get(j);
            if (other.placement != running && (mine || wantsNoNeighbour(other))) {
                return Outcome.reject(new Reason.NextToSlot(other), true);
            }
        }
        for (int j = o; j < all.size() && measures.nothingBetween(b, all.get(j).boundary); j++) {
            PlacedSlot other = all.get(j);
            if (other.placement != running && (mine || wantsNoNeighbour(other))) {
                return Outcome.reject(new Reason.NextToSlot(other), true);
            }
        }
        return null;
    }

    private static boolean wantsNoNeighbour(PlacedSlot slot) {
        return slot.placement.avoid() != null && slot.placement.avoid().nextToSlots();
    }

    private Reason spacing(int b, int index, Mode mode) {
        Placement p = placements.get(index);
        Spacing spacing = p.spacing();
        int mediaWords = spacing.mediaWords();
        Need.Shortfall shortfall = Need.shortfall(spacing.beforeFirst(), measures.between(0, b, mediaWords));
        if (shortfall != null) {
            return new Reason.TooClose(null, "the start of the article", shortfall);
        }
        if (mode != Mode.FALLBACK) {
            shortfall = Need.shortfall(spacing.afterLast(), measures.between(b, n, mediaWords));
            if (shortfall != null) {
                return new Reason.TooClose(null, "the end of the article", shortfall);
            }
        }
        PlacedSlot last = lastUnpinned[index];
        if (last != null && b < last.boundary) {
            return new Reason.BelowOwnSlot(last);
        }
        List<PlacedSlot> own = ownSlots.get(index);
        int c = insertionIndex(own, b);
        if (c > 0) {
            PlacedSlot before = own.get(c - 1);
            shortfall = Need.between(spacing, c - 1).shortfall(measures.between(before.boundary, b, mediaWords));
            if (shortfall != null) {
                return new Reason.TooClose(before, null, shortfall);
            }
        }
        if (c < own.size()) {
            PlacedSlot after = own.get(c);
            shortfall = Need.between(spacing, c).shortfall(measures.between(b, after.boundary, mediaWords));
            if (shortfall != null) {
                return new Reason.TooClose(after, null, shortfall);
            }
        }
        return otherSlotGap(b, p, mediaWords);
    }

    /**
     * Distance from slots of other placements: each pair keeps the larger of both placements' gaps.
     * The scan goes outward from the boundary and stops once the widest gap of any placement is met.
     */
    private Reason otherSlotGap(int b, Placement p, int mediaWords) {
        if (widestOtherGap.isNone()) {
            return null;
        }
        Need mine = Need.of(p.otherSlotGap());
        int o = insertionIndex(all, b);
        for (int j = o - 1; j >= 0; j--) {
            PlacedSlot other = all.get(j);
            if (other.placement == running) {
                continue;
            }
            ArticleMeasures.Measure distance = measures.between(other.boundary, b, mediaWords);
            Need.Shortfall shortfall = mine.shortfallWithin(other.placement.otherSlotGap(), distance);
            if (shortfall != null) {
                return new Reason.TooClose(other, null, shortfall);
            }
            if (widestOtherGap.shortfall(distance) == null) {
                break;
            }
        }
        for (int j = o; j < all.size(); j++) {
            PlacedSlot other = all.get(j);
            if (other.placement == running) {
                continue;
            }
            ArticleMeasures.Measure distance = measures.between(b, other.boundary, mediaWords);
            Need.Shortfall shortfall = mine.shortfallWithin(other.placement.otherSlotGap(), distance);
            if (shortfall != null) {
                return new Reason.TooClose(other, null, shortfall);
            }
            if (widestOtherGap.shortfall(distance) == null) {
                break;
            }
        }
        return null;
    }

    /**
     * Drops the sizes taller than what is left of the article below the boundary (a slot at the very
     * end keeps them all: nothing follows that it could run past), then checks the density budget.
     */
    private Outcome sizeAndDensity(int b, Placement p) {
        List<SlotSpec.Size> declared = p.slot().sizes().getOrDefault(device, List.of());
        List<SlotSpec.Size> kept = declared;
        if (!declared.isEmpty() && b < n) {
            long room = measures.pixelsBetween(b, n);
            kept = new ArrayList<>(declared.size());
            SlotSpec.Size smallest = declared.get(0);
            for (SlotSpec.Size size : declared) {
                if (size.height() <= room) {
                    kept.add(size);
                }
                if (size.height() < smallest.height()) {
                    smallest = size;
                }
            }
            if (kept.isEmpty()) {
                return Outcome.reject(Reason.of("no size fits the " + room + " px left below: the smallest is " + smallest), false);
            }
        }
        int height = slotHeight(p, kept);
        long slots = existingAdHeight + totalSlotHeight + height;
        long page = measures.totalPixels() + slots;
        double density = page == 0 ? 0 : (double) slots / page;
        if (density > limits.maxDensity()) {
            return Outcome.reject(densityReason(slots, density), false);
        }
        return new Outcome(null, false, List.copyOf(kept), height);
    }

    /**
     * The density rejection's words depend only on the slot height it would reach, which changes only when
     * a slot is placed, so every later candidate shares the reason (formatting percentages once per plan,
     * not once per candidate, keeps many placements linear).
     */
    private Reason densityReason(long slots, double density) {
        if (lastDensityReason == null || lastDensitySlots != slots) {
            lastDensitySlots = slots;
            lastDensityReason = Reason.of("density " + percent(density, limits.maxDensity()) + " > "
                    + percent(limits.maxDensity(), density));
        }
        return lastDensityReason;
    }

    /** The reserve for the device, else the tallest size kept, else a default. */
    private int slotHeight(Placement p, List<SlotSpec.Size> sizes) {
        SlotSpec.Reserve reserve = p.slot().reserve().get(device);
        if (reserve != null && reserve.height() > 0) {
            return reserve.height();
        }
        int tallest = 0;
        for (SlotSpec.Size size : sizes) {
            tallest = Math.max(tallest, size.height());
        }
        return tallest > 0 ? tallest : DEFAULT_SLOT_HEIGHT;
    }

    /** A share as a percentage, with a decimal when a rounded figure would equal the one compared with. */
    private static String percent(double share, double comparedWith) {
        String whole = String.format(Locale.ROOT, "%.0f%%", share * 100);
        String other = String.format(Locale.ROOT, "%.0f%%", comparedWith * 100);
        return whole.equals(other) ? String.format(Locale.ROOT, "%.1f%%", share * 100) : whole;
    }

    private String placementLimit(Placement p) {
        return placementLimits.computeIfAbsent(p, this::describePlacementLimit);
    }

    private String describePlacementLimit(Placement p) {
        int cap = limits.capFor(p);
        return "limit of " + cap + " " + p.id() + " slot" + (cap == 1 ? "" : "s") + " reached";
    }

    // ---- bookkeeping -------------------------------------------------------------------------

    private void place(int b, int index, Outcome outcome, boolean pinned) {
        PlacedSlot slot = new PlacedSlot(b, placements.get(index), pinned, outcome.sizes(), outcome.height());
        slotAt[b] = slot;
        all.add(insertionIndex(all, b), slot);
        widestPlacedGap = widestPlacedGap.max(Need.of(slot.placement.otherSlotGap()));
        List<PlacedSlot> own = ownSlots.get(index);
        own.add(insertionIndex(own, b), slot);
        totalSlotHeight += outcome.height();
        if (!pinned && (lastUnpinned[index] == null || lastUnpinned[index].boundary < b)) {
            lastUnpinned[index] = slot;
        }
    }

    /** How many of the slots (sorted by boundary) stand above boundary {@code b}. */
    private static int insertionIndex(List<PlacedSlot> sorted, int b) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).boundary < b) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private Plan assemble(int pageHeight) {
        Map<String, Integer> perPlacement = new HashMap<>();
        List<SlotDecision> decisions = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            PlacedSlot slot = all.get(i);
            Placement p = slot.placement;
            int placementOrdinal = perPlacement.merge(p.id(), 1, Integer::sum);
            String slotId = p.id() + "-" + placementOrdinal;
            slot.assignId(slotId);
            SlotSpec spec = p.slot();
            decisions.add(new SlotDecision(slot.boundary, article.boundaryOffset(slot.boundary), p.id(), p.kind(),
                    slotId, i + 1, placementOrdinal, slot.pinned, spec.template(),
                    AdUnitPath.fill(spec.adUnit(), context), slot.sizes, spec.reserve().get(device),
                    spec.unfilled(), spec.label(), spec.lazy(), spec.data(), variantNames.get(p),
                    targeting(spec.serving()), spec.serving()));
        }
        List<CandidateVerdict> verdicts = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            verdicts.add(new CandidateVerdict(d.boundary(), article.boundaryOffset(d.boundary()), d.placementId(),
                    d.accepted(), d.reason().text()));
        }
        return new Plan(decisions, verdicts, false, device, pageHeight, clampToInt(totalSlotHeight));
    }

    /** The page's values of the slot's targeting keys, in the rule file's order; absent keys left out. */
    private Map<String, List<String>> targeting(SlotSpec.Serving serving) {
        if (serving.targetingKeys().isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String key : serving.targetingKeys()) {
            List<String> all = context.all(key);
            if (!all.isEmpty()) {
                values.put(key, all);
            }
        }
        return values;
    }

    private static int clampToInt(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }
}
