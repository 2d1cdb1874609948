package io.adslot.engine;

import java.util.List;
import java.util.Map;

/**
 * One slot decision with its rendered markup, for hosts that insert slots themselves (React front ends,
 * JSON APIs).
 *
 * @param offset      index in the article's body {@code String} where the slot goes
 * @param blockIndex  index of the article block the slot stands before (the block count for a slot at the
 *                    end); for {@link Article#ofBlocks(String, List)} articles, an index into the blocks
 * @param placementId the placement (rule) that produced the slot
 * @param kind        the placement's kind ({@code ad}, {@code newsletter}...)
 * @param slotId      unique in the page and stable across renders of the same article
 * @param ordinal     1-based position among the page's slots
 * @param adUnit      the ad unit path, context values substituted
 * @param sizes       creative sizes for the page's device as {@code 300x250}, preferred first
 * @param reservedHeight reserved height in CSS pixels, 0 when none
 * @param lazy        load the slot lazily
 * @param data        extra data attributes (names without {@code data-})
 * @param markup      the slot's markup from its template
 * @param variant     the A/B variant chosen for the slot's placement ({@code ruleSetVariant/placementVariant}
 *                    when both have variants), empty when its rules have none
 */
public record PlannedSlot(
        int offset,
        int blockIndex,
        String placementId,
        String kind,
        String slotId,
        int ordinal,
        String adUnit,
        List<String> sizes,
        int reservedHeight,
        boolean lazy,
        Map<String, String> data,
        String markup,
        String variant) {

    /**
     * Copies the collections.
     *
     * @param offset         body offset
     * @param blockIndex     block index
     * @param placementId    placement id
     * @param kind           placement kind
     * @param slotId         slot id
     * @param ordinal        1-based ordinal
     * @param adUnit         ad unit path
     * @param sizes          sizes as text
     * @param reservedHeight reserved height
     * @param lazy           lazy flag
     * @param data           data attributes
     * @param markup         rendered markup
     * @param variant        chosen variant, empty when none
     */
    public PlannedSlot {
        sizes = List.copyOf(sizes);
        data = Map.copyOf(data);
    }
}
