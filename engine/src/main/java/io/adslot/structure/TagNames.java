package io.adslot.structure;

import java.util.Locale;

/**
 * The tag names the page walk treats specially, with their roles as bits, looked up from the source
 * without allocating a string for a known name.
 */
final class TagNames {

    /** Never has content or an end tag. */
    static final int VOID = 1;
    /** Content is raw text up to the matching end tag. */
    static final int RAW_TEXT = 1 << 1;
    /** The HTML Standard's special elements: an end tag of another name does not walk past one. */
    static final int SPECIAL = 1 << 2;
    /** Ends the search for an open element ({@code table}, {@code td}...): end tags do not reach past it. */
    static final int SCOPE = 1 << 3;
    /** A start tag of this name closes an open {@code p}. */
    static final int CLOSES_P = 1 << 4;
    /** Media a reader sees as a picture or a player. */
    static final int MEDIA = 1 << 5;
    /** A caption of media. */
    static final int CAPTION = 1 << 6;
    /** A block that holds a run of text: the units the automatic content root counts. */
    static final int TEXT_BLOCK = 1 << 7;
    /** Page furniture around the article: never the content root, nor inside it. */
    static final int FURNITURE = 1 << 8;
    /** SVG or MathML root: inside it {@code />} closes an element. */
    static final int FOREIGN = 1 << 9;
    /** A form control or a form: an interactive component. */
    static final int FORM = 1 << 10;
    /** A link. */
    static final int LINK = 1 << 11;
    /** Breaks text into separate words when the page is read as text. */
    static final int BLOCK_LEVEL = 1 << 12;
    /** A table's part whose start tag the parser ignores outside a table: cells, rows, row groups, captions, columns. */
    static final int TABLE_PART = 1 << 13;
    /** A list, which bounds the scope an {@code </li>} looks for its item in (the Standard's list item scope). */
    static final int LIST = 1 << 14;

    private static final int SIZE = 1024;
    private static final String[] NAMES = new String[SIZE];
    private static final int[] FLAGS = new int[SIZE];
    /** Per slot of a known name, a number below {@link #count()}: a compact index for per-name arrays. */
    private static final int[] NUMBER = new int[SIZE];
    private static int count;

    static {
        add(VOID, "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
                "param", "keygen", "basefont", "bgsound", "frame", "image");
        add(RAW_TEXT, "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
                "plaintext", "template");
        add(SPECIAL, "address", "applet", "article", "aside", "blockquote", "body", "button", "caption", "center",
                "colgroup", "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
                "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "html", "iframe", "li",
                "listing", "main", "marquee", "menu", "nav", "object", "ol", "p", "pre", "section", "select",
                "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "search");
        add(SCOPE, "applet", "caption", "html", "table", "td", "th", "marquee", "object");
        add(CLOSES_P, "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
                "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
                "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li",
                "dd", "dt", "listing", "plaintext", "xmp", "search");
        add(MEDIA, "img", "picture", "video", "audio", "iframe", "embed", "object", "canvas", "amp-img", "amp-video",
                "amp-iframe", "amp-youtube", "amp-anim", "amp-twitter", "amp-instagram", "amp-carousel", "image");
        add(CAPTION, "figcaption");
        add(TEXT_BLOCK, "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td");
        add(FURNITURE, "header", "nav", "footer", "aside", "head", "form", "menu");
        add(FOREIGN, "svg", "math");
        add(FORM, "form", "input", "select", "textarea", "button");
        add(LINK, "a");
        add(LIST, "ol", "ul");
        add(TABLE_PART, "caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr");
        // names with no role of their own, common in articles: known, so that reading one allocates nothing
        add(0, "span", "em", "strong", "b", "i", "u", "s", "small", "big", "sup", "sub", "cite", "code", "mark", "q",
                "abbr", "time", "label", "ins", "del", "font", "kbd", "var", "samp", "bdi", "bdo", "data", "nobr", "tt",
                "strike", "ruby", "rt", "rp", "legend", "option", "optgroup", "datalist", "output", "progress", "meter",
                "slot", "dialog", "map", "path", "g", "use", "circle", "rect", "polygon", "polyline", "line", "defs",
                "symbol", "clippath", "lineargradient", "stop", "mask", "ellipse");
        add(BLOCK_LEVEL, "p", "div", "br", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                "article", "blockquote", "figure", "figcaption", "ul", "ol", "table", "pre", "hr", "header",
                "footer", "nav", "aside", "main", "dd", "dt", "dl");
    }

    private TagNames() {
    }

    private static void add(int flag, String... names) {
        for (String name : names) {
            int i = slot(name, 0, name.length());
            while (NAMES[i] != null && !NAMES[i].equals(name)) {
                i = (i + 1) & (SIZE - 1);
            }
            if (NAMES[i] == null) {
                NUMBER[i] = count++;
            }
            NAMES[i] = name;
            FLAGS[i] |= flag;
        }
    }

    private static int slot(String src, int start, int end) {
        int h = end - start;
        for (int i = start; i < end; i++) {
            char c = src.charAt(i);
            h = h * 31 + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        h ^= h >>> 7;
        return h & (SIZE - 1);
    }

    /** The lower-case name at {@code src[start, end)}: a shared string for known names, a new one otherwise. */
    static String name(String src, int start, int end) {
        int i = find(src, start, end);
        return i >= 0 ? NAMES[i] : src.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The index of the known name at {@code src[start, end)} (any case), or -1: see {@link #nameAt}, {@link #flagsAt}. */
    static int indexOf(String src, int start, int end) {
        return find(src, start, end);
    }

    /**
     * {@link #indexOf(String, int, int)} of a lower-case name, remembered by the string's identity: the names a
     * scan's tree holds are a few shared strings, asked for again at every element.
     */
    static int indexOfName(String name) {
        int slot = System.identityHashCode(name) & (SEEN.length - 1);
        Seen seen = SEEN[slot];
        if (seen != null && seen.name == name) {
            return seen.index;
        }
        int index = find(name, 0, name.length());
        // a race only costs another lookup: an entry is immutable, published whole
        SEEN[slot] = new Seen(name, index);
        return index;
    }

    private record Seen(String name, int index) {
    }

    /** Names seen by {@link #indexOfName}, by identity hash; a later name takes the place of an earlier one. */
    private static final Seen[] SEEN = new Seen[256];

    /** The index of a known lower-case name. */
    static int indexOf(String knownName) {
        int i = find(knownName, 0, knownName.length());
        if (i < 0) {
            throw new IllegalArgumentException("not a known tag name: " + knownName);
        }
        return i;
    }

    /** How many names are known. */
    static int count() {
        return count;
    }

    /** The known names by {@link #numberAt number}. */
    static String[] byNumber() {
        String[] names = new String[count];
        for (int i = 0; i < SIZE; i++) {
            if (NAMES[i] != null) {
                names[NUMBER[i]] = NAMES[i];
            }
        }
        return names;
    }

    /** The known name at {@code index} as a number below {@link #count()}. */
    static int numberAt(int index) {
        return NUMBER[index];
    }

    static String nameAt(int index) {
        return NAMES[index];
    }

    static int flagsAt(int index) {
        return FLAGS[index];
    }

    /** The role bits of a lower-case name; 0 for names the walk does not know. */
    static int flags(String name) {
        int i = find(name, 0, name.length());
        return i >= 0 ? FLAGS[i] : 0;
    }

    private static int find(String src, int start, int end) {
        int length = end - start;
        if (length > 16) {
            return -1;
        }
        int i = slot(src, start, end);
        while (NAMES[i] != null) {
            String known = NAMES[i];
            if (known.length() == length && (src.startsWith(known, start) || src.regionMatches(true, start, known, 0, length))) {
                return i;
            }
            i = (i + 1) & (SIZE - 1);
        }
        return -1;
    }
}
