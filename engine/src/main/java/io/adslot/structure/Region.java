package io.adslot.structure;

/**
 * A range of the page that a reader sees as one piece: a component, an ad already on the page, or an
 * element a placement keeps its distance from.
 *
 * @param start   index of the element's {@code <}
 * @param end     index just past its end tag (or where its end is implied)
 * @param kind    what it is
 * @param element the element as CSS ({@code div.wp-block-image}), for explanations
 * @param height  declared height in CSS pixels (an ad's {@code height} or {@code min-height}), 0 when unknown
 */
public record Region(int start, int end, Kind kind, String element, int height) {

    /** What a region is, with the words explanations use. */
    public enum Kind {
        IMAGE("an image component"),
        PLAYER("a player"),
        EMBED("an embed"),
        CAPTIONED_MEDIA("media with its caption"),
        TEASER("a teaser box"),
        FORM("a form"),
        COLUMNS("a row of side-by-side columns"),
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
        return kind.words() + " `" + element + "`";
    }
}
