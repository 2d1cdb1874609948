package io.adslot.engine;

import io.adslot.placement.SlotDecision;
import io.adslot.render.PreparedPlan;
import io.adslot.render.PreparedSlot;
import java.util.ArrayList;
import java.util.List;

/**
 * What the decision cache holds per key: the prepared plan and the public views of it, built once so a
 * cache hit allocates nothing but the output.
 */
final class Decision {

    static final Decision NONE = new Decision(PreparedPlan.empty());

    final PreparedPlan prepared;
    final List<Insertion> insertions;
    /**
     * The slots as {@link AdSlotEngine#plan} returns them, made on the first call: renders never read them.
     * Unsynchronized: two threads may both make the (immutable, equal) list, and either may stay.
     */
    private List<PlannedSlot> slots;

    Decision(PreparedPlan prepared) {
        this.prepared = prepared;
        List<Insertion> ins = new ArrayList<>(prepared.slots().size());
        for (PreparedSlot slot : prepared.slots()) {
            SlotDecision d = slot.decision();
            ins.add(new Insertion(d.offset(), d.placementId(), d.slotId(), slot.markup(), d.variant()));
        }
        // List.copyOf: immutable lists that the result records' own List.copyOf returns as they are.
        this.insertions = List.copyOf(ins);
    }

    /** The slots with their markup, for {@link AdSlotEngine#plan}. */
    List<PlannedSlot> slots() {
        List<PlannedSlot> made = slots;
        if (made == null) {
            List<PlannedSlot> planned = new ArrayList<>(prepared.slots().size());
            for (PreparedSlot slot : prepared.slots()) {
                SlotDecision d = slot.decision();
                planned.add(new PlannedSlot(d.offset(), d.boundary(), d.placementId(), d.kind(), d.slotId(),
                        d.ordinal(), d.adUnit(), d.sizes().stream().map(Object::toString).toList(),
                        d.reserve() == null ? 0 : d.reserve().height(), d.lazy(), d.data(), slot.markup(), d.variant()));
            }
            made = List.copyOf(planned);
            slots = made;
        }
        return made;
    }

    /** Approximate heap bytes, for the cache's weigher; markup strings are shared by the views. */
    int approximateBytes() {
        return 48 + prepared.approximateBytes() + 120 * insertions.size();
    }
}
