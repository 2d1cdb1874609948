package io.adslot.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Catches an override of a placement that is not there. Through {@code extends} or a variant's
 * {@code placements}, an entry whose id the base has merges into that placement; any other id is a new
 * placement. A misspelled id ({@code - { id: inlnie, enabled: false }}) would therefore switch nothing off,
 * or add an empty second placement, and validate OK. An entry with an unknown id is an error when it only
 * makes sense as an override: it says {@code enabled: false}, or it has neither {@code candidates} nor a
 * {@code slot} of its own (a new placement has candidates, or a slot to fill {@code adslot:here} markers
 * with; {@code defaults} cannot give candidates).
 */
final class PlacementOverrides {

    private PlacementOverrides() {
    }

    /**
     * Reports every entry of {@code overlay} that overrides an id {@code base} lacks.
     *
     * @param base     the placements laid under (a sequence, or anything else to skip the check)
     * @param overlay  the placements laid over them
     * @param baseName how the message names the base, such as {@code default.yaml}
     */
    static void check(YamlNode base, YamlNode overlay, String baseName, ProblemCollector problems) {
        if (!(base instanceof YamlNode.Sequence baseList) || !(overlay instanceof YamlNode.Sequence overlayList)) {
            return;
        }
        List<String> baseIds = new ArrayList<>();
        baseList.items().forEach(item -> {
            String id = TreeMerger.idOf(item);
            if (id != null) {
                baseIds.add(id);
            }
        });
        for (YamlNode item : overlayList.items()) {
            String id = TreeMerger.idOf(item);
            if (id == null || baseIds.contains(id) || !(item instanceof YamlNode.Mapping m)) {
                continue;
            }
            boolean switchesOff = m.get("enabled") instanceof YamlNode.Scalar s && s.text().strip().equals("false");
            if (!switchesOff && (m.get("candidates") != null || m.get("slot") != null)) {
                continue; // a new placement of its own (one without candidates fills adslot:here markers)
            }
            String meant = Suggestions.closest(id, baseIds);
            problems.error(m.get("id").position(), "placement \"" + id + "\" is not in " + baseName + ", so this "
                    + (switchesOff ? "switches nothing off" : "overrides nothing and adds a placement with neither candidates nor a slot")
                    + (meant != null ? "; did you mean \"" + meant + "\"?"
                    : "; " + baseName + " has " + (baseIds.isEmpty() ? "no placements" : Suggestions.list(baseIds))
                    + (switchesOff ? "" : ", and a new placement needs its own candidates: and slot:")));
        }
    }
}
