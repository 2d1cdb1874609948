package io.adslot.rules;

import io.adslot.article.BlockKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns one placement mapping (with {@code defaults} already laid under it) into a {@link Placement},
 * applying every built-in default and reporting every problem: wrong types, out-of-range numbers,
 * unknown names, contradictions, and warnings for parts that can never fire.
 */
final class PlacementBuilder {

    /** Keys of a placement, in the order the README documents them. */
    static final List<String> PLACEMENT_KEYS = List.of("id", "kind", "priority", "enabled", "when", "paragraphs",
            "min_article", "candidates", "spacing", "avoid", "when_blocked", "fallback_at_end", "max_slots",
            "other_slot_gap", "slot", "variants");
    /** Keys a {@code defaults} section may give for every placement. */
    static final List<String> DEFAULT_KEYS = List.of("kind", "priority", "paragraphs", "min_article", "spacing",
            "avoid", "when_blocked", "fallback_at_end", "max_slots", "other_slot_gap", "slot");
    /** Keys a variant of a placement may give: its name, weight, and fields that replace the placement's. */
    static final List<String> VARIANT_OPTION_KEYS;

    static {
        List<String> keys = new ArrayList<>(List.of("name", "weight"));
        PLACEMENT_KEYS.stream().filter(k -> !Set.of("id", "enabled", "variants").contains(k)).forEach(keys::add);
        VARIANT_OPTION_KEYS = List.copyOf(keys);
    }

    private static final List<String> CANDIDATE_KEYS = List.of("after_paragraph", "at_percent", "every",
            "before_heading", "after_heading", "after_media", "end_of_article");
    private static final List<String> DISTANCE_KEYS = List.of("words", "blocks", "pixels");
    private static final List<String> BETWEEN_KEYS = List.of("words", "blocks", "pixels", "grow");
    private static final List<String> SLOT_KEYS = List.of("template", "ad_unit", "sizes", "reserve", "unfilled",
            "label", "lazy", "data");
    private static final Map<String, BlockKind> BLOCK_KINDS = new LinkedHashMap<>();

    static {
        for (BlockKind k : BlockKind.values()) {
            BLOCK_KINDS.put(k.ruleName(), k);
        }
    }

    static final String DEFAULT_TEMPLATE = "scroll-to-continue";
    static final String DEFAULT_LABEL = "Advertisement";
    private static final int MAX_DISTANCE = 1_000_000;

    private final Map<String, ContextKeyType> contextKeys;
    private final Set<String> knownTemplates;
    private final int maxSlotsPerPage;
    private final ProblemCollector problems;
    private final ConditionBuilder conditions;

    PlacementBuilder(Map<String, ContextKeyType> contextKeys, Set<String> knownTemplates, int maxSlotsPerPage,
                     ProblemCollector problems) {
        this.contextKeys = contextKeys;
        this.knownTemplates = knownTemplates;
        this.maxSlotsPerPage = maxSlotsPerPage;
        this.problems = problems;
        this.conditions = new ConditionBuilder(contextKeys, problems);
    }

    /**
     * Builds the placement, or null when it is switched off ({@code enabled: false}) or its id is unusable.
     * Variants are built as complete placements: the variant's fields laid over the placement's.
     */
    Placement build(YamlNode.Mapping node) {
        MappingReader r = MappingReader.of(node, "", node.position(), PLACEMENT_KEYS, problems);
        String id = r.has("id") ? MappingReader.identifier(r.node("id"), "id", problems) : null;
        if (!r.has("id")) {
            problems.error(node.position(), "placement has no id; give it one, such as id: inline");
        }
        if (!r.bool("enabled", true)) {
            return null;
        }
        Variants<Placement> variants = null;
        if (r.has("variants")) {
            variants = variants(r, node, id);
        }
        Placement base = fields(r, id == null ? "placement" : id, variants);
        return id == null ? null : base;
    }

    private Variants<Placement> variants(MappingReader r, YamlNode.Mapping node, String id) {
        MappingReader v = r.child("variants", List.of("key", "options"));
        String key = variantKey(v);
        List<Variants.Option<Placement>> options = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        YamlNode.Mapping withoutVariants = TreeMerger.without(node, Set.of("variants"));
        List<YamlNode> items = v.items("options");
        if (items.isEmpty()) {
            problems.error(v.at("options"), "variants.options must list at least one variant, such as "
                    + "[ { name: control, weight: 50 }, { name: dense, weight: 50, max_slots: 4 } ]");
        }
        for (YamlNode item : items) {
            MappingReader o = MappingReader.of(item, "variants.options", item.position(), VARIANT_OPTION_KEYS, problems);
            String name = optionName(o, names);
            int weight = o.integer("weight", 1, 1_000_000, 1);
            YamlNode.Mapping overrides = TreeMerger.without(o.mapping(), Set.of("name", "weight"));
            YamlNode merged = TreeMerger.merge(withoutVariants, overrides);
            MappingReader mr = MappingReader.of(merged, "", item.position(), PLACEMENT_KEYS, problems);
            Placement p = fields(mr, id == null ? "placement" : id, null);
            if (name != null) {
                options.add(new Variants.Option<>(name, weight, p));
            }
        }
        return key == null ? null : new Variants<>(key, options);
    }

    /** The context key that picks a variant: must be known. */
    String variantKey(MappingReader v) {
        if (!v.has("key")) {
            problems.error(v.position(), "variants needs a key naming the context value that picks the variant, such as key: bucket");
            return null;
        }
        String key = MappingReader.text(v.node("key"), v.name("key"), problems);
        if (key != null && !contextKeys.containsKey(key)) {
            String suggestion = Suggestions.closest(key, contextKeys.keySet());
            problems.error(v.at("key"), "unknown context key \"" + key + "\""
                    + (suggestion != null ? ", did you mean \"" + suggestion + "\"?" : ";")
                    + " declare it under context: (for example context: { " + key + ": string })");
            return null;
        }
        return key;
    }

    String optionName(MappingReader o, Set<String> seen) {
        if (!o.has("name")) {
            problems.error(o.position(), "each variant needs a name, such as name: control");
            return null;
        }
        String name = MappingReader.identifier(o.node("name"), "variants.options.name", problems);
        if (name != null && !seen.add(name)) {
            problems.error(o.at("name"), "variant name \"" + name + "\" is used twice; give each variant its own name");
            return null;
        }
        return name;
    }

    private Placement fields(MappingReader r, String id, Variants<Placement> variants) {
        String kind = r.has("kind") ? MappingReader.identifier(r.node("kind"), "kind", problems) : null;
        int priority = r.integer("priority", -1_000_000, 1_000_000, 0);
        Condition when = conditions.build(r.node("when"), "when");
        ParagraphDefinition paragraphs = paragraphs(r.child("paragraphs", List.of("tags", "min_words")));
        MappingReader min = r.child("min_article", List.of("words", "paragraphs"));
        MinimumArticle minArticle = new MinimumArticle(min.integer("words", 0, MAX_DISTANCE, 0),
                min.integer("paragraphs", 0, MAX_DISTANCE, 0));
        List<CandidateRule> candidates = candidates(r.child("candidates", CANDIDATE_KEYS));
        Spacing spacing = spacing(r.child("spacing", List.of("before_first", "between", "after_last", "media_words")));
        Avoidance avoid = avoidance(r.child("avoid", List.of("before", "after", "next_to_slots")));
        BlockedPolicy whenBlocked = blockedPolicy(r);
        boolean fallbackAtEnd = r.bool("fallback_at_end", false);
        int maxSlots = r.integer("max_slots", 0, 1000, maxSlotsPerPage);
        Distance otherSlotGap = distance(r, "other_slot_gap");
        SlotSpec slot = slot(r.child("slot", SLOT_KEYS));

        Placement p = new Placement(id, kind == null ? "ad" : kind, priority, when, paragraphs, minArticle, candidates,
                spacing, avoid, whenBlocked, fallbackAtEnd, maxSlots, otherSlotGap, slot, variants);
        warnNeverFires(r, p);
        return p;
    }

    private ParagraphDefinition paragraphs(MappingReader r) {
        Set<String> tags = new LinkedHashSet<>();
        for (YamlNode t : r.items("tags")) {
            String tag = MappingReader.text(t, r.name("tags"), problems);
            if (tag == null) {
                continue;
            }
            String lower = tag.strip().toLowerCase(Locale.ROOT);
            if (!MappingReader.isIdentifier(lower)) {
                problems.error(t.position(), r.name("tags") + ": \"" + tag + "\" is not a tag name; write tag names such as p or div");
                continue;
            }
            tags.add(lower);
        }
        if (r.has("tags") && r.items("tags").isEmpty()) {
            problems.error(r.at("tags"), r.name("tags") + " is empty, so no block counts as a paragraph; write at least one tag, such as [p]");
        }
        return new ParagraphDefinition(tags.isEmpty() ? Set.of("p") : tags, r.integer("min_words", 0, 10_000, 0));
    }

    private List<CandidateRule> candidates(MappingReader r) {
        List<CandidateRule> rules = new ArrayList<>();
        if (r.has("after_paragraph")) {
            afterParagraph(r, rules);
        }
        if (r.has("at_percent")) {
            List<Integer> percents = integers(r.items("at_percent"), r.name("at_percent"), 1, 100);
            if (!percents.isEmpty()) {
                rules.add(new CandidateRule.AtPercent(percents));
            }
        }
        if (r.has("every")) {
            YamlNode n = r.node("every");
            if (n instanceof YamlNode.Mapping) {
                MappingReader e = r.child("every", List.of("first", "then"));
                if (!e.has("then")) {
                    problems.error(n.position(), "candidates.every needs then: how many paragraphs between candidates, such as every: { first: 2, then: 4 }");
                } else {
                    int then = e.integer("then", 1, 10_000, 0);
                    int first = e.integer("first", 1, 10_000, then);
                    if (then > 0 && first > 0) {
                        rules.add(new CandidateRule.EveryParagraphs(first, then));
                    }
                }
            } else {
                int every = r.integer("every", 1, 10_000, 0);
                if (every > 0) {
                    rules.add(new CandidateRule.EveryParagraphs(every, every));
                }
            }
        }
        List<Integer> before = headingLevels(r, "before_heading");
        if (before != null) {
            rules.add(new CandidateRule.BeforeHeadings(before));
        }
        List<Integer> after = headingLevels(r, "after_heading");
        if (after != null) {
            rules.add(new CandidateRule.AfterHeadings(after));
        }
        if (r.bool("after_media", false)) {
            rules.add(new CandidateRule.AfterMedia());
        }
        if (r.bool("end_of_article", false)) {
            rules.add(new CandidateRule.EndOfArticle());
        }
        return rules;
    }

    private void afterParagraph(MappingReader r, List<CandidateRule> rules) {
        YamlNode n = r.node("after_paragraph");
        if (n instanceof YamlNode.Mapping) {
            MappingReader a = r.child("after_paragraph", List.of("at", "from"));
            String from = a.string("from", "top");
            if (!from.equals("top") && !from.equals("bottom")) {
                problems.error(a.at("from"), a.name("from") + " must be top or bottom, got \"" + from + "\"");
            }
            if (!a.has("at")) {
                problems.error(n.position(), "candidates.after_paragraph needs at: the paragraph numbers, such as { at: [1], from: bottom }");
                return;
            }
            List<Integer> at = integers(a.items("at"), a.name("at"), 1, 10_000);
            if (!at.isEmpty()) {
                rules.add(new CandidateRule.AfterParagraphs(at, from.equals("bottom")));
            }
        } else {
            List<Integer> at = integers(r.items("after_paragraph"), r.name("after_paragraph"), 1, 10_000);
            if (!at.isEmpty()) {
                rules.add(new CandidateRule.AfterParagraphs(at, false));
            }
        }
    }

    /** {@code true} (all levels), {@code false}/absent (null), a list of levels, or {@code {levels: [...]}}. */
    private List<Integer> headingLevels(MappingReader r, String key) {
        YamlNode n = r.node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof YamlNode.Scalar s && s.type().isBoolean()) {
            return s.type() == YamlNode.ScalarType.TRUE ? List.of() : null;
        }
        List<YamlNode> items;
        String name = r.name(key);
        if (n instanceof YamlNode.Mapping) {
            MappingReader m = r.child(key, List.of("levels"));
            items = m.items("levels");
            name = m.name("levels");
        } else if (n instanceof YamlNode.Sequence seq) {
            items = seq.items();
        } else {
            problems.error(n.position(), name + ": expected true, a list of heading levels or { levels: [2, 3] }, got " + n.describe());
            return null;
        }
        List<Integer> levels = integers(items, name, 1, 6);
        return levels.isEmpty() ? null : levels;
    }

    private List<Integer> integers(List<YamlNode> items, String name, int min, int max) {
        List<Integer> result = new ArrayList<>();
        if (items.isEmpty()) {
            return result;
        }
        for (YamlNode item : items) {
            Long v = MappingReader.wholeNumber(item, name, problems);
            if (v != null && MappingReader.checkRange(item, name, v, min, max, problems)) {
                if (result.contains(v.intValue())) {
                    problems.warning(item.position(), name + " lists " + v + " twice; remove one");
                } else {
                    result.add(v.intValue());
                }
            }
        }
        return result;
    }

    private Spacing spacing(MappingReader r) {
        Distance beforeFirst = distance(r, "before_first");
        Distance afterLast = distance(r, "after_last");
        Distance between = Distance.NONE;
        double factor = 1.0;
        int step = 0;
        YamlNode b = r.node("between");
        if (b instanceof YamlNode.Mapping) {
            MappingReader br = r.child("between", BETWEEN_KEYS);
            between = distanceFields(br);
            if (br.has("grow")) {
                MappingReader g = br.child("grow", List.of("factor", "step"));
                if (g.has("factor") && g.has("step")) {
                    problems.error(g.position(), g.path() + ": give factor or step, not both; "
                            + "factor multiplies each next gap, step adds words to it");
                } else if (!g.has("factor") && !g.has("step")) {
                    problems.error(g.position(), g.path() + " needs factor (such as 1.2) or step (such as 50)");
                }
                factor = g.number("factor", 1.0, 10.0, 1.0);
                step = g.integer("step", 0, MAX_DISTANCE, 0);
            }
        } else if (b != null) {
            between = distance(r, "between");
        }
        int mediaWords = r.integer("media_words", 0, 10_000, 0);
        return new Spacing(beforeFirst, between, afterLast, factor, step, mediaWords);
    }

    /** A distance: a mapping of words/blocks/pixels, or a bare number of words. */
    private Distance distance(MappingReader r, String key) {
        YamlNode n = r.node(key);
        if (n == null) {
            return Distance.NONE;
        }
        if (n instanceof YamlNode.Mapping) {
            return distanceFields(r.child(key, DISTANCE_KEYS));
        }
        int words = r.integer(key, 0, MAX_DISTANCE, 0);
        return new Distance(words, 0, 0);
    }

    private Distance distanceFields(MappingReader d) {
        return new Distance(d.integer("words", 0, MAX_DISTANCE, 0), d.integer("blocks", 0, MAX_DISTANCE, 0),
                d.integer("pixels", 0, MAX_DISTANCE, 0));
    }

    private Avoidance avoidance(MappingReader r) {
        return new Avoidance(blockKinds(r, "before"), blockKinds(r, "after"), r.bool("next_to_slots", true));
    }

    private Set<BlockKind> blockKinds(MappingReader r, String key) {
        Set<BlockKind> kinds = EnumSet.noneOf(BlockKind.class);
        for (YamlNode item : r.items(key)) {
            String name = MappingReader.text(item, r.name(key), problems);
            if (name == null) {
                continue;
            }
            String lower = name.strip().toLowerCase(Locale.ROOT);
            BlockKind kind = BLOCK_KINDS.get(lower);
            if (kind != null) {
                kinds.add(kind);
            } else if (lower.equals("slot") || lower.equals("slots")) {
                problems.error(item.position(), r.name(key) + ": \"" + name + "\" is not a block kind; to keep slots apart write avoid.next_to_slots: true");
            } else {
                String suggestion = Suggestions.closest(lower, BLOCK_KINDS.keySet());
                problems.error(item.position(), "unknown block kind \"" + name + "\" in " + r.name(key)
                        + (suggestion != null ? ", did you mean \"" + suggestion + "\"?" : ";")
                        + " block kinds are: " + Suggestions.list(BLOCK_KINDS.keySet()));
            }
        }
        return kinds;
    }

    private BlockedPolicy blockedPolicy(MappingReader r) {
        YamlNode n = r.node("when_blocked");
        if (n == null) {
            return BlockedPolicy.skip();
        }
        String mode;
        int within = 2;
        if (n instanceof YamlNode.Mapping) {
            MappingReader b = r.child("when_blocked", List.of("try", "within"));
            mode = b.string("try", "nearest");
            within = b.integer("within", 1, 1000, 2);
            if (mode.equals("skip") && b.has("within")) {
                problems.warning(b.at("within"), "when_blocked.within has no effect with try: skip; remove it or write try: nearest");
            }
        } else {
            mode = r.string("when_blocked", "skip");
        }
        switch (mode) {
            case "skip":
                return BlockedPolicy.skip();
            case "nearest":
                return new BlockedPolicy(BlockedPolicy.Mode.NEAREST, within);
            default:
                problems.error(n instanceof YamlNode.Mapping m && m.get("try") != null ? m.get("try").position() : n.position(),
                        "when_blocked must be skip or nearest (as { try: nearest, within: 2 }), got \"" + mode + "\""
                                + Suggestions.didYouMean(mode, List.of("skip", "nearest")));
                return BlockedPolicy.skip();
        }
    }

    private SlotSpec slot(MappingReader r) {
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
        return new SlotSpec(template, adUnit, sizes, reserve, mode, label, lazy, data);
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

    /** Warnings for parts of a placement that can never produce a slot. */
    private void warnNeverFires(MappingReader r, Placement p) {
        String who = "placement \"" + p.id() + "\"";
        if (p.maxSlots() == 0) {
            problems.warning(r.at("max_slots"), "max_slots is 0, so " + who + " never places a slot");
        } else if (p.maxSlots() > maxSlotsPerPage && r.has("max_slots")) {
            problems.warning(r.at("max_slots"), "max_slots " + p.maxSlots() + " is more than max_slots_per_page "
                    + maxSlotsPerPage + ", so at most " + maxSlotsPerPage + " can be placed");
        }
        if (p.candidates().isEmpty() && !p.fallbackAtEnd() && !r.has("candidates")) {
            problems.warning(r.position(), who + " has no candidates, so it only fills <!-- adslot:here --> markers; "
                    + "add candidates such as candidates: { every: { first: 2, then: 4 } }");
        }
        boolean afterLastBlocksEnd = !p.spacing().afterLast().isNone();
        MappingReader c = r.child("candidates", CANDIDATE_KEYS);
        for (CandidateRule rule : p.candidates()) {
            if (rule instanceof CandidateRule.EndOfArticle && afterLastBlocksEnd) {
                problems.warning(c.at("end_of_article"), "end_of_article can never fire: spacing.after_last requires distance after the last slot");
            }
            if (rule instanceof CandidateRule.AtPercent ap && ap.percents().contains(100) && afterLastBlocksEnd) {
                problems.warning(c.at("at_percent"), "at_percent 100 can never fire: spacing.after_last requires distance after the last slot");
            }
            if (p.whenBlocked().mode() != BlockedPolicy.Mode.SKIP) {
                continue;
            }
            if (rule instanceof CandidateRule.BeforeHeadings && p.avoid().before().contains(BlockKind.HEADING)) {
                problems.warning(c.at("before_heading"), "before_heading can never fire: avoid.before includes heading "
                        + "(and when_blocked is skip); remove heading from avoid.before or use when_blocked: { try: nearest }");
            }
            if (rule instanceof CandidateRule.AfterHeadings && p.avoid().after().contains(BlockKind.HEADING)) {
                problems.warning(c.at("after_heading"), "after_heading can never fire: avoid.after includes heading "
                        + "(and when_blocked is skip); remove heading from avoid.after or use when_blocked: { try: nearest }");
            }
            if (rule instanceof CandidateRule.AfterMedia && p.avoid().after().containsAll(EnumSet.of(BlockKind.FIGURE, BlockKind.EMBED))) {
                problems.warning(c.at("after_media"), "after_media can never fire: avoid.after includes figure and embed "
                        + "(and when_blocked is skip)");
            }
            if ((rule instanceof CandidateRule.AfterParagraphs || rule instanceof CandidateRule.EveryParagraphs)
                    && p.avoid().after().contains(BlockKind.PARAGRAPH)) {
                problems.warning(c.position(), "paragraph candidates can never fire: avoid.after includes paragraph "
                        + "(and when_blocked is skip)");
            }
        }
        checkSizesForDevices(r, p);
    }

    /** A warning when the placement can apply to a device for which its slot declares no size. */
    private void checkSizesForDevices(MappingReader r, Placement p) {
        if (p.slot().sizes().isEmpty()) {
            return;
        }
        for (String device : List.of("mobile", "tablet", "desktop")) {
            if (!p.slot().sizes().containsKey(device)
                    && p.when().matches(ContextValues.ofSingle(Map.of("device", device)))) {
                // Only certain when the condition reads nothing but the device.
                Set<String> keys = new java.util.TreeSet<>();
                p.when().collectKeys(keys);
                if (keys.equals(Set.of("device"))) {
                    problems.warning(r.child("slot", SLOT_KEYS).at("sizes"), "slot.sizes gives no size for " + device
                            + " although placement \"" + p.id() + "\" applies there; add sizes." + device + " or limit when: { device: ... }");
                }
            }
        }
    }
}
