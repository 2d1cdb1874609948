package io.adslot.structure;

import java.util.Objects;

/**
 * A range of the page that a reader sees as one piece: a component, an ad already on the page, or an
 * element a placement keeps its distance from.
 *
 * <p>A value, compared by its five parts. Not a record because the structure pass describes an element
 * only when someone asks: most regions it finds are never shown in an explanation, and describing reads
 * the start tag again.
 */
public final class Region {

    private final int start;
    private final int end;
    private final Kind kind;
    private final int height;
    /** The page the element is described from on first use, or null when the description was given. */
    private final String source;
    private String element;

    /**
     * @param start   index of the element's {@code <}
     * @param end     index just past its end tag (or where its end is implied)
     * @param kind    what it is
     * @param element the element as CSS ({@code div.wp-block-image}), for explanations
     * @param height  declared height in CSS pixels (an ad's {@code height} or {@code min-height}), 0 when unknown
     */
    public Region(int start, int end, Kind kind, String element, int height) {
        this(start, end, kind, element, height, null);
    }

    private Region(int start, int end, Kind kind, String element, int height, String source) {
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.element = element;
        this.height = height;
        this.source = source;
    }

    /** A region of {@code source} whose element is described from its start tag when first asked for. */
    static Region describedLater(String source, int start, int end, Kind kind, int height) {
        return new Region(start, end, kind, null, height, source);
    }

    /** What a region is, with the words explanations use. */
    public enum Kind {
        IMAGE("an image component"),
        PLAYER("a player"),
        EMBED("an embed"),
        CAPTIONED_MEDIA("media with its caption"),
        TEASER("a teaser box"),
        FORM("a form"),
        COLUMNS("a row of side-by-side columns"),
        SIDE_COLUMN("a side column"),
        NAMED("a component named in the rules"),
        EXISTING_AD("an existing ad"),
        NEAR("an element to keep away from");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** {@code an image component}. */
        public String words() {
            return words;
        }
    }

    /** True when {@code offset} lies strictly inside: markup inserted there would be inside the element. */
    public boolean contains(int offset) {
        return offset > start && offset < end;
    }

    /** {@code an image component `div.wp-block-image`}. */
    public String describe() {
        return kind.words() + " `" + element() + "`";
    }

    /** Index of the element's {@code <}. */
    public int start() {
        return start;
    }

    /** Index just past its end tag (or where its end is implied). */
    public int end() {
        return end;
    }

    /** What it is. */
    public Kind kind() {
        return kind;
    }

    /** The element as CSS ({@code div.wp-block-image}), for explanations. */
    public String element() {
        String described = element;
        if (described == null && source != null) {
            described = TagWalk.describeTagAt(source, start);
            element = described; // a race only describes twice: the text is the same
        }
        return described;
    }

    /** Declared height in CSS pixels (an ad's {@code height} or {@code min-height}), 0 when unknown. */
    public int height() {
        return height;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region r && start == r.start && end == r.end && kind == r.kind && height == r.height
                && Objects.equals(element(), r.element());
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, kind, element(), height);
    }

    @Override
    public String toString() {
        return "Region[start=" + start + ", end=" + end + ", kind=" + kind + ", element=" + element() + ", height="
                + height + "]";
    }
}
