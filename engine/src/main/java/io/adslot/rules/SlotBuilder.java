package io.adslot.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a placement's {@code slot} mapping into a {@link SlotSpec}: the template (which must exist), the ad
 * unit (whose {@code {key}} references must be known context keys), sizes and reserved heights per device,
 * and the rendering flags.
 */
final class SlotBuilder {

    static final List<String> KEYS = List.of("template", "ad_unit", "sizes", "reserve", "unfilled",
            "label", "lazy", "data", "viewports", "targeting", "lazy_margin", "refresh");
    static final List<String> VIEWPORT_KEYS = List.of("min_width", "sizes", "reserve");
    /** Ad servers' policies ask for at least 30 seconds between refreshes of a slot in view. */
    static final int MIN_REFRESH_SECONDS = 30;
    static final String DEFAULT_TEMPLATE = "scroll-to-continue";
    static final String DEFAULT_LABEL = "Advertisement";

    private final Map<String, ContextKeyType> contextKeys;
    private final Set<String> knownTemplates;
    private final ProblemCollector problems;

    SlotBuilder(Map<String, ContextKeyType> contextKeys, Set<String> knownTemplates, ProblemCollector problems) {
        this.contextKeys = contextKeys;
        this.knownTemplates = knownTemplates;
        this.problems = problems;
    }

    SlotSpec build(MappingReader r) {
        String template = r.string("template", DEFAULT_TEMPLATE);
        if (knownTemplates != null && !knownTemplates.contains(template)) {
            String suggestion = Suggestions.closest(template, knownTemplates);
            problems.error(r.at("template"), "template \"" + template + "\" not found in rules/templates"
                    + (suggestion != null ? ", did you mean \"" + suggestion + "\"?" : ";")
                    + " known: " + (knownTemplates.isEmpty() ? "(none)" : Suggestions.list(knownTemplates)));
        }
        String adUnit = r.string("ad_unit", "");
        checkAdUnit(r, adUnit);
        Map<String, List<SlotSpec.Size>> sizes = sizes(r.child("sizes", ConditionBuilder.DEVICES));
        Map<String, SlotSpec.Reserve> reserve = reserves(r.child("reserve", ConditionBuilder.DEVICES));
        for (Map.Entry<String, SlotSpec.Reserve> e : reserve.entrySet()) {
            int tallest = sizes.getOrDefault(e.getKey(), List.of()).stream().mapToInt(SlotSpec.Size::height).max().orElse(0);
            if (e.getValue().height() < tallest) {
                MappingReader rr = r.child("reserve", ConditionBuilder.DEVICES);
                problems.warning(rr.at(e.getKey()), "slot.reserve." + e.getKey() + " reserves " + e.getValue().height()
                        + "px but the tallest " + e.getKey() + " size is " + tallest + "px tall, so the page will shift or clip; reserve at least "
                        + tallest);
            }
        }
        String unfilled = r.string("unfilled", "collapse");
        SlotSpec.Unfilled mode = SlotSpec.Unfilled.COLLAPSE;
        if (unfilled.equals("keep")) {
            mode = SlotSpec.Unfilled.KEEP;
        } else if (!unfilled.equals("collapse")) {
            problems.error(r.at("unfilled"), "slot.unfilled must be collapse or keep, got \"" + unfilled + "\""
                    + Suggestions.didYouMean(unfilled, List.of("collapse", "keep")));
        }
        String label = r.string("label", DEFAULT_LABEL);
        boolean lazy = r.bool("lazy", true);
        Map<String, String> data = new LinkedHashMap<>();
        YamlNode dataNode = r.node("data");
        if (dataNode != null && !(dataNode instanceof YamlNode.Mapping)) {
            problems.error(dataNode.position(), "slot.data must be a mapping of attribute names to values, such as { position: inline }, got "
                    + dataNode.describe());
        } else if (dataNode != null) {
            for (YamlNode.Entry e : ((YamlNode.Mapping) dataNode).entries()) {
                if (!MappingReader.isIdentifier(e.key())) {
                    problems.error(e.keyPosition(), "slot.data: \"" + e.key() + "\" is not a usable data- attribute name; "
                            + "write lower-case letters, digits and -, such as position");
                    continue;
                }
                String v = MappingReader.text(e.value(), "slot.data." + e.key(), problems);
                if (v != null) {
                    data.put(e.key(), v);
                }
            }
        }
        return new SlotSpec(template, adUnit, sizes, reserve, mode, label, lazy, data, serving(r));
    }

    private SlotSpec.Serving serving(MappingReader r) {
        List<SlotSpec.ViewportSizes> viewports = viewports(r);
        List<String> targeting = new ArrayList<>();
        for (YamlNode item : r.items("targeting")) {
            String key = MappingReader.text(item, r.name("targeting"), problems);
            if (key == null) {
                continue;
            }
            key = key.strip().toLowerCase(Locale.ROOT);
            if (!contextKeys.containsKey(key)) {
                String suggestion = Suggestions.closest(key, contextKeys.keySet());
                problems.error(item.position(), "slot.targeting names unknown context key \"" + key + "\""
                        + (suggestion != null ? ", did you mean \"" + suggestion + "\"?" : ";")
                        + " custom keys must be declared under context:");
            } else if (!targeting.contains(key)) {
                targeting.add(key);
            }
        }
        int margin = r.integer("lazy_margin", 0, 10_000, SlotSpec.Serving.DEFAULT_LAZY_MARGIN);
        int refresh = r.integer("refresh", 0, 86_400, 0);
        if (refresh > 0 && refresh < MIN_REFRESH_SECONDS) {
            problems.error(r.at("refresh"), "slot.refresh is in seconds and must be 0 (never) or at least "
                    + MIN_REFRESH_SECONDS + ", as ad servers require; got " + refresh + "; write for example refresh: 60");
            refresh = 0;
        }
        return new SlotSpec.Serving(viewports, targeting, margin, refresh);
    }

    /** {@code viewports: [ { min_width: 0, sizes: [300x250] }, { min_width: 768, sizes: [728x90], reserve: 90 } ]}. */
    private List<SlotSpec.ViewportSizes> viewports(MappingReader r) {
        List<SlotSpec.ViewportSizes> ranges = new ArrayList<>();
        int previous = -1;
        for (YamlNode item : r.items("viewports")) {
            MappingReader v = MappingReader.of(item, r.name("viewports"), item.position(), VIEWPORT_KEYS, problems);
            if (!v.has("min_width")) {
                problems.error(v.position(), "slot.viewports: each range needs min_width, such as { min_width: 768, sizes: [728x90] }");
                continue;
            }
            int minWidth = v.integer("min_width", 0, 100_000, -1);
            if (minWidth < 0) {
                continue;
            }
            if (minWidth <= previous) {
                problems.error(v.at("min_width"), "slot.viewports: min_width " + minWidth + " must be larger than the range before it ("
                        + previous + "); list the ranges from the narrowest screen up");
                continue;
            }
            List<SlotSpec.Size> sizes = new ArrayList<>();
            for (YamlNode s : v.items("sizes")) {
                SlotSpec.Size size = size(s, v.name("sizes"));
                if (size != null) {
                    sizes.add(size);
                }
            }
            int tallest = sizes.stream().mapToInt(SlotSpec.Size::height).max().orElse(0);
            int reserve = v.integer("reserve", 0, 10_000, tallest);
            if (reserve < tallest) {
                problems.warning(v.at("reserve"), "slot.viewports: the range from " + minWidth + "px reserves " + reserve
                        + "px but its tallest size is " + tallest + "px tall, so the page will shift; reserve at least " + tallest);
            }
            if (ranges.isEmpty() && minWidth > 0) {
                problems.warning(v.at("min_width"), "slot.viewports: the first range starts at " + minWidth
                        + "px, so narrower screens get no ad; start the first range at min_width: 0");
            }
            ranges.add(new SlotSpec.ViewportSizes(minWidth, sizes, reserve));
            previous = minWidth;
        }
        return ranges;
    }

    private void checkAdUnit(MappingReader r, String adUnit) {
        int i = 0;
        while ((i = adUnit.indexOf('{', i)) >= 0) {
            int close = adUnit.indexOf('}', i);
            if (close < 0) {
                problems.error(r.at("ad_unit"), "slot.ad_unit \"" + adUnit + "\" opens { without closing it; write {key}, such as /1234/{section}/inarticle");
                return;
            }
            String key = adUnit.substring(i + 1, close).strip().toLowerCase(Locale.ROOT);
            if (!contextKeys.containsKey(key)) {
                String suggestion = Suggestions.closest(key, contextKeys.keySet());
                problems.error(r.at("ad_unit"), "slot.ad_unit refers to unknown context key \"" + key + "\""
                        + (suggestion != null ? ", did you mean \"" + suggestion + "\"?" : ";")
                        + " custom keys must be declared under context:");
            }
            i = close + 1;
        }
    }

    private Map<String, List<SlotSpec.Size>> sizes(MappingReader r) {
        Map<String, List<SlotSpec.Size>> sizes = new LinkedHashMap<>();
        for (YamlNode.Entry e : r.mapping().entries()) {
            if (!ConditionBuilder.DEVICES.contains(e.key())) {
                continue;
            }
            List<SlotSpec.Size> list = new ArrayList<>();
            for (YamlNode item : r.items(e.key())) {
                SlotSpec.Size size = size(item, r.name(e.key()));
                if (size != null) {
                    list.add(size);
                }
            }
            sizes.put(e.key(), list);
        }
        return sizes;
    }

    private SlotSpec.Size size(YamlNode item, String name) {
        String text = item instanceof YamlNode.Scalar ? ((YamlNode.Scalar) item).text().strip() : null;
        int x = text == null ? -1 : text.indexOf('x');
        if (x > 0) {
            try {
                int w = Integer.parseInt(text.substring(0, x));
                int h = Integer.parseInt(text.substring(x + 1));
                if (w >= 1 && h >= 1 && w <= 10_000 && h <= 10_000) {
                    return new SlotSpec.Size(w, h);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problems.error(item.position(), name + ": size " + item.describe() + " is not WIDTHxHEIGHT in pixels; write for example 300x250");
        return null;
    }

    private Map<String, SlotSpec.Reserve> reserves(MappingReader r) {
        Map<String, SlotSpec.Reserve> reserve = new LinkedHashMap<>();
        for (YamlNode.Entry e : r.mapping().entries()) {
            if (!ConditionBuilder.DEVICES.contains(e.key())) {
                continue;
            }
            if (e.value() instanceof YamlNode.Mapping) {
                MappingReader h = r.child(e.key(), List.of("min_height", "height"));
                if (h.has("min_height") && h.has("height")) {
                    problems.error(h.position(), h.path() + ": give min_height (grows with the ad) or height (fixed), not both");
                    continue;
                }
                if (!h.has("min_height") && !h.has("height")) {
                    problems.error(h.position(), h.path() + " needs min_height or height, such as { min_height: 280 }");
                    continue;
                }
                boolean fixed = h.has("height");
                int px = h.integer(fixed ? "height" : "min_height", 1, 10_000, 0);
                if (px > 0) {
                    reserve.put(e.key(), new SlotSpec.Reserve(px, fixed));
                }
            } else {
                int px = r.integer(e.key(), 1, 10_000, 0);
                if (px > 0) {
                    reserve.put(e.key(), new SlotSpec.Reserve(px, false));
                }
            }
        }
        return reserve;
    }
}
