package io.adslot.rules;

import io.adslot.article.BlockKind;
import io.adslot.article.ScanOptions;
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

    private static final List<String> DISTANCE_KEYS = List.of("words", "blocks", "pixels");
    private static final List<String> BETWEEN_KEYS = List.of("words", "blocks", "pixels", "grow");
    private static final Map<String, BlockKind> BLOCK_KINDS = new LinkedHashMap<>();

    static {
        for (BlockKind k : BlockKind.values()) {
            BLOCK_KINDS.put(k.ruleName(), k);
        }
    }

    private static final int MAX_DISTANCE = 1_000_000;

    private final Map<String, ContextKeyType> contextKeys;
    private final Set<String> knownTemplates;
    private final int maxSlotsPerPage;
    private final ProblemCollector problems;
    private final ConditionBuilder conditions;
    private final CandidatesBuilder candidates;
    private final SlotBuilder slots;
    private final NeverFiresCheck neverFires;
    /** The rule file's atomic elements: they decide which tags a block may have. */
    private final ScanOptions scan;

    PlacementBuilder(Map<String, ContextKeyType> contextKeys, Set<String> knownTemplates, int maxSlotsPerPage,
                     ScanOptions scan, ProblemCollector problems) {
        this.contextKeys = contextKeys;
        this.knownTemplates = knownTemplates;
        this.maxSlotsPerPage = maxSlotsPerPage;
        this.scan = scan;
        this.problems = problems;
        this.conditions = new ConditionBuilder(contextKeys, problems);
        this.candidates = new CandidatesBuilder(problems);
        this.slots = new SlotBuilder(contextKeys, knownTemplates, problems);
        this.neverFires = new NeverFiresCheck(maxSlotsPerPage, problems);
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
        ParagraphDefinition paragraphs = paragraphs(r.child("paragraphs", List.of("tags", "text_runs", "min_words")));
        MappingReader min = r.child("min_article", List.of("words", "paragraphs"));
        MinimumArticle minArticle = new MinimumArticle(min.integer("words", 0, MAX_DISTANCE, 0),
                min.integer("paragraphs", 0, MAX_DISTANCE, 0));
        List<CandidateRule> candidates = this.candidates.build(r.child("candidates", CandidatesBuilder.KEYS));
        Spacing spacing = spacing(r.child("spacing", List.of("before_first", "between", "after_last", "media_words")));
        Avoidance avoid = avoidance(r.child("avoid", List.of("before", "after", "next_to_slots", "near", "existing_ads")));
        BlockedPolicy whenBlocked = blockedPolicy(r);
        boolean fallbackAtEnd = r.bool("fallback_at_end", false);
        int maxSlots = r.integer("max_slots", 0, 1000, maxSlotsPerPage);
        Distance otherSlotGap = distance(r, "other_slot_gap");
        SlotSpec slot = slots.build(r.child("slot", SlotBuilder.KEYS));

        Placement p = new Placement(id, kind == null ? "ad" : kind, priority, when, paragraphs, minArticle, candidates,
                spacing, avoid, whenBlocked, fallbackAtEnd, maxSlots, otherSlotGap, slot, variants);
        neverFires.check(r, p);
        return p;
    }

    private ParagraphDefinition paragraphs(MappingReader r) {
        boolean textRuns = r.bool("text_runs", false);
        Set<String> tags = new LinkedHashSet<>();
        for (YamlNode t : r.items("tags")) {
            String tag = MappingReader.text(t, r.name("tags"), problems);
            if (tag == null) {
                continue;
            }
            String lower = tag.strip().toLowerCase(Locale.ROOT);
            if (!MappingReader.isIdentifier(lower)) {
                problems.error(t.position(), r.name("tags") + ": \"" + tag + "\" is not a tag name; write tag names such as p or li");
                continue;
            }
            if (!scan.makesBlocksNamed(lower)) {
                problems.warning(t.position(), r.name("tags") + ": \"" + lower + "\" never counts: the scanner reads "
                        + "through a " + lower + ", so no block is one (text standing in it is a text run); write "
                        + "text_runs: true to count lines of text standing in a container, or name the elements in "
                        + "atomic (atomic: [" + lower + ".paragraph]) to make each one a block");
            }
            tags.add(lower);
        }
        if (r.has("tags") && r.items("tags").isEmpty() && !textRuns) {
            problems.error(r.at("tags"), r.name("tags") + " is empty, so no block counts as a paragraph; write at least one tag, "
                    + "such as [p], or text_runs: true");
        }
        boolean onlyTextRuns = textRuns && r.has("tags") && tags.isEmpty();
        Set<String> counted = tags.isEmpty() && !onlyTextRuns ? Set.of("p") : tags;
        return new ParagraphDefinition(counted, textRuns, r.integer("min_words", 0, 10_000, 0));
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
        List<Avoidance.Near> near = new java.util.ArrayList<>();
        for (YamlNode item : r.items("near")) {
            MappingReader n = MappingReader.of(item, r.name("near"), item.position(),
                    List.of("selector", "words", "blocks", "pixels"), problems);
            String selector = n.string("selector", null);
            if (selector == null) {
                problems.error(item.position(), r.name("near") + " entries need a selector and a distance, such as "
                        + "{ selector: .pullquote, pixels: 300 }");
                continue;
            }
            try {
                io.adslot.structure.Selector.parse(selector);
            } catch (IllegalArgumentException e) {
                problems.error(n.at("selector"), r.name("near") + ": " + e.getMessage());
                continue;
            }
            Distance distance = distanceFields(n);
            if (distance.isNone()) {
                problems.warning(item.position(), r.name("near") + " for " + selector + " gives no distance, so it keeps "
                        + "nothing away; add words, blocks or pixels, such as pixels: 300");
            }
            near.add(new Avoidance.Near(selector.strip(), distance));
        }
        return new Avoidance(blockKinds(r, "before"), blockKinds(r, "after"), r.bool("next_to_slots", true), near,
                distance(r, "existing_ads"));
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

}
