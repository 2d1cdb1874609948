package io.adslot.render;

import io.adslot.placement.SlotDecision;
import io.adslot.rules.SlotSpec;
import java.util.List;
import java.util.Map;

/** Slot decisions built in code for render tests. */
final class Decisions {

    private Decisions() {
    }

    static SlotDecision at(int offset, String template, String adUnit, String label, Map<String, String> data) {
        return new SlotDecision(1, offset, "inline", "ad", "inline-1", 1, 1, false, template, adUnit,
                List.of(new SlotSpec.Size(300, 250), new SlotSpec.Size(320, 100)), new SlotSpec.Reserve(280, false),
                SlotSpec.Unfilled.COLLAPSE, label, true, data);
    }

    /**
     * A slot with every serving value set: an A/B variant, targeting from the context, sizes for phones and
     * for screens 768 px and wider, a lazy margin and a refresh interval.
     */
    static SlotDecision serving(String template, String variant, Map<String, List<String>> targeting) {
        SlotDecision d = at(0, template);
        SlotSpec.Serving serving = new SlotSpec.Serving(List.of(
                new SlotSpec.ViewportSizes(0, List.of(new SlotSpec.Size(300, 250), new SlotSpec.Size(320, 100)), 250),
                new SlotSpec.ViewportSizes(768, List.of(new SlotSpec.Size(728, 90)), 90)),
                List.copyOf(targeting.keySet()), 300, 60);
        return new SlotDecision(d.boundary(), d.offset(), d.placementId(), d.kind(), d.slotId(), d.ordinal(),
                d.placementOrdinal(), d.pinned(), d.template(), d.adUnit(), d.sizes(), d.reserve(), d.unfilled(),
                d.label(), d.lazy(), d.data(), variant, targeting, serving);
    }

    static SlotDecision at(int offset, String template) {
        return at(offset, template, "/1234/news/inarticle", "Advertisement · Scroll to continue", Map.of("pos", "inline"));
    }
}
