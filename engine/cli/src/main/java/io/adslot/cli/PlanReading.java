package io.adslot.cli;

import io.adslot.article.Block;
import io.adslot.article.ScannedArticle;
import io.adslot.placement.CandidateVerdict;
import io.adslot.placement.Plan;
import io.adslot.placement.SlotDecision;
import io.adslot.rules.LayoutModel;
import io.adslot.rules.RuleSet;
import io.adslot.rules.SlotSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plan read the way {@code explain} and {@code preview} show it: one entry per candidate boundary (a
 * boundary any placement gave a verdict on), with the blocks on either side, the slot placed there if
 * any, and every placement's verdict in the order the planner reached them.
 */
final class PlanReading {

    /** Mirrors the planner's height for a slot that declares neither a reserve nor sizes. */
    static final int DEFAULT_SLOT_HEIGHT = 250;

    /** Mirrors the planner's default density budget when the rules have no layout for the device. */
    static final double DEFAULT_MAX_DENSITY = 0.30;

    /**
     * One candidate boundary.
     *
     * @param boundary the planner's boundary index: the gap before block {@code boundary}
     * @param offset   where a slot there goes in the source
     * @param line     1-based line of {@code offset} in the source
     * @param before   the block above, or null at the article's start
     * @param after    the block below, or null at the article's end
     * @param slot     the slot placed here, or null
     * @param verdicts every verdict on this boundary
     */
    record Candidate(int boundary, int offset, int line, Block before, Block after, SlotDecision slot,
                     List<CandidateVerdict> verdicts) {
    }

    private PlanReading() {
    }

    static List<Candidate> candidates(ScannedArticle article, Plan plan) {
        Map<Integer, List<CandidateVerdict>> byBoundary = new TreeMap<>();
        for (CandidateVerdict v : plan.verdicts()) {
            byBoundary.computeIfAbsent(v.boundary(), b -> new ArrayList<>()).add(v);
        }
        Map<Integer, SlotDecision> slots = new LinkedHashMap<>();
        for (SlotDecision s : plan.slots()) {
            slots.put(s.boundary(), s);
            byBoundary.computeIfAbsent(s.boundary(), b -> new ArrayList<>());
        }
        LineIndex lines = new LineIndex(article.source());
        List<Block> blocks = article.blocks();
        List<Candidate> result = new ArrayList<>(byBoundary.size());
        byBoundary.forEach((b, verdicts) -> {
            int offset = article.boundaryOffset(b);
            result.add(new Candidate(b, offset, lines.lineOf(offset),
                    b > 0 ? blocks.get(b - 1) : null, b < blocks.size() ? blocks.get(b) : null,
                    slots.get(b), List.copyOf(verdicts)));
        });
        return result;
    }

    /** The height the planner counted for a slot: its reserve, else its tallest size, else the default. */
    static int slotHeight(SlotDecision slot) {
        SlotSpec.Reserve reserve = slot.reserve();
        if (reserve != null && reserve.height() > 0) {
            return reserve.height();
        }
        int tallest = 0;
        for (SlotSpec.Size size : slot.sizes()) {
            tallest = Math.max(tallest, size.height());
        }
        return tallest > 0 ? tallest : DEFAULT_SLOT_HEIGHT;
    }

    /** The layout the planner uses for {@code device}: the device's, else mobile's, else null. */
    static LayoutModel layout(RuleSet rules, String device) {
        LayoutModel model = rules.layouts().get(device);
        return model != null ? model : rules.layouts().get("mobile");
    }

    static double maxDensity(RuleSet rules, String device) {
        LayoutModel model = layout(rules, device);
        return model == null ? DEFAULT_MAX_DENSITY : model.maxDensity();
    }

    /** True when a verdict says the density budget rejected the boundary. */
    static boolean cutByDensity(CandidateVerdict v) {
        return !v.accepted() && (v.reason().startsWith("density ") || v.reason().contains(": density "));
    }

    /** True when a verdict says the placement skipped the article as shorter than its {@code min_article}. */
    static boolean excludedByMinArticle(CandidateVerdict v) {
        return !v.accepted() && v.reason().startsWith("article too short for this placement");
    }

    /** True when a verdict says a slot limit (of the placement or the page) rejected the boundary. */
    static boolean cutByLimit(CandidateVerdict v) {
        return !v.accepted() && v.reason().contains("limit of ") && v.reason().contains(" reached");
    }

    /** 1-based line numbers of source offsets, by binary search over line starts. */
    static final class LineIndex {
        private final int[] starts;
        private final int count;

        LineIndex(String source) {
            int[] s = new int[16];
            int n = 0;
            s[n++] = 0;
            for (int i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
            this.starts = s;
            this.count = n;
        }

        int lineOf(int offset) {
            int found = Arrays.binarySearch(starts, 0, count, offset);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }
}
