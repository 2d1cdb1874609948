package io.adslot.article;

/**
 * Where a slot inserted at some point of the input would stand, by one reading ({@link TreeBuilder#gapState}).
 */
enum GapState {
    /** Nothing but containers is open and no formatting element waits to be reopened: a slot is safe. */
    CLEAN,
    /**
     * Only a {@code <p>} the article leaves open (with nothing inside it that a closing p would leave to be
     * reopened): safe for a slot whose markup starts with an element that closes a p ({@code div},
     * {@code aside}...), not for one that starts with an inline element ({@code amp-ad}, {@code ins}), which
     * would become part of the paragraph.
     */
    PARAGRAPH_OPEN,
    /** Inside an element a slot must not enter, or where a formatting element would be reopened around it. */
    BLOCKED;

    /** The stricter of two readings. */
    GapState and(GapState other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
