package io.adslot.placement;

import io.adslot.rules.ContextValues;
import io.adslot.rules.LayoutModel;
import io.adslot.rules.Placement;
import io.adslot.rules.RuleSet;

/**
 * The caps one page works under: the rule set's, lowered (never raised) by per-article overrides
 * from the page context when the rule set lists them as overridable.
 *
 * <p>Overrides understood: {@value #MAX_SLOTS} (slots per page), {@value #MAX_SLOTS_PER_PLACEMENT}
 * (slots of each placement) and {@value #MAX_DENSITY} (a share such as {@code 0.2}, or a percentage
 * such as {@code 20}). A value that is not a number is ignored.
 *
 * @param pageCap          most slots on the page, all placements together
 * @param placementCap     most slots of any one placement, on top of its own {@code maxSlots}
 * @param maxDensity       most of the page height that slots may take
 */
record Limits(int pageCap, int placementCap, double maxDensity) {

    static final String MAX_SLOTS = "max_slots";
    static final String MAX_SLOTS_PER_PLACEMENT = "max_slots_per_placement";
    static final String MAX_DENSITY = "max_density";

    static Limits of(RuleSet rules, LayoutModel layout, ContextValues context) {
        int pageCap = Math.max(0, rules.maxSlotsPerPage());
        int placementCap = Integer.MAX_VALUE;
        double density = layout.maxDensity();
        if (rules.overridable().contains(MAX_SLOTS)) {
            pageCap = (int) Math.min(pageCap, number(context, MAX_SLOTS, pageCap));
        }
        if (rules.overridable().contains(MAX_SLOTS_PER_PLACEMENT)) {
            placementCap = (int) Math.min(placementCap, number(context, MAX_SLOTS_PER_PLACEMENT, placementCap));
        }
        if (rules.overridable().contains(MAX_DENSITY)) {
            double asked = number(context, MAX_DENSITY, density);
            density = Math.min(density, asked > 1 ? asked / 100 : asked);
        }
        return new Limits(pageCap, placementCap, density);
    }

    /** The cap for one placement: its own {@code maxSlots}, lowered by an override. */
    int capFor(Placement placement) {
        return Math.max(0, Math.min(placement.maxSlots(), placementCap));
    }

    private static double number(ContextValues context, String key, double otherwise) {
        String raw = context.first(key);
        if (raw == null) {
            return otherwise;
        }
        try {
            double value = Double.parseDouble(raw);
            return Double.isNaN(value) || value < 0 ? otherwise : value;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
