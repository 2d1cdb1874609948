package io.adslot.rules;

import java.util.List;
import java.util.Set;

/**
 * A named rule that produces zero or more slots of one kind in an article.
 *
 * @param id              unique name within the rule set, used in slot ids and messages
 * @param kind            what the slots are: {@code ad}, {@code newsletter}, {@code related}, any name
 * @param priority        higher goes first; later placements respect earlier slots
 * @param when            when the placement applies to a page
 * @param paragraphs      which blocks count as paragraphs for this placement
 * @param minArticle      below this length the placement does nothing
 * @param candidates      where candidate boundaries are (union of all rules)
 * @param spacing         distances before the first, between, and after the last slot
 * @param avoid           neighbours a slot must not stand next to
 * @param whenBlocked     what to do when a candidate is rejected by a neighbour rule
 * @param fallbackAtEnd   when the article yields no slot for this placement, put one at its end
 * @param maxSlots        at most this many slots from this placement
 * @param otherSlotGap    distance this placement's slots keep from slots of other placements
 * @param slot            what to render
 * @param variants        optional A/B variants of this placement, each a complete placement; when
 *                        present, the chosen variant is used instead of this one
 */
public record Placement(
        String id,
        String kind,
        int priority,
        Condition when,
        ParagraphDefinition paragraphs,
        MinimumArticle minArticle,
        List<CandidateRule> candidates,
        Spacing spacing,
        Avoidance avoid,
        BlockedPolicy whenBlocked,
        boolean fallbackAtEnd,
        int maxSlots,
        Distance otherSlotGap,
        SlotSpec slot,
        Variants<Placement> variants) {

    public Placement {
        candidates = List.copyOf(candidates);
    }

    void collectContextKeys(Set<String> keys) {
        when.collectKeys(keys);
        slot.collectContextKeys(keys);
        if (variants != null) {
            keys.add(variants.key());
            for (Variants.Option<Placement> o : variants.options()) {
                o.value().collectContextKeys(keys);
            }
        }
    }
}
