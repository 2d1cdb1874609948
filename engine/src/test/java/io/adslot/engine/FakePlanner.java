package io.adslot.engine;

import io.adslot.article.Block;
import io.adslot.article.BlockKind;
import io.adslot.article.BlockScanner;
import io.adslot.article.ScanOptions;
import io.adslot.article.ScannedArticle;
import io.adslot.placement.Plan;
import io.adslot.placement.SlotDecision;
import io.adslot.rules.CandidateRule;
import io.adslot.rules.ContextValues;
import io.adslot.rules.Placement;
import io.adslot.rules.RuleSet;
import io.adslot.rules.SlotSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Stages for engine tests: the real block scanner and a small planner that applies only the first
 * placement's {@code when} and its {@link CandidateRule.EveryParagraphs} rule, so tests control where slots
 * go without depending on the real planner's spacing rules.
 */
class FakePlanner implements Stages {

    @Override
    public Function<String, ScannedArticle> scanner(ScanOptions options) {
        return new BlockScanner(options)::scan;
    }

    @Override
    public Plan plan(ScannedArticle article, RuleSet rules, ContextValues context) {
        Placement placement = rules.placements().get(0);
        String device = context.has("device") ? context.first("device") : "mobile";
        List<SlotDecision> slots = new ArrayList<>();
        if (placement.when().matches(context)) {
            CandidateRule.EveryParagraphs every = (CandidateRule.EveryParagraphs) placement.candidates().get(0);
            int paragraphs = 0;
            List<Block> blocks = article.blocks();
            for (int i = 0; i < blocks.size() && slots.size() < placement.maxSlots(); i++) {
                if (blocks.get(i).kind() == BlockKind.PARAGRAPH) {
                    paragraphs++;
                    boolean due = paragraphs >= every.first() && (paragraphs - every.first()) % every.every() == 0;
                    if (due && i + 1 < blocks.size()) {
                        slots.add(decision(placement, article, i + 1, slots.size() + 1, device, context));
                    }
                }
            }
        }
        return new Plan(slots, List.of(), false, device, 1000, 0);
    }

    private static SlotDecision decision(Placement p, ScannedArticle article, int boundary, int n, String device,
                                         ContextValues context) {
        SlotSpec spec = p.slot();
        String section = context.has("section") ? context.first("section") : "none";
        return new SlotDecision(boundary, article.boundaryOffset(boundary), p.id(), p.kind(), p.id() + "-" + n, n, n,
                false, spec.template(), spec.adUnit().replace("{section}", section),
                spec.sizes().getOrDefault(device, List.of()), spec.reserve().get(device), spec.unfilled(),
                spec.label(), spec.lazy(), spec.data());
    }
}
