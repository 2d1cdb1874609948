package io.adslot.render;

import io.adslot.placement.SlotDecision;
import io.adslot.rules.SlotSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a slot template sees: one stable class (so Mustache.java's guards stay on their fast path) with
 * every value a template may print. Values are printed with {@code {{name}}}, which HTML-escapes them
 * (including quotes, so they are safe inside attribute values); the template's own markup is raw.
 *
 * <p>Fields are read reflectively by Mustache.java, hence public; the class itself stays package-private
 * in spirit (the package is not exported).
 */
public final class SlotScope {

    /** Unique slot id in the page, such as {@code inline-1}. */
    public final String slotId;
    /** The placement (rule) that produced the slot. */
    public final String placementId;
    /** The placement's kind ({@code ad}, {@code newsletter}...). */
    public final String kind;
    /** 1-based position among all slots of the page. */
    public final int ordinal;
    /** 1-based position among this placement's slots. */
    public final int placementOrdinal;
    /** True when an editor pinned the slot with an {@code adslot:here} marker. */
    public final boolean pinned;
    /** Ad unit path, context values already substituted. */
    public final String adUnit;
    /** Sizes for the page's device, largest preference first. */
    public final List<Size> sizes;
    /** True when there is at least one size. */
    public final boolean hasSizes;
    /** Sizes as {@code 300x250,320x100}. */
    public final String sizesText;
    /** Width of the first size (0 when none): AMP needs one fixed box. */
    public final int width;
    /** Height of the first size, or the reserved height when there is no size. */
    public final int height;
    /** True when more than one size is allowed. */
    public final boolean multiSize;
    /** True when the slot reserves space. */
    public final boolean hasReserve;
    /** Reserved height in pixels (0 when none). */
    public final int reserveHeight;
    /** True when the reserve is a fixed height, false when it is a minimum height. */
    public final boolean reserveFixed;
    /** {@code collapse} or {@code keep}: what happens to unfilled space. */
    public final String unfilled;
    /** True when unfilled space collapses. */
    public final boolean collapse;
    /** True when unfilled space is kept. */
    public final boolean keep;
    /** Label text (may be empty). */
    public final String label;
    /** True when the label is not empty. */
    public final boolean hasLabel;
    /** Load lazily. */
    public final boolean lazy;
    /** Extra data attributes, names already limited to {@code [a-z0-9_-]}. */
    public final List<DataAttribute> data;
    /** The A/B variant chosen for the slot's placement, empty when none. */
    public final String variant;
    /** True when a variant was chosen. */
    public final boolean hasVariant;
    /**
     * Targeting key-values as a JSON object: {@code placement}, {@code kind}, {@code position} (the slot's
     * 1-based position in the page), {@code variant} when there is one, and the context keys the rule file
     * lists under {@code slot.targeting} (list values as arrays). Print it with {@code {{targetingJson}}},
     * which escapes it for an attribute value.
     */
    public final String targetingJson;
    /** {@code {"targeting":{...}}}: the {@code json} attribute of an AMP {@code amp-ad}. */
    public final String ampJson;
    /** Device sizes as JSON, {@code [[300,250],[320,100]]}, as GPT's {@code defineSlot} takes them. */
    public final String sizesJson;
    /** True when the slot gives sizes per viewport width range ({@code slot.viewports}). */
    public final boolean hasViewports;
    /**
     * Sizes per viewport width range as JSON, {@code [[0,[[300,250]]],[768,[[728,90]]]]} (minimum width, sizes),
     * the shape of GPT's {@code sizeMapping}; empty when there are none.
     */
    public final String viewportsJson;
    /**
     * CSS reserving each viewport range's height on the element {@code id="<slotId>-ad"}, with media
     * queries: {@code #inline-1-ad{min-height:250px}@media (min-width:768px){#inline-1-ad{min-height:90px}}}.
     * Only characters that need no escaping, so it may stand in a {@code <style>} element.
     */
    public final String viewportCss;
    /** Width of the box holding every size: the widest size (AMP's {@code width} for a multi-size slot). */
    public final int boxWidth;
    /** Height of the box holding every size: the tallest size, or the reserved height when there is no size. */
    public final int boxHeight;
    /** True when every size is at least two thirds of the box both ways, as AMP's multi-size check requires. */
    public final boolean multiSizeValid;
    /** Sizes other than the box itself as {@code 300x250,320x100}, for AMP's {@code data-multi-size}. */
    public final String otherSizesText;
    /** How far from the viewport, in CSS pixels, a lazy slot starts loading. */
    public final int lazyMargin;
    /** Seconds between refreshes while the slot is in view, 0 for never. */
    public final int refresh;
    /** True when the slot refreshes. */
    public final boolean hasRefresh;
    /** Context values the templates asked for (see {@link SlotTemplates#contextKeysUsed()}), list values joined with commas. */
    public final Map<String, String> context;

    SlotScope(SlotDecision d, Map<String, String> context) {
        this.slotId = nullToEmpty(d.slotId());
        this.placementId = nullToEmpty(d.placementId());
        this.kind = nullToEmpty(d.kind());
        this.ordinal = d.ordinal();
        this.placementOrdinal = d.placementOrdinal();
        this.pinned = d.pinned();
        this.adUnit = nullToEmpty(d.adUnit());
        List<Size> sizeViews = new ArrayList<>(d.sizes().size());
        StringBuilder text = new StringBuilder();
        for (SlotSpec.Size s : d.sizes()) {
            sizeViews.add(new Size(s.width(), s.height()));
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(s.width()).append('x').append(s.height());
        }
        this.sizes = Collections.unmodifiableList(sizeViews);
        this.hasSizes = !sizeViews.isEmpty();
        this.sizesText = text.toString();
        this.multiSize = sizeViews.size() > 1;
        SlotSpec.Reserve reserve = d.reserve();
        this.hasReserve = reserve != null && reserve.height() > 0;
        this.reserveHeight = hasReserve ? reserve.height() : 0;
        this.reserveFixed = hasReserve && reserve.fixed();
        this.width = hasSizes ? sizeViews.get(0).width : 0;
        this.height = hasSizes ? sizeViews.get(0).height : reserveHeight;
        this.collapse = d.unfilled() == SlotSpec.Unfilled.COLLAPSE;
        this.keep = !collapse;
        this.unfilled = collapse ? "collapse" : "keep";
        this.label = nullToEmpty(d.label());
        this.hasLabel = !label.isEmpty();
        this.lazy = d.lazy();
        List<DataAttribute> attributes = new ArrayList<>();
        new TreeMap<>(d.data()).forEach((name, value) -> {
            String safe = attributeName(name);
            if (safe != null) {
                attributes.add(new DataAttribute(safe, nullToEmpty(value)));
            }
        });
        this.data = Collections.unmodifiableList(attributes);
        this.context = context;
        this.variant = nullToEmpty(d.variant());
        this.hasVariant = !variant.isEmpty();
        this.targetingJson = targetingJson(d);
        this.ampJson = "{\"targeting\":" + targetingJson + "}";
        this.sizesJson = sizesJson(d.sizes());
        SlotSpec.Serving serving = d.serving();
        this.hasViewports = !serving.viewports().isEmpty();
        this.viewportsJson = hasViewports ? viewportsJson(serving.viewports()) : "";
        this.viewportCss = hasViewports ? viewportCss(slotId + "-ad", serving.viewports()) : "";
        this.boxWidth = sizeViews.stream().mapToInt(z -> z.width).max().orElse(0);
        this.boxHeight = hasSizes ? sizeViews.stream().mapToInt(z -> z.height).max().orElse(0) : reserveHeight;
        this.multiSizeValid = sizeViews.stream().allMatch(z -> 3 * z.width >= 2 * boxWidth && 3 * z.height >= 2 * boxHeight);
        StringBuilder others = new StringBuilder();
        for (Size z : sizeViews) {
            if (z.width != boxWidth || z.height != boxHeight) {
                others.append(others.length() == 0 ? "" : ",").append(z.text);
            }
        }
        this.otherSizesText = others.toString();
        this.lazyMargin = serving.lazyMargin();
        this.refresh = serving.refreshSeconds();
        this.hasRefresh = refresh > 0;
    }

    private static String targetingJson(SlotDecision d) {
        StringBuilder json = new StringBuilder(128).append('{');
        member(json, "placement").append(JsonText.quote(nullToEmpty(d.placementId())));
        member(json, "kind").append(JsonText.quote(nullToEmpty(d.kind())));
        member(json, "position").append(JsonText.quote(Integer.toString(d.ordinal())));
        if (d.variant() != null && !d.variant().isEmpty()) {
            member(json, "variant").append(JsonText.quote(d.variant()));
        }
        for (Map.Entry<String, List<String>> e : d.targeting().entrySet()) {
            member(json, e.getKey());
            if (e.getValue().size() == 1) {
                json.append(JsonText.quote(e.getValue().get(0)));
            } else {
                json.append('[');
                for (int i = 0; i < e.getValue().size(); i++) {
                    json.append(i == 0 ? "" : ",").append(JsonText.quote(e.getValue().get(i)));
                }
                json.append(']');
            }
        }
        return json.append('}').toString();
    }

    private static StringBuilder member(StringBuilder json, String name) {
        if (json.length() > 1) {
            json.append(',');
        }
        return json.append(JsonText.quote(name)).append(':');
    }

    private static String sizesJson(List<SlotSpec.Size> sizes) {
        StringBuilder json = new StringBuilder("[");
        for (SlotSpec.Size s : sizes) {
            json.append(json.length() > 1 ? "," : "").append('[').append(s.width()).append(',').append(s.height()).append(']');
        }
        return json.append(']').toString();
    }

    private static String viewportsJson(List<SlotSpec.ViewportSizes> ranges) {
        StringBuilder json = new StringBuilder("[");
        for (SlotSpec.ViewportSizes r : ranges) {
            json.append(json.length() > 1 ? "," : "").append('[').append(r.minWidth()).append(',')
                    .append(sizesJson(r.sizes())).append(']');
        }
        return json.append(']').toString();
    }

    /** Ids are {@code [a-z0-9_-]}; one starting with a digit needs the CSS escape of that digit. */
    private static String viewportCss(String elementId, List<SlotSpec.ViewportSizes> ranges) {
        char first = elementId.charAt(0);
        String selector = "#" + (first >= '0' && first <= '9' ? "\\3" + first + " " + elementId.substring(1) : elementId);
        StringBuilder css = new StringBuilder();
        for (SlotSpec.ViewportSizes r : ranges) {
            String rule = selector + "{min-height:" + r.reserve() + "px}";
            css.append(r.minWidth() == 0 ? rule : "@media (min-width:" + r.minWidth() + "px){" + rule + "}");
        }
        return css.toString();
    }

    /**
     * A data attribute name as it may stand in markup: lower-case letters, digits, {@code -} and
     * {@code _} only (escaping cannot make a name safe, so anything else drops the attribute).
     */
    static String attributeName(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
                return null;
            }
        }
        return lower;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A creative size as templates see it. */
    public static final class Size {
        /** Width in CSS pixels. */
        public final int width;
        /** Height in CSS pixels. */
        public final int height;
        /** {@code 300x250}. */
        public final String text;

        Size(int width, int height) {
            this.width = width;
            this.height = height;
            this.text = width + "x" + height;
        }
    }

    /** One {@code data-} attribute: its name without the prefix and its value. */
    public static final class DataAttribute {
        /** Name without {@code data-}. */
        public final String name;
        /** Value (escaped when printed with {@code {{value}}}). */
        public final String value;

        DataAttribute(String name, String value) {
            this.name = name;
            this.value = value;
        }
    }
}
