package io.adslot.article;

/**
 * An editorial instruction written in the article as a comment, such as {@code <!-- adslot:off -->}
 * or {@code <!-- adslot:here -->}.
 *
 * @param name       the instruction after {@code adslot:}, lower-cased and trimmed ({@code "off"}, {@code "here"})
 * @param start      index of the comment's {@code <} in the source
 * @param end        index just past the comment's {@code >}
 * @param blockIndex number of blocks that end at or before the marker: the marker stands at boundary
 *                   {@code blockIndex} (between block {@code blockIndex - 1} and block {@code blockIndex})
 * @param betweenBlocks true when the marker stands between blocks, false when it is inside a block
 */
public record Marker(String name, int start, int end, int blockIndex, boolean betweenBlocks) {
}
