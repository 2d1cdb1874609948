package io.adslot.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a placement renders at each of its slots.
 *
 * @param template  name of the Mustache template (file name without {@code .mustache})
 * @param adUnit    ad unit path; may contain {@code {key}} references to context values,
 *                  such as {@code /1234/{section}/inarticle}
 * @param sizes     ad sizes per device, largest preference first
 * @param reserve   reserved height per device
 * @param unfilled  what happens to the space when no ad fills the slot
 * @param label     label text shown with the slot (may be empty)
 * @param lazy      load the slot lazily
 * @param data      extra {@code data-} attributes for the slot (names without the prefix)
 */
public record SlotSpec(
        String template,
        String adUnit,
        Map<String, List<Size>> sizes,
        Map<String, Reserve> reserve,
        Unfilled unfilled,
        String label,
        boolean lazy,
        Map<String, String> data) {

    public SlotSpec {
        sizes = Map.copyOf(sizes);
        reserve = Map.copyOf(reserve);
        data = Map.copyOf(data);
    }

    /** What happens to an unfilled slot's space. */
    public enum Unfilled {
        COLLAPSE,
        KEEP
    }

    /** A creative size in CSS pixels. */
    public record Size(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    /**
     * Space held for the slot before the ad loads, so the page does not shift.
     *
     * @param height pixels
     * @param fixed  true for a fixed height, false for a minimum height
     */
    public record Reserve(int height, boolean fixed) {
    }

    void collectContextKeys(Set<String> keys) {
        int i = adUnit == null ? -1 : adUnit.indexOf('{');
        while (i >= 0) {
            int close = adUnit.indexOf('}', i);
            if (close < 0) {
                break;
            }
            keys.add(adUnit.substring(i + 1, close).strip().toLowerCase(java.util.Locale.ROOT));
            i = adUnit.indexOf('{', close);
        }
    }
}
