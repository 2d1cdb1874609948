package io.adslot.placement;

import java.util.List;

/**
 * The planner's answer for one article and page: the slots in document order, and the verdict on
 * every candidate boundary that any placement considered.
 *
 * @param slots          slots in document order (ascending offset)
 * @param verdicts       what each placement decided about each candidate it considered
 * @param switchedOff    true when an {@code <!-- adslot:off -->} marker switched slots off
 * @param device         the device the plan was made for
 * @param estimatedPageHeight estimated article height in pixels for the device, slots excluded
 * @param estimatedSlotHeight estimated total reserved height of the slots in pixels
 */
public record Plan(
        List<SlotDecision> slots,
        List<CandidateVerdict> verdicts,
        boolean switchedOff,
        String device,
        int estimatedPageHeight,
        int estimatedSlotHeight) {

    public Plan {
        slots = List.copyOf(slots);
        verdicts = List.copyOf(verdicts);
    }

    /** Share of the page height taken by slots: slot height / (page height + slot height). */
    public double density() {
        int total = estimatedPageHeight + estimatedSlotHeight;
        return total == 0 ? 0 : (double) estimatedSlotHeight / total;
    }
}
