package io.adslot.article;

/**
 * What a content block of an article is, as far as slot placement cares.
 *
 * <p>Kinds are coarse on purpose: rules speak of "a heading" or "a figure", not of tag names.
 * The scanner maps each tag to one kind; {@link #TEXT} covers inline content that the
 * article did not wrap in a block element.
 */
public enum BlockKind {
    PARAGRAPH,
    HEADING,
    LIST,
    TABLE,
    /** An image or figure: {@code figure}, {@code picture}, a standalone {@code img}. */
    FIGURE,
    BLOCKQUOTE,
    /** Embedded media: {@code iframe}, {@code video}, {@code audio}, {@code embed}, {@code object}, {@code svg}... */
    EMBED,
    /** Preformatted text or code. */
    PRE,
    /** A thematic break ({@code hr}). */
    HR,
    /** Inline content (text, links, line breaks) standing directly in a container. */
    TEXT,
    /** Any other atomic element: {@code aside}, forms, elements the rules mark atomic. */
    OTHER;

    /** The lower-case name used in rule files ({@code heading}, {@code figure}...). */
    public String ruleName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
