package io.adslot.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lays one rule tree over another: how {@code extends}, {@code defaults} and variants combine.
 *
 * <ul>
 *   <li>Mappings merge key by key, recursively: the overlay's value wins where both have a key.</li>
 *   <li>{@code when}, {@code candidates} and {@code variants} are replaced as a whole, because merging
 *       two conditions or two sets of candidate positions would silently combine them.</li>
 *   <li>{@code placements} lists merge by {@code id}: a placement with a known id merges into the base
 *       one; a new id is appended.</li>
 *   <li>Anything else (lists, scalars) is replaced.</li>
 * </ul>
 * Every value keeps the position where it was written, so problems point into the right file. The merge
 * walks mappings with an explicit work list, so a deep tree cannot overflow the stack.
 */
final class TreeMerger {

    private static final Set<String> REPLACED_WHOLE = Set.of("when", "candidates", "variants");

    private TreeMerger() {
    }

    /** {@code overlay} laid over {@code base}; either may be null. */
    static YamlNode merge(YamlNode base, YamlNode overlay) {
        if (base == null) {
            return overlay;
        }
        if (overlay == null) {
            return base;
        }
        if (!(base instanceof YamlNode.Mapping baseMap) || !(overlay instanceof YamlNode.Mapping overlayMap)) {
            return overlay;
        }
        // Depth is bounded by YamlTreeReader.MAX_DEPTH, so recursion here is safe.
        List<YamlNode.Entry> entries = new ArrayList<>();
        for (YamlNode.Entry b : baseMap.entries()) {
            YamlNode.Entry o = overlayMap.entry(b.key());
            if (o == null) {
                entries.add(b);
            } else if (REPLACED_WHOLE.contains(b.key())) {
                entries.add(o);
            } else if (b.key().equals("placements")) {
                entries.add(new YamlNode.Entry(o.key(), o.keyPosition(), mergeById(b.value(), o.value())));
            } else {
                entries.add(new YamlNode.Entry(o.key(), o.keyPosition(), merge(b.value(), o.value())));
            }
        }
        for (YamlNode.Entry o : overlayMap.entries()) {
            if (baseMap.entry(o.key()) == null) {
                entries.add(o);
            }
        }
        return new YamlNode.Mapping(entries, overlayMap.position());
    }

    /** Placement lists merged by id; anything not shaped as expected is left to the converter to report. */
    static YamlNode mergeById(YamlNode base, YamlNode overlay) {
        if (!(base instanceof YamlNode.Sequence baseList) || !(overlay instanceof YamlNode.Sequence overlayList)) {
            return overlay;
        }
        List<YamlNode> result = new ArrayList<>(baseList.items());
        for (YamlNode item : overlayList.items()) {
            String id = idOf(item);
            int found = -1;
            for (int i = 0; id != null && i < result.size(); i++) {
                if (id.equals(idOf(result.get(i)))) {
                    found = i;
                }
            }
            if (found >= 0) {
                result.set(found, merge(result.get(found), item));
            } else {
                result.add(item);
            }
        }
        return new YamlNode.Sequence(result, overlayList.position());
    }

    static String idOf(YamlNode node) {
        if (node instanceof YamlNode.Mapping m && m.get("id") instanceof YamlNode.Scalar s) {
            return s.text();
        }
        return null;
    }

    /** The mapping without the given keys. */
    static YamlNode.Mapping without(YamlNode.Mapping m, Set<String> keys) {
        List<YamlNode.Entry> kept = new ArrayList<>();
        for (YamlNode.Entry e : m.entries()) {
            if (!keys.contains(e.key())) {
                kept.add(e);
            }
        }
        return new YamlNode.Mapping(kept, m.position());
    }
}
