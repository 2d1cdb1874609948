package io.adslot.benchmarks.peers;

import io.adslot.article.Block;
import io.adslot.article.BlockScanner;
import io.adslot.article.ScannedArticle;
import java.util.Arrays;
import java.util.List;

/**
 * The copy limit: the output string built from the input slices and the slot markups at offsets
 * computed beforehand, with nothing else: one pre-sized {@link StringBuilder}, the same appends any
 * splicing renderer must do, one {@code toString()}. No insertion can cost less, so the engine's
 * cached render (which only splices) is read against it.
 */
public final class CopyLimit {

    private final String[] slots;
    private final int slotsLength;

    public CopyLimit(List<String> slots) {
        this.slots = slots.toArray(new String[0]);
        this.slotsLength = SlotMarkup.totalLength(slots);
    }

    /**
     * {@code body} with slot {@code i} inserted at {@code offsets[i]}; offsets ascending, at most one per slot.
     */
    public String splice(String body, int[] offsets) {
        StringBuilder out = new StringBuilder(body.length() + slotsLength);
        int copied = 0;
        for (int i = 0; i < offsets.length; i++) {
            out.append(body, copied, offsets[i]).append(slots[i]);
            copied = offsets[i];
        }
        return out.append(body, copied, body.length()).toString();
    }

    /**
     * Where the rule puts slots in {@code body}: the end offsets of the chosen top-level paragraphs, as
     * the engine's block scanner delimits them (the same boundaries the other peers find). Setup work.
     */
    public static int[] offsetsFor(String body, InsertionRule rule) {
        ScannedArticle scanned = BlockScanner.withDefaults().scan(body);
        int[] offsets = new int[rule.max()];
        int found = 0;
        int paragraphs = 0;
        for (Block block : scanned.blocks()) {
            if (found == offsets.length) {
                break;
            }
            // every top-level <p> element, as the peers count them (the engine reads <p><img></p> as a figure)
            if (block.tag().equals("p")) {
                paragraphs++;
                if (rule.selects(paragraphs)) {
                    offsets[found++] = block.end();
                }
            }
        }
        return Arrays.copyOf(offsets, found);
    }
}
