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
 * @param serving   what the ad server and the client runtime need beyond the device sizes: sizes per
 *                  viewport width range, context keys sent as targeting, lazy-load margin and refresh
 */
public record SlotSpec(
        String template,
        String adUnit,
        Map<String, List<Size>> sizes,
        Map<String, Reserve> reserve,
        Unfilled unfilled,
        String label,
        boolean lazy,
        Map<String, String> data,
        Serving serving) {

    public SlotSpec {
        sizes = Map.copyOf(sizes);
        reserve = Map.copyOf(reserve);
        data = Map.copyOf(data);
        serving = serving == null ? Serving.NONE : serving;
    }

    /** A slot without serving settings (no viewport sizes, no targeting keys, default margin, no refresh). */
    public SlotSpec(String template, String adUnit, Map<String, List<Size>> sizes, Map<String, Reserve> reserve,
                    Unfilled unfilled, String label, boolean lazy, Map<String, String> data) {
        this(template, adUnit, sizes, reserve, unfilled, label, lazy, data, Serving.NONE);
    }

    /**
     * What serving the slot needs besides its device sizes.
     *
     * @param viewports      sizes per viewport width range, ascending by {@code minWidth} (empty: none given);
     *                       one cached page then serves every screen, as GPT's {@code sizeMapping} and
     *                       Prebid's {@code sizeConfig} do
     * @param targetingKeys  context keys whose values are sent to the ad server as targeting key-values
     * @param lazyMargin     how far from the viewport, in CSS pixels, a lazy slot starts loading
     * @param refreshSeconds reload the ad every so many seconds while in view; 0 for never
     */
    public record Serving(List<ViewportSizes> viewports, List<String> targetingKeys, int lazyMargin, int refreshSeconds) {

        /** Default lazy-load margin in CSS pixels. */
        public static final int DEFAULT_LAZY_MARGIN = 200;

        /** No viewport sizes, no targeting keys, the default margin, no refresh. */
        public static final Serving NONE = new Serving(List.of(), List.of(), DEFAULT_LAZY_MARGIN, 0);

        public Serving {
            viewports = List.copyOf(viewports);
            targetingKeys = List.copyOf(targetingKeys);
        }
    }

    /**
     * The sizes of one viewport width range: from {@code minWidth} up to the next range's minimum.
     *
     * @param minWidth smallest viewport width in CSS pixels
     * @param sizes    sizes allowed in the range, largest preference first (empty: no ad in this range)
     * @param reserve  height reserved in the range, in CSS pixels (the tallest size unless the rule file says)
     */
    public record ViewportSizes(int minWidth, List<Size> sizes, int reserve) {
        public ViewportSizes {
            sizes = List.copyOf(sizes);
        }
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
        keys.addAll(serving.targetingKeys());
    }
}
