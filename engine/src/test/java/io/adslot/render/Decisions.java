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

    static SlotDecision at(int offset, String template) {
        return at(offset, template, "/1234/news/inarticle", "Advertisement · Scroll to continue", Map.of("pos", "inline"));
    }
}
