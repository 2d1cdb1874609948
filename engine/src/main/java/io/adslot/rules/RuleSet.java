package io.adslot.rules;

import io.adslot.article.ScanOptions;
import io.adslot.structure.PageOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated, immutable rule set: everything the planner and renderer need, with every default
 * already applied. Built by the rule loader from a YAML file (and the files it extends).
 *
 * @param version          identifies this exact rule set: a hash of the resolved content, so that
 *                         a reload with any change gets a new version (used in cache keys)
 * @param source           where the rules came from (a path or classpath resource), for messages
 * @param scan             extra atomic elements for the block scanner
 * @param layouts          the layout model per device ({@code mobile}, {@code tablet}, {@code desktop})
 * @param placements       the placements in priority order (highest priority first); a placement with
 *                         variants appears once, its variants inside it
 * @param variants         optional whole-rule-set variants: when present, one variant's placements
 *                         replace {@code placements} for a page
 * @param maxSlotsPerPage  cap on slots of all placements together on one page
 * @param contextKeys      every context key the rules may read (standard and declared custom ones),
 *                         with its type; a key outside this map is an error at load time
 * @param overridable      limits a page context may override per article ({@code max_slots}...)
 * @param cache            decision-cache settings from the file
 * @param page             the page's structure: content root, components, existing ads, avoided elements
 */
public record RuleSet(
        String version,
        String source,
        ScanOptions scan,
        Map<String, LayoutModel> layouts,
        List<Placement> placements,
        Variants<List<Placement>> variants,
        int maxSlotsPerPage,
        Map<String, ContextKeyType> contextKeys,
        Set<String> overridable,
        CacheSettings cache,
        PageOptions page) {

    public RuleSet {
        layouts = Map.copyOf(layouts);
        placements = List.copyOf(placements);
        contextKeys = Map.copyOf(contextKeys);
        overridable = Set.copyOf(overridable);
        page = page == null ? PageOptions.defaults() : page;
    }

    /** A rule set with the default page options (the input is the body; default ad signatures). */
    public RuleSet(String version, String source, ScanOptions scan, Map<String, LayoutModel> layouts,
                   List<Placement> placements, Variants<List<Placement>> variants, int maxSlotsPerPage,
                   Map<String, ContextKeyType> contextKeys, Set<String> overridable, CacheSettings cache) {
        this(version, source, scan, layouts, placements, variants, maxSlotsPerPage, contextKeys, overridable, cache,
                PageOptions.defaults());
    }

    /**
     * The context keys that any condition, ad-unit pattern, variant or override of this rule set reads:
     * only these belong in a decision-cache key.
     */
    public Set<String> contextKeysRead() {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        keys.add("device");
        keys.addAll(overridable);
        if (variants != null) {
            keys.add(variants.key());
            for (Variants.Option<List<Placement>> option : variants.options()) {
                for (Placement p : option.value()) {
                    p.collectContextKeys(keys);
                }
            }
        }
        for (Placement p : placements) {
            p.collectContextKeys(keys);
        }
        return keys;
    }
}
