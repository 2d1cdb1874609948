package io.adslot.engine;

import java.util.List;
import java.util.Optional;

/**
 * The slot decisions for one article and page, without the spliced output.
 *
 * @param slots         the slots in document order (empty when degraded)
 * @param degraded      true when something failed inside the engine, so there are no slots
 * @param failureReason why, when degraded (also logged)
 */
public record PlanResult(List<PlannedSlot> slots, boolean degraded, Optional<String> failureReason) {

    /**
     * Copies the slots.
     *
     * @param slots         the slots
     * @param degraded      true when the engine failed
     * @param failureReason the reason when degraded
     */
    public PlanResult {
        slots = List.copyOf(slots);
    }
}
