package io.adslot.render;

import io.adslot.placement.SlotDecision;

/**
 * A slot decision with its markup already rendered: everything a splice needs, prepared once per decision.
 *
 * @param decision the planner's decision
 * @param markup   the rendered template output for it
 */
public record PreparedSlot(SlotDecision decision, String markup) {

    /** Where the markup goes in the input. */
    public int offset() {
        return decision.offset();
    }
}
