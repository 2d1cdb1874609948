package io.adslot.article;

/** A scan's blocks, with the shape of the element tree around them ({@link ScannedArticle#shape()}). */
final class BlockList extends ScanList<Block> {

    final ElementShape shape;

    BlockList(int capacity, ElementShape shape) {
        super(capacity);
        this.shape = shape;
    }
}
