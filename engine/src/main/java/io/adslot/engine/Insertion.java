package io.adslot.engine;

/**
 * One slot inserted into the output.
 *
 * @param offset      index in the input {@code String} where the markup was inserted; applying every
 *                    insertion of a result to the input, in order, gives the output exactly
 * @param placementId the placement (rule) that produced the slot
 * @param slotId      the slot's id, unique in the page and stable across renders of the same article
 * @param html        the inserted markup
 * @param variant     the A/B variant chosen for the slot's placement, empty when its rules have none
 */
public record Insertion(int offset, String placementId, String slotId, String html, String variant) {
}
