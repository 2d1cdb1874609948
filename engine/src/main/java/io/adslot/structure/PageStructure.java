package io.adslot.structure;

import java.util.List;
import java.util.Map;

/**
 * What the structure pass found on one page, in terms of the scanned article's boundaries: the content
 * root, the boundaries inside a component, the ads already on the page and the elements placements keep
 * away from. The planner reads it; {@code explain} shows it.
 *
 * @param root        the content root, or null when the input was taken as the body
 * @param rootMissing true when the rules ask for a content root and none was found, or (with {@code root} set)
 *                    the one found cannot be used, since the page before it leaves open an element a browser
 *                    carries into it: nothing is placed
 * @param rootWanted  how the root was asked for ({@code article .entry-content}, {@code auto}), or null
 * @param blocked     per boundary, the component it is inside, or null; length {@code blocks + 1}
 * @param ads         the ads already on the page, in document order
 * @param near        per avoided selector (as written), the elements it names
 * @param components  every component found (outermost), for explanations
 */
public record PageStructure(ContentRoot root, boolean rootMissing, String rootWanted, Region[] blocked,
                            List<Placed> ads, Map<String, List<Placed>> near, List<Region> components) {

    /**
     * A region mapped to boundaries: the blocks {@code first..last-1} are inside it (none when
     * {@code first == last}: it stands at boundary {@code first}).
     *
     * @param first  the boundary before the region
     * @param last   the boundary after it
     * @param region the element
     */
    public record Placed(int first, int last, Region region) {
    }

    /** The structure of an article with nothing found: every boundary usable. */
    public static PageStructure none(int blockCount) {
        return new PageStructure(null, false, null, new Region[blockCount + 1], List.of(), Map.of(), List.of());
    }

    /** The component boundary {@code b} is inside, or null. */
    public Region blockedAt(int b) {
        return b >= 0 && b < blocked.length ? blocked[b] : null;
    }

    /** The elements the selector (as written in an {@code avoid.near} rule) names. */
    public List<Placed> near(String selector) {
        return near.getOrDefault(selector, List.of());
    }
}
