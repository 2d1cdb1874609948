package io.adslot.placement;

import io.adslot.rules.SlotSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One slot the planner decided to place.
 *
 * @param boundary      the boundary index in the scanned article (see {@code ScannedArticle})
 * @param offset        where the slot's markup goes in the source string
 * @param placementId   the placement that produced it (the variant's placement id when a variant was chosen)
 * @param kind          the placement's kind ({@code ad}, {@code newsletter}...)
 * @param slotId        unique in the page and stable across renders of the same article:
 *                      {@code <placementId>-<placementOrdinal>}
 * @param ordinal       1-based position of the slot among all slots of the page, in document order
 * @param placementOrdinal 1-based position among this placement's slots, in document order
 * @param pinned        true when an {@code <!-- adslot:here -->} marker pinned it
 * @param template      template name
 * @param adUnit        ad unit path with context values substituted
 * @param sizes         sizes for the page's device that fit the remaining article
 * @param reserve       reserved height for the page's device, or null
 * @param unfilled      what happens when unfilled
 * @param label         label text
 * @param lazy          lazy-load flag
 * @param data          extra data attributes
 * @param variant       the A/B variant chosen for the slot's placement ({@code ruleSetVariant/placementVariant}
 *                      when both the rule set and the placement have variants), empty when none
 * @param targeting     values of the context keys the slot sends as targeting ({@code slot.targeting}), in
 *                      the rule file's order; keys the page does not supply are left out
 * @param serving       the slot's viewport sizes, targeting keys, lazy-load margin and refresh interval
 */
public record SlotDecision(
        int boundary,
        int offset,
        String placementId,
        String kind,
        String slotId,
        int ordinal,
        int placementOrdinal,
        boolean pinned,
        String template,
        String adUnit,
        List<SlotSpec.Size> sizes,
        SlotSpec.Reserve reserve,
        SlotSpec.Unfilled unfilled,
        String label,
        boolean lazy,
        Map<String, String> data,
        String variant,
        Map<String, List<String>> targeting,
        SlotSpec.Serving serving) {

    public SlotDecision {
        sizes = List.copyOf(sizes);
        data = Map.copyOf(data);
        variant = variant == null ? "" : variant;
        targeting = targeting.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(targeting));
        serving = serving == null ? SlotSpec.Serving.NONE : serving;
    }

    /** A decision without variant, targeting or serving settings. */
    public SlotDecision(int boundary, int offset, String placementId, String kind, String slotId, int ordinal,
                        int placementOrdinal, boolean pinned, String template, String adUnit, List<SlotSpec.Size> sizes,
                        SlotSpec.Reserve reserve, SlotSpec.Unfilled unfilled, String label, boolean lazy,
                        Map<String, String> data) {
        this(boundary, offset, placementId, kind, slotId, ordinal, placementOrdinal, pinned, template, adUnit, sizes,
                reserve, unfilled, label, lazy, data, "", Map.of(), SlotSpec.Serving.NONE);
    }

    /** The same decision standing at offset and boundary 0: markup never depends on where a slot stands. */
    public SlotDecision atStart() {
        if (offset == 0 && boundary == 0) {
            return this;
        }
        return new SlotDecision(0, 0, placementId, kind, slotId, ordinal, placementOrdinal, pinned, template, adUnit,
                sizes, reserve, unfilled, label, lazy, data, variant, targeting, serving);
    }
}
