package io.adslot.rules;

import io.adslot.article.ScanOptions;
import io.adslot.structure.PageOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a merged rule tree into a {@link RuleSet}: the top-level sections, the built-in defaults, the
 * {@code defaults} section laid under every placement, and the placements themselves.
 */
final class RuleSetBuilder {

    static final List<String> TOP_LEVEL_KEYS = List.of("version", "extends", "context", "layout", "atomic",
            "max_slots_per_page", "overridable", "cache", "defaults", "variants", "placements",
            "content_root", "read_through", "existing_ads");

    /** Context keys every rule set knows, with their types. */
    static final Map<String, ContextKeyType> STANDARD_KEYS;
    /** Limits a page may override when the rule file lists them under {@code overridable}. */
    static final Map<String, ContextKeyType> OVERRIDABLE_LIMITS = Map.of(
            "max_slots", ContextKeyType.NUMBER,
            "max_slots_per_placement", ContextKeyType.NUMBER,
            "max_density", ContextKeyType.NUMBER);

    static {
        Map<String, ContextKeyType> keys = new LinkedHashMap<>();
        keys.put("device", ContextKeyType.STRING);
        keys.put("section", ContextKeyType.STRING);
        keys.put("tags", ContextKeyType.LIST);
        keys.put("page_type", ContextKeyType.STRING);
        keys.put("locale", ContextKeyType.STRING);
        keys.put("country", ContextKeyType.STRING);
        keys.put("subscriber", ContextKeyType.BOOLEAN);
        keys.put("amp", ContextKeyType.BOOLEAN);
        keys.put("article_id", ContextKeyType.STRING);
        STANDARD_KEYS = java.util.Collections.unmodifiableMap(keys);
    }

    static final int DEFAULT_MAX_SLOTS_PER_PAGE = 4;
    private static final List<String> LAYOUT_KEYS = List.of("content_width", "chars_per_line", "line_height",
            "block_gap", "heading_height", "media_height", "max_density");

    /** Built-in layout per device: typical article columns and type sizes; 30% density everywhere. */
    static final Map<String, LayoutModel> DEFAULT_LAYOUTS = Map.of(
            "mobile", new LayoutModel("mobile", 360, 40, 26, 16, 40, 220, 0.30),
            "tablet", new LayoutModel("tablet", 720, 75, 28, 20, 44, 400, 0.30),
            "desktop", new LayoutModel("desktop", 700, 85, 30, 24, 48, 420, 0.30));

    private final ProblemCollector problems;
    private final Set<String> knownTemplates;

    RuleSetBuilder(ProblemCollector problems, Set<String> knownTemplates) {
        this.problems = problems;
        this.knownTemplates = knownTemplates;
    }

    /** The rule set (its version still empty), or null when there were errors. */
    RuleSet build(YamlNode.Mapping root, String source) {
        MappingReader r = MappingReader.of(root, "", root.position(), TOP_LEVEL_KEYS, problems);
        Set<String> overridable = overridable(r);
        Map<String, ContextKeyType> contextKeys = contextKeys(r, overridable);
        Map<String, LayoutModel> layouts = layouts(r.child("layout", ConditionBuilder.DEVICES));
        PageOptionsReader pageReader = new PageOptionsReader(problems);
        ScanOptions scan = pageReader.atomic(r);
        int maxSlotsPerPage = r.integer("max_slots_per_page", 0, 1000, DEFAULT_MAX_SLOTS_PER_PAGE);
        if (maxSlotsPerPage == 0 && r.has("max_slots_per_page")) {
            problems.warning(r.at("max_slots_per_page"), "max_slots_per_page is 0, so this rule set never places a slot");
        }
        CacheSettings cache = cache(r.child("cache", List.of("enabled", "max_weight", "expire_after")));
        YamlNode defaults = r.node("defaults");
        MappingReader.of(defaults, "defaults", r.position(), PlacementBuilder.DEFAULT_KEYS, problems);

        PlacementBuilder placements = new PlacementBuilder(contextKeys, knownTemplates, maxSlotsPerPage, scan, problems);
        YamlNode placementNode = r.node("placements");
        List<Placement> built = placements(placementNode, defaults, placements);
        if (placementNode == null) {
            problems.warning(r.position(), "no placements, so this rule set places no slots; add placements: [ { id: inline, ... } ]");
        }
        Variants<List<Placement>> variants = null;
        if (r.has("variants")) {
            variants = ruleSetVariants(r, placementNode, defaults, placements);
        }
        if (problems.hasErrors()) {
            return null;
        }
        PageOptions page = pageReader.page(r, built, variants);
        return new RuleSet("", source, scan, layouts, built, variants, maxSlotsPerPage, contextKeys, overridable, cache, page);
    }

    private Set<String> overridable(MappingReader r) {
        Set<String> result = new LinkedHashSet<>();
        for (YamlNode item : r.items("overridable")) {
            String name = MappingReader.text(item, "overridable", problems);
            if (name == null) {
                continue;
            }
            if (!OVERRIDABLE_LIMITS.containsKey(name)) {
                String suggestion = Suggestions.closest(name, OVERRIDABLE_LIMITS.keySet());
                problems.error(item.position(), "overridable: \"" + name + "\" is not a limit a page can override"
                        + (suggestion != null ? ", did you mean \"" + suggestion + "\"?" : ";")
                        + " overridable limits are: " + Suggestions.list(OVERRIDABLE_LIMITS.keySet()));
                continue;
            }
            result.add(name);
        }
        return result;
    }

    private Map<String, ContextKeyType> contextKeys(MappingReader r, Set<String> overridable) {
        Map<String, ContextKeyType> keys = new LinkedHashMap<>(STANDARD_KEYS);
        overridable.forEach(k -> keys.put(k, OVERRIDABLE_LIMITS.get(k)));
        YamlNode node = r.node("context");
        if (node == null) {
            return keys;
        }
        if (!(node instanceof YamlNode.Mapping m)) {
            problems.error(node.position(), "context must be a mapping of custom key names to types, such as { bucket: number }, got "
                    + node.describe());
            return keys;
        }
        for (YamlNode.Entry e : m.entries()) {
            String key = e.key();
            if (!MappingReader.isIdentifier(key)) {
                problems.error(e.keyPosition(), "context key \"" + key + "\" must be lower-case letters, digits, - or _, starting with a letter");
                continue;
            }
            if (STANDARD_KEYS.containsKey(key) || OVERRIDABLE_LIMITS.containsKey(key)) {
                problems.error(e.keyPosition(), "context key \"" + key + "\" is built in; remove it from context");
                continue;
            }
            String typeName = MappingReader.text(e.value(), "context." + key, problems);
            if (typeName == null) {
                continue;
            }
            ContextKeyType type = switch (typeName.toLowerCase(Locale.ROOT)) {
                case "string" -> ContextKeyType.STRING;
                case "list" -> ContextKeyType.LIST;
                case "boolean" -> ContextKeyType.BOOLEAN;
                case "number" -> ContextKeyType.NUMBER;
                default -> null;
            };
            if (type == null) {
                List<String> types = List.of("string", "list", "boolean", "number");
                problems.error(e.value().position(), "context." + key + ": unknown type \"" + typeName + "\""
                        + Suggestions.didYouMean(typeName, types) + (Suggestions.closest(typeName, types) == null ? ";" : "")
                        + " types are: boolean, list, number, string");
                continue;
            }
            keys.put(key, type);
        }
        return keys;
    }

    private Map<String, LayoutModel> layouts(MappingReader r) {
        Map<String, LayoutModel> layouts = new LinkedHashMap<>(DEFAULT_LAYOUTS);
        for (YamlNode.Entry e : r.mapping().entries()) {
            if (!ConditionBuilder.DEVICES.contains(e.key())) {
                continue;
            }
            LayoutModel d = DEFAULT_LAYOUTS.get(e.key());
            MappingReader l = r.child(e.key(), LAYOUT_KEYS);
            layouts.put(e.key(), new LayoutModel(e.key(),
                    l.integer("content_width", 1, 10_000, d.contentWidth()),
                    l.integer("chars_per_line", 1, 1_000, d.charsPerLine()),
                    l.integer("line_height", 1, 1_000, d.lineHeight()),
                    l.integer("block_gap", 0, 1_000, d.blockGap()),
                    l.integer("heading_height", 1, 10_000, d.headingHeight()),
                    l.integer("media_height", 1, 10_000, d.mediaHeight()),
                    l.number("max_density", 0.0, 1.0, d.maxDensity())));
            if (l.has("max_density") && layouts.get(e.key()).maxDensity() == 0.0) {
                problems.warning(l.at("max_density"), "layout." + e.key() + ".max_density is 0, so no slot is ever placed on " + e.key());
            }
        }
        return layouts;
    }

    private CacheSettings cache(MappingReader r) {
        CacheSettings d = CacheSettings.defaults();
        boolean enabled = r.bool("enabled", d.enabled());
        long maxWeight = d.maxWeightBytes();
        if (r.has("max_weight")) {
            Long bytes = ByteSizes.parse(r.node("max_weight"));
            if (bytes == null) {
                problems.error(r.at("max_weight"), "cache.max_weight must be a size such as 32MB, 512KB or a number of bytes, got "
                        + r.node("max_weight").describe());
            } else {
                maxWeight = bytes;
            }
        }
        Duration expire = d.expireAfter();
        if (r.has("expire_after")) {
            Duration parsed = ByteSizes.duration(r.node("expire_after"));
            if (parsed == null) {
                problems.error(r.at("expire_after"), "cache.expire_after must be a duration such as 30s, 10m, 2h or 1d, got "
                        + r.node("expire_after").describe());
            } else {
                expire = parsed;
            }
        }
        return new CacheSettings(enabled, maxWeight, expire);
    }

    private List<Placement> placements(YamlNode node, YamlNode defaults, PlacementBuilder builder) {
        List<Placement> result = new ArrayList<>();
        if (node == null || MappingReader.isNull(node)) {
            return result;
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            problems.error(node.position(), "placements must be a list of placements (each starting with - id: ...), got " + node.describe());
            return result;
        }
        Map<String, SourcePosition> ids = new LinkedHashMap<>();
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlNode.Mapping)) {
                problems.error(item.position(), "each placement must be a mapping starting with id:, got " + item.describe());
                continue;
            }
            String id = TreeMerger.idOf(item);
            if (id != null) {
                SourcePosition first = ids.putIfAbsent(id, item.position());
                if (first != null) {
                    problems.error(((YamlNode.Mapping) item).get("id").position(), "placement id \"" + id
                            + "\" is used twice (first at "
                            + (first.file().equals(item.position().file()) ? "line " + first.line() : first.file() + ":" + first.line())
                            + "); give each placement its own id");
                    continue;
                }
            }
            YamlNode merged = defaults instanceof YamlNode.Mapping ? TreeMerger.merge(defaults, item) : item;
            Placement p = builder.build((YamlNode.Mapping) merged);
            if (p != null) {
                result.add(p);
            }
        }
        result.sort(Comparator.comparingInt(Placement::priority).reversed());
        return result;
    }

    private Variants<List<Placement>> ruleSetVariants(MappingReader r, YamlNode placementNode, YamlNode defaults,
                                                      PlacementBuilder builder) {
        MappingReader v = r.child("variants", List.of("key", "options"));
        String key = builder.variantKey(v);
        List<Variants.Option<List<Placement>>> options = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        List<YamlNode> items = v.items("options");
        if (items.isEmpty()) {
            problems.error(v.at("options"), "variants.options must list at least one variant, such as "
                    + "[ { name: control, weight: 50 }, { name: dense, weight: 50, placements: [ { id: inline, max_slots: 4 } ] } ]");
        }
        for (YamlNode item : items) {
            MappingReader o = MappingReader.of(item, "variants.options", item.position(),
                    List.of("name", "weight", "placements"), problems);
            String name = builder.optionName(o, names);
            int weight = o.integer("weight", 1, 1_000_000, 1);
            if (o.has("placements")) {
                PlacementOverrides.check(placementNode, o.node("placements"), "the rule set's placements", problems);
            }
            YamlNode merged = o.has("placements") ? TreeMerger.mergeById(placementNode, o.node("placements")) : placementNode;
            if (placementNode == null && o.has("placements")) {
                merged = o.node("placements");
            }
            List<Placement> placements = placements(merged, defaults, builder);
            if (name != null) {
                options.add(new Variants.Option<>(name, weight, placements));
            }
        }
        return key == null ? null : new Variants<>(key, options);
    }
}
