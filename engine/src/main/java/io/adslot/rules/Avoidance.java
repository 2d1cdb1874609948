package io.adslot.rules;

import io.adslot.article.BlockKind;
import java.util.List;
import java.util.Set;

/**
 * Neighbours a slot must not stand next to, and elements it keeps a distance from.
 *
 * @param before      no slot directly before a block of these kinds
 * @param after       no slot directly after a block of these kinds
 * @param nextToSlots no slot directly next to another slot (of any placement), with nothing between
 * @param near        no slot within a distance of the elements a selector names ({@code .pullquote})
 * @param existingAds no slot within this distance of an ad already on the page ({@link Distance#NONE}: the
 *                    placement's {@code other_slot_gap}, or for {@code kind: ad} its first {@code between})
 */
public record Avoidance(Set<BlockKind> before, Set<BlockKind> after, boolean nextToSlots, List<Near> near,
                        Distance existingAds) {

    public Avoidance {
        before = Set.copyOf(before);
        after = Set.copyOf(after);
        near = List.copyOf(near);
    }

    /** Neighbour rules without distances from elements. */
    public Avoidance(Set<BlockKind> before, Set<BlockKind> after, boolean nextToSlots) {
        this(before, after, nextToSlots, List.of(), Distance.NONE);
    }

    /**
     * No slot within {@code distance} of an element {@code selector} names.
     *
     * @param selector the selector as written (see {@link io.adslot.structure.Selector})
     * @param distance how far, in words, blocks or estimated pixels
     */
    public record Near(String selector, Distance distance) {
    }
}
