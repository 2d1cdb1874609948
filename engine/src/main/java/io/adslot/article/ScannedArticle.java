package io.adslot.article;

import java.util.ArrayList;
import java.util.List;

/**
 * An article body read into blocks: the source and, in document order, its top-level content blocks
 * and editorial markers.
 *
 * <p>Boundary {@code i} ({@code 0 <= i <= blocks.size()}) is the gap before block {@code i}; boundary
 * {@code blocks.size()} is the end of the article. {@link #boundaryOffset(int)} gives where markup
 * inserted at a boundary goes in the source.
 */
public record ScannedArticle(String source, List<Block> blocks, List<Marker> markers) {

    public ScannedArticle {
        blocks = blocks instanceof ScanList<Block> scanned && scanned.frozen() ? blocks : List.copyOf(blocks);
        markers = markers instanceof ScanList<Marker> scanned && scanned.frozen() ? markers : List.copyOf(markers);
    }

    /**
     * The shape of the element tree the scan read, for the structure pass; {@link ElementShape#NONE} when the
     * scan was not asked for it ({@link BlockScanner#scanWithShape}) or could not vouch for it.
     */
    public ElementShape shape() {
        return blocks instanceof BlockList list ? list.shape : ElementShape.NONE;
    }

    /**
     * This article, the scan of a part of {@code whole} that starts at {@code offset}, as an article of
     * {@code whole}: every block and marker moved by {@code offset}, what the scan saw inside kept.
     */
    public ScannedArticle placedIn(String whole, int offset) {
        BlockList moved = new BlockList(blocks.size(), shape().placed(offset));
        for (Block b : blocks) {
            moved.add(b.withRange(b.start() + offset, b.end() + offset));
        }
        List<Marker> markersMoved = new ArrayList<>(markers.size());
        for (Marker m : markers) {
            markersMoved.add(new Marker(m.name(), m.start() + offset, m.end() + offset, m.blockIndex(), m.betweenBlocks()));
        }
        return new ScannedArticle(whole, moved.freeze(), markersMoved);
    }

    /** Number of insertion boundaries: one before each block and one at the end. */
    public int boundaryCount() {
        return blocks.size() + 1;
    }

    /**
     * Where a slot at boundary {@code i} is inserted: right after the end of block {@code i - 1}
     * (inside the same container), or before the first block for {@code i == 0}, or at the start of
     * the input when there are no blocks (the end is not safe then: the input may end inside a tag,
     * comment or script that would swallow anything appended).
     */
    public int boundaryOffset(int i) {
        if (i < 0 || i > blocks.size()) {
            throw new IndexOutOfBoundsException("boundary " + i + " of " + boundaryCount());
        }
        if (blocks.isEmpty()) {
            return 0;
        }
        return i == 0 ? blocks.get(0).start() : blocks.get(i - 1).end();
    }

    /** True when the article carries an {@code <!-- adslot:off -->} marker anywhere. */
    public boolean slotsSwitchedOff() {
        for (Marker marker : markers) {
            if (marker.name().equals("off")) {
                return true;
            }
        }
        return false;
    }

    /** Total visible words of all blocks. */
    public int totalWords() {
        int total = 0;
        for (Block block : blocks) {
            total += block.words();
        }
        return total;
    }
}
