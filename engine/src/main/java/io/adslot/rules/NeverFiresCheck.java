package io.adslot.rules;

import io.adslot.article.BlockKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Warnings for parts of a placement that can never produce a slot, so that a rule that silently does
 * nothing is pointed out: a zero limit, a candidate that spacing or {@code avoid} always rejects, a
 * condition that cannot hold. Only certain cases are reported; a warning never stops a file from loading.
 */
final class NeverFiresCheck {

    private final int maxSlotsPerPage;
    private final ProblemCollector problems;

    NeverFiresCheck(int maxSlotsPerPage, ProblemCollector problems) {
        this.maxSlotsPerPage = maxSlotsPerPage;
        this.problems = problems;
    }

    /** Adds the warnings for one built placement. */
    void check(MappingReader r, Placement p) {
        String who = "placement \"" + p.id() + "\"";
        if (p.maxSlots() == 0) {
            problems.warning(r.at("max_slots"), "max_slots is 0, so " + who + " never places a slot");
        } else if (p.maxSlots() > maxSlotsPerPage && r.has("max_slots")) {
            problems.warning(r.at("max_slots"), "max_slots " + p.maxSlots() + " is more than max_slots_per_page "
                    + maxSlotsPerPage + ", so at most " + maxSlotsPerPage + " can be placed");
        }
        if (p.candidates().isEmpty() && !p.fallbackAtEnd() && !r.has("candidates")) {
            problems.warning(r.position(), who + " has no candidates, so it only fills <!-- adslot:here --> markers; "
                    + "add candidates such as candidates: { every: { first: 2, then: 4 } }");
        }
        boolean afterLastBlocksEnd = !p.spacing().afterLast().isNone();
        MappingReader c = r.child("candidates", CandidatesBuilder.KEYS);
        for (CandidateRule rule : p.candidates()) {
            if (rule instanceof CandidateRule.EndOfArticle && afterLastBlocksEnd) {
                problems.warning(c.at("end_of_article"), "end_of_article can never fire: spacing.after_last requires distance after the last slot");
            }
            if (rule instanceof CandidateRule.AtPercent ap && ap.percents().contains(100) && afterLastBlocksEnd) {
                problems.warning(c.at("at_percent"), "at_percent 100 can never fire: spacing.after_last requires distance after the last slot");
            }
            if (p.whenBlocked().mode() != BlockedPolicy.Mode.SKIP) {
                continue;
            }
            if (rule instanceof CandidateRule.BeforeHeadings && p.avoid().before().contains(BlockKind.HEADING)) {
                problems.warning(c.at("before_heading"), "before_heading can never fire: avoid.before includes heading "
                        + "(and when_blocked is skip); remove heading from avoid.before or use when_blocked: { try: nearest }");
            }
            if (rule instanceof CandidateRule.AfterHeadings && p.avoid().after().contains(BlockKind.HEADING)) {
                problems.warning(c.at("after_heading"), "after_heading can never fire: avoid.after includes heading "
                        + "(and when_blocked is skip); remove heading from avoid.after or use when_blocked: { try: nearest }");
            }
            if (rule instanceof CandidateRule.AfterMedia && p.avoid().after().containsAll(EnumSet.of(BlockKind.FIGURE, BlockKind.EMBED))) {
                problems.warning(c.at("after_media"), "after_media can never fire: avoid.after includes figure and embed "
                        + "(and when_blocked is skip)");
            }
            if ((rule instanceof CandidateRule.AfterParagraphs || rule instanceof CandidateRule.EveryParagraphs)
                    && p.avoid().after().contains(BlockKind.PARAGRAPH)) {
                problems.warning(c.position(), "paragraph candidates can never fire: avoid.after includes paragraph "
                        + "(and when_blocked is skip)");
            }
        }
        checkSizesForDevices(r, p);
    }

    /** A warning when the placement can apply to a device for which its slot declares no size. */
    private void checkSizesForDevices(MappingReader r, Placement p) {
        if (p.slot().sizes().isEmpty()) {
            return;
        }
        for (String device : List.of("mobile", "tablet", "desktop")) {
            if (!p.slot().sizes().containsKey(device)
                    && p.when().matches(ContextValues.ofSingle(Map.of("device", device)))) {
                // Only certain when the condition reads nothing but the device.
                Set<String> keys = new java.util.TreeSet<>();
                p.when().collectKeys(keys);
                if (keys.equals(Set.of("device"))) {
                    problems.warning(r.child("slot", SlotBuilder.KEYS).at("sizes"), "slot.sizes gives no size for " + device
                            + " although placement \"" + p.id() + "\" applies there; add sizes." + device + " or limit when: { device: ... }");
                }
            }
        }
    }
}
