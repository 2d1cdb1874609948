package io.adslot.rules;

import io.adslot.article.BlockKind;
import java.util.Set;

/**
 * Neighbours a slot must not stand next to.
 *
 * @param before      no slot directly before a block of these kinds
 * @param after       no slot directly after a block of these kinds
 * @param nextToSlots no slot directly next to another slot (of any placement), with nothing between
 */
public record Avoidance(Set<BlockKind> before, Set<BlockKind> after, boolean nextToSlots) {

    public Avoidance {
        before = Set.copyOf(before);
        after = Set.copyOf(after);
    }
}
