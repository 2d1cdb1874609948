package io.adslot.placement;

import io.adslot.rules.Placement;
import io.adslot.rules.SlotSpec;
import java.util.List;

/**
 * A slot while the plan is being made. Its id is known only once every placement has run (ids are
 * numbered in document order), so reasons that name a slot hold this object and read the id late.
 */
final class PlacedSlot {

    final int boundary;
    final Placement placement;
    final boolean pinned;
    final List<SlotSpec.Size> sizes;
    final int height;
    private String slotId;

    PlacedSlot(int boundary, Placement placement, boolean pinned, List<SlotSpec.Size> sizes, int height) {
        this.boundary = boundary;
        this.placement = placement;
        this.pinned = pinned;
        this.sizes = sizes;
        this.height = height;
    }

    void assignId(String id) {
        this.slotId = id;
    }

    /** The final slot id, or a provisional description before ids are assigned. */
    String slotId() {
        return slotId != null ? slotId : placement.id() + " at boundary " + boundary;
    }
}
