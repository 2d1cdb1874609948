package io.adslot.article;

/**
 * One content block of an article: an atomic element (or a run of loose inline content) that
 * a slot may stand before or after but never inside.
 *
 * @param kind        what the block is
 * @param level       heading level 1-6 for {@link BlockKind#HEADING}, otherwise 0
 * @param start       index of the block's first character in the source string (inclusive)
 * @param end         index just past the block's last character (exclusive); for an element whose
 *                    end tag is implied, the start of whatever closed it, or the end of input
 * @param words       visible words: entities decoded, tags, comments, scripts and styles not counted;
 *                    a run of CJK ideographs or kana counts one word per two characters
 * @param textLength  visible characters (whitespace runs count as one), for layout estimates
 * @param tag         lower-case tag name of the block's element, or {@code "#text"} for a {@link BlockKind#TEXT} run
 * @param noSlotZone  true when the block or a container around it is marked {@code data-adslot="off"}:
 *                    no slot directly before or after it
 * @param mediaWidth  declared width of the block's first image or embed in CSS pixels, 0 when unknown
 * @param mediaHeight declared height of the block's first image or embed in CSS pixels, 0 when unknown
 * @param openEnd     true when the block's element is still open where the block ends: closed only by the
 *                    end of the input, by an enclosing container's end tag, or by a start tag that a slot's
 *                    own markup would not trigger (a heading start closing a heading); also when the input
 *                    ends inside a tag, comment or script within the block. Markup inserted right after
 *                    such a block lands inside it, so no slot goes directly after it. A paragraph closed
 *                    implicitly is not open (see {@code endsInOpenParagraph}).
 * @param endsInOpenParagraph true when the gap after the block stands inside a {@code <p>} the article
 *                    leaves open ({@code <p>One<p>Two}): usable only by a slot whose markup starts with an
 *                    element that closes a paragraph ({@code div}, {@code aside}...), which ends it there;
 *                    one that starts with an inline element ({@code <amp-ad>}, {@code <ins>}) would become
 *                    part of the paragraph. Never true together with {@code openEnd}.
 */
public record Block(
        BlockKind kind,
        int level,
        int start,
        int end,
        int words,
        int textLength,
        String tag,
        boolean noSlotZone,
        int mediaWidth,
        int mediaHeight,
        boolean openEnd,
        boolean endsInOpenParagraph) {

    /** A block whose gap after it is either usable by every slot or by none ({@code openEnd}). */
    public Block(BlockKind kind, int level, int start, int end, int words, int textLength, String tag,
                 boolean noSlotZone, int mediaWidth, int mediaHeight, boolean openEnd) {
        this(kind, level, start, end, words, textLength, tag, noSlotZone, mediaWidth, mediaHeight, openEnd, false);
    }

    /** A block whose element is properly closed where it ends. */
    public Block(BlockKind kind, int level, int start, int end, int words, int textLength, String tag,
                 boolean noSlotZone, int mediaWidth, int mediaHeight) {
        this(kind, level, start, end, words, textLength, tag, noSlotZone, mediaWidth, mediaHeight, false, false);
    }

    /** This block with the gap after it closed to every slot. */
    public Block withOpenEnd() {
        return new Block(kind, level, start, end, words, textLength, tag, noSlotZone, mediaWidth, mediaHeight, true, false);
    }

    /** This block over {@code [start, end)} instead. */
    public Block withRange(int start, int end) {
        return new Block(kind, level, start, end, words, textLength, tag, noSlotZone, mediaWidth, mediaHeight,
                openEnd, endsInOpenParagraph);
    }

    /** True for images, figures and embeds: blocks whose height is mostly not text. */
    public boolean isMedia() {
        return kind == BlockKind.FIGURE || kind == BlockKind.EMBED;
    }
}
