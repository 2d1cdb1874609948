package io.adslot.article;

/** A scan's blocks, with what the scan saw inside them ({@link ScannedArticle#insides()}). */
final class BlockList extends ScanList<Block> {

    final BlockInsides insides;

    BlockList(int capacity) {
        this(capacity, new BlockInsides(capacity));
    }

    BlockList(int capacity, BlockInsides insides) {
        super(capacity);
        this.insides = insides;
    }
}
