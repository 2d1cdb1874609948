package io.adslot.article;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the scanner knows about one HTML tag name: how it behaves at block level.
 *
 * <p>The table follows the HTML parsing spec where it matters for block extents: which start tags
 * close an open {@code <p>}, which elements have raw-text content, which are void.
 */
final class TagInfo {

    /** How an element behaves when it appears directly in a container. */
    enum Role {
        /** Groups blocks; read through: {@code div}, {@code section}, {@code article}... */
        CONTAINER,
        /** A block never entered: {@code p}, {@code ul}, {@code table}... */
        ATOMIC,
        /** Phrasing content that forms (part of) a text run: {@code a}, {@code strong}, {@code br}... */
        INLINE,
        /** Media that is a block of its own when it stands alone: {@code img}, {@code iframe}, {@code video}... */
        MEDIA,
        /** Never visible, never a block: {@code script}, {@code style}, {@code link}... */
        INVISIBLE,
        /** Start tags the in-body parser ignores outside their context: {@code tr}, {@code td}, {@code caption}... */
        IGNORED
    }

    /**
     * Bits of {@link #flags}: how the scanner's tree rules treat an open element of this name, answered
     * once per name so that the element stacks test a bit instead of looking a name up in a set. They are
     * a function of the name alone ({@link #stackFlags}), also for the foreign names of
     * {@link ForeignContent} and for unknown names.
     */
    static final int SPECIAL = 1;
    /** The spec's formatting elements ({@code a}, {@code b}, {@code font}...), which the adoption agency handles. */
    static final int FORMATTING = 1 << 1;
    /** Ends the spec's "has an element in scope" search (see {@link #SCOPE_BOUNDARY_NAMES}). */
    static final int SCOPE_BOUNDARY = 1 << 2;
    /** An SVG or MathML element, the roots included ({@link ForeignContent#isForeign}). */
    static final int FOREIGN = 1 << 3;
    /** {@code svg} or {@code math}: the root of foreign content. */
    static final int FOREIGN_ROOT = 1 << 4;
    /** A styling wrapper ({@code span}, {@code b}, {@code font}...) that a block start tag may leave open around it. */
    static final int STYLING_WRAPPER = 1 << 5;
    /** {@code h1} to {@code h6}. */
    static final int HEADING = 1 << 6;
    /** {@code ol}, {@code ul}: they also end the Standard's "list item scope". */
    static final int LIST_SCOPE = 1 << 7;
    /** {@code button}: it also ends the Standard's "button scope". */
    static final int BUTTON_SCOPE = 1 << 8;
    /** {@code html}, {@code table}, {@code template}: the Standard's "table scope". */
    static final int TABLE_SCOPE = 1 << 9;
    /** Closed by the Standard's "generate implied end tags": {@code p}, {@code li}, {@code option}... */
    static final int IMPLIED_END = 1 << 10;
    /** Closed also by "generate all implied end tags thoroughly": the table parts. */
    static final int IMPLIED_END_THOROUGH = 1 << 11;
    /** Decides the insertion mode in "reset the insertion mode appropriately" ({@code table}, {@code td}, {@code select}...). */
    static final int MODE_ELEMENT = 1 << 12;
    /** The Standard's special category exactly (13.2.4.3), foreign integration points included, {@code dialog} not. */
    static final int SPEC_SPECIAL = 1 << 13;
    /** One of {@link ElementShape#PLAIN_NAMES}. */
    static final int PLAIN_PHRASING = 1 << 14;
    /** {@code p}, {@code li}, {@code h1} to {@code h6}: what {@link ElementShape} may summarise. */
    static final int SUMMARISED = 1 << 15;
    /** {@code a}. */
    static final int LINK = 1 << 16;
    /**
     * {@code table}, {@code tbody}, {@code tfoot}, {@code thead}, {@code tr}: where the Standard foster-parents
     * what is not a table's own part, putting it before the table in the tree while the stack keeps it above.
     */
    static final int TABLE_CONTEXT = 1 << 17;
    /** What a table context holds as its own: its parts, and the scripts, styles and forms it inserts in place. */
    static final int TABLE_CHILD = 1 << 18;
    /** {@code template}, {@code select}: content the scan's {@link ElementShape} does not vouch for. */
    static final int NO_SHAPE = 1 << 19;

    final String name;
    /** The {@link #SPECIAL}, {@link #FORMATTING}... bits of this name. */
    final int flags;
    final Role role;
    final BlockKind kind;
    final int headingLevel;
    final boolean isVoid;
    /** Content is raw text up to the matching end tag (no markup inside). */
    final boolean rawText;
    /** A start tag with this name closes an open {@code <p>} (the spec's "close a p element"). */
    final boolean closesParagraph;
    /** Breaks a word when it appears inside text (block-ish or {@code br}); formatting tags do not. */
    final boolean breaksWords;

    private TagInfo(String name, Role role, BlockKind kind, int headingLevel, boolean isVoid, boolean rawText,
                    boolean closesParagraph, boolean breaksWords) {
        this.name = name;
        this.flags = stackFlags(name);
        this.role = role;
        this.kind = kind;
        this.headingLevel = headingLevel;
        this.isVoid = isVoid;
        this.rawText = rawText;
        this.closesParagraph = closesParagraph;
        this.breaksWords = breaksWords;
    }

    /**
     * Elements that end the spec's "has an element in scope" search, so that end tags of elements around
     * them are ignored; and {@code select}, inside which (in the parsers that still have the "in select"
     * mode) every end tag but its own is ignored. The integration points of foreign content count too
     * ({@link ForeignContent#withIntegrationPoints}).
     */
    private static final java.util.Set<String> SCOPE_BOUNDARY_NAMES = ForeignContent.withIntegrationPoints(
            "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "select");

    /**
     * The HTML spec's "special" elements that can stand open inside a block (void ones never do), and
     * {@code dialog}: not special in the spec, but jsoup leaves a {@code p} open around it that a browser
     * closes, so an end tag that would walk past it ({@code <video><p><dialog></video>}) is ignored in one
     * reading; counting it special keeps the block open in both.
     */
    private static final java.util.Set<String> SPECIAL_NAMES = java.util.Set.of(
            "dialog", "address", "applet", "article", "aside", "blockquote", "body", "button", "caption", "center", "colgroup",
            "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset",
            "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "html", "iframe", "li", "listing", "main",
            "marquee", "menu", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "plaintext", "pre",
            "script", "search", "section", "select", "style", "summary", "table", "tbody", "td", "template", "textarea",
            "tfoot", "th", "thead", "title", "tr", "ul", "xmp");

    private static final java.util.Set<String> IMPLIED_END_NAMES = java.util.Set.of(
            "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc");

    private static final java.util.Set<String> IMPLIED_END_THOROUGH_NAMES = java.util.Set.of(
            "caption", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr");

    private static final java.util.Set<String> MODE_ELEMENT_NAMES = java.util.Set.of(
            "select", "td", "th", "tr", "tbody", "thead", "tfoot", "caption", "colgroup", "table", "template", "html");

    private static final java.util.Set<String> FORMATTING_NAMES = java.util.Set.of(
            "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    private static final java.util.Set<String> STYLING_WRAPPER_NAMES = java.util.Set.of(
            "span", "font", "b", "i", "em", "strong", "u", "s", "strike", "small", "big", "mark", "sub",
            "sup", "tt", "nobr", "bdi", "bdo", "del", "ins", "cite", "q", "abbr", "dfn", "time", "data",
            "code", "kbd", "samp", "var");

    /**
     * The {@link #SPECIAL}, {@link #FORMATTING}... bits of {@code stackName}, a tag name or a name that one of
     * the scanner's element stacks holds (a foreign name such as {@code "svg title"}); 0 for names none of
     * the rules mention.
     */
    static int stackFlags(String stackName) {
        int flags = 0;
        if (SPECIAL_NAMES.contains(stackName)) {
            flags |= SPECIAL;
        }
        if (FORMATTING_NAMES.contains(stackName)) {
            flags |= FORMATTING;
        }
        if (SCOPE_BOUNDARY_NAMES.contains(stackName)) {
            flags |= SCOPE_BOUNDARY;
        }
        if (ForeignContent.isForeign(stackName)) {
            flags |= FOREIGN;
        }
        if (stackName.equals("svg") || stackName.equals("math")) {
            flags |= FOREIGN_ROOT;
        }
        if (STYLING_WRAPPER_NAMES.contains(stackName)) {
            flags |= STYLING_WRAPPER;
        }
        if (stackName.equals("ol") || stackName.equals("ul")) {
            flags |= LIST_SCOPE;
        }
        if (stackName.equals("button")) {
            flags |= BUTTON_SCOPE;
        }
        if (stackName.equals("html") || stackName.equals("table") || stackName.equals("template")) {
            flags |= TABLE_SCOPE;
        }
        if (IMPLIED_END_NAMES.contains(stackName)) {
            flags |= IMPLIED_END;
        }
        if (IMPLIED_END_THOROUGH_NAMES.contains(stackName)) {
            flags |= IMPLIED_END_THOROUGH;
        }
        if (MODE_ELEMENT_NAMES.contains(stackName)) {
            flags |= MODE_ELEMENT;
        }
        if ((SPECIAL_NAMES.contains(stackName) && !stackName.equals("dialog")) || ForeignContent.isIntegrationPoint(stackName)) {
            flags |= SPEC_SPECIAL;
        }
        if (stackName.length() == 2 && stackName.charAt(0) == 'h' && stackName.charAt(1) >= '1' && stackName.charAt(1) <= '6') {
            flags |= HEADING;
        }
        if (ElementShape.PLAIN_NAMES.contains(stackName)) {
            flags |= PLAIN_PHRASING;
        }
        if ((flags & HEADING) != 0 || stackName.equals("p") || stackName.equals("li")) {
            flags |= SUMMARISED;
        }
        if (stackName.equals("a")) {
            flags |= LINK;
        }
        switch (stackName) {
            case "template", "select" -> flags |= NO_SHAPE;
            case "table", "tbody", "tfoot", "thead", "tr" -> flags |= TABLE_CONTEXT;
            default -> {
            }
        }
        switch (stackName) {
            case "caption", "colgroup", "col", "tbody", "tfoot", "thead", "tr", "td", "th", "script", "style", "form" ->
                    flags |= TABLE_CHILD;
            default -> {
            }
        }
        return flags;
    }

    private static final Map<String, TagInfo> KNOWN = new HashMap<>();
    /** What {@link TagTable#findInEightChars} answers for a name of eight or more chars, which it does not read. */
    private static final TagInfo LONG_NAME = new TagInfo("#long", Role.INLINE, BlockKind.TEXT, 0, false, false, false, true);
    private static final TagTable TABLE;

    private static final String[] CLOSES_P = {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li",
        "dd", "dt", "listing", "plaintext", "xmp", "search"
    };
    private static final String[] VOID = {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "keygen", "basefont", "bgsound", "frame", "image"
    };
    private static final String[] RAW = {
        "script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes", "plaintext"
    };
    /** Formatting and phrasing elements that do not break a word: {@code un<b>usual</b>} is one word. */
    private static final String[] JOINS_WORDS = {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd",
        "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
        "big", "nobr", "wbr", "label", "output"
    };

    static {
        for (String n : new String[] {"div", "section", "article", "main", "header", "footer", "center", "body", "html"}) {
            define(n, Role.CONTAINER, BlockKind.OTHER, 0);
        }
        define("p", Role.ATOMIC, BlockKind.PARAGRAPH, 0);
        for (int level = 1; level <= 6; level++) {
            define("h" + level, Role.ATOMIC, BlockKind.HEADING, level);
        }
        define("hgroup", Role.ATOMIC, BlockKind.HEADING, 0);
        for (String n : new String[] {"ul", "ol", "dl", "menu", "dir", "li", "dd", "dt"}) {
            define(n, Role.ATOMIC, BlockKind.LIST, 0);
        }
        define("table", Role.ATOMIC, BlockKind.TABLE, 0);
        define("blockquote", Role.ATOMIC, BlockKind.BLOCKQUOTE, 0);
        define("figure", Role.ATOMIC, BlockKind.FIGURE, 0);
        define("picture", Role.MEDIA, BlockKind.FIGURE, 0);
        define("img", Role.MEDIA, BlockKind.FIGURE, 0);
        define("image", Role.MEDIA, BlockKind.FIGURE, 0);
        for (String n : new String[] {"iframe", "video", "audio", "embed", "object", "svg", "canvas", "math"}) {
            define(n, Role.MEDIA, BlockKind.EMBED, 0);
        }
        for (String n : new String[] {"pre", "listing", "xmp", "plaintext"}) {
            define(n, Role.ATOMIC, BlockKind.PRE, 0);
        }
        define("hr", Role.ATOMIC, BlockKind.HR, 0);
        for (String n : new String[] {"aside", "form", "nav", "details", "dialog", "fieldset", "address",
                                      "figcaption", "summary", "template", "search"}) {
            define(n, Role.ATOMIC, BlockKind.OTHER, 0);
        }
        for (String n : new String[] {"script", "style", "noscript", "noembed", "noframes", "link", "meta",
                                      "base", "title"}) {
            define(n, Role.INVISIBLE, BlockKind.OTHER, 0);
        }
        for (String n : new String[] {"tr", "td", "th", "tbody", "thead", "tfoot", "caption", "col", "colgroup",
                                      "frame", "param", "source", "track", "area", "head", "frameset"}) {
            define(n, Role.IGNORED, BlockKind.OTHER, 0);
        }
        for (String n : JOINS_WORDS) {
            if (!KNOWN.containsKey(n)) {
                define(n, Role.INLINE, BlockKind.TEXT, 0);
            }
        }
        for (String n : new String[] {"br", "input", "button", "select", "textarea", "keygen", "basefont",
                                      "bgsound", "ruby", "rt", "rp", "map", "slot",
                                      // the in-body parser inserts these as elements (a heading inside one stays in it)
                                      "option", "optgroup"}) {
            define(n, Role.INLINE, BlockKind.TEXT, 0);
        }
        TABLE = new TagTable(KNOWN.values().toArray(new TagInfo[0]));
    }

    private static void define(String name, Role role, BlockKind kind, int level) {
        boolean isVoid = contains(VOID, name);
        boolean raw = contains(RAW, name);
        boolean closesP = contains(CLOSES_P, name);
        boolean breaks = !contains(JOINS_WORDS, name);
        KNOWN.put(name, new TagInfo(name, role, kind, level, isVoid, raw, closesP, breaks));
    }

    private static boolean contains(String[] names, String name) {
        for (String n : names) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The info for the tag name at {@code src[start, end)} (any case), without allocating for known
     * names. Unknown names get a fresh info: custom elements ({@code my-widget}) and {@code amp-*} are
     * treated as atomic (we cannot know what a component does with its children), anything else as inline.
     */
    static TagInfo lookup(String src, int start, int end) {
        TagInfo known = TABLE.find(src, start, end);
        if (known != null) {
            return known;
        }
        String name = src.substring(start, end).toLowerCase(Locale.ROOT);
        if (name.startsWith("amp-")) {
            BlockKind kind = name.equals("amp-img") || name.equals("amp-anim") ? BlockKind.FIGURE : BlockKind.EMBED;
            return new TagInfo(name, Role.MEDIA, kind, 0, false, false, false, true);
        }
        if (name.indexOf('-') > 0) {
            return new TagInfo(name, Role.ATOMIC, BlockKind.OTHER, 0, false, false, false, true);
        }
        return new TagInfo(name, Role.INLINE, BlockKind.TEXT, 0, false, false, false, true);
    }

    /**
     * The known info for the tag name that starts at {@code src[start]} and runs to the first tag-name end
     * ({@code /}, {@code >}, whitespace) or {@code limit}, read in one pass (eight chars at once from the
     * {@code window} when it is not null); null when the name is not a
     * known one (then the caller finds its end and calls {@link #lookup}). A known name's end is
     * {@code start + info.name.length()}.
     */
    static TagInfo readKnown(String src, int start, int limit, Latin1Window window) {
        if (window != null && limit - start >= 8 && window.covers(start, start + 8)) {
            TagInfo info = TABLE.findInEightChars(window.eightCharsAt(start));
            if (info != LONG_NAME) {
                return info;
            }
        }
        return TABLE.findAt(src, start, limit);
    }

    static TagInfo known(String name) {
        return KNOWN.get(name);
    }

    /**
     * The HTML Standard's elements (current and obsolete) that the scanner has no info for: each has a
     * rendering of its own (not shown, a replaced widget, fallback content, a ruby part, a scrolling box),
     * so unlike a custom or made-up element it is no wrapper a browser lays an article out in.
     */
    private static final java.util.Set<String> OTHER_STANDARD_NAMES = java.util.Set.of(
            "datalist", "meter", "progress", "legend", "rb", "rtc", "menuitem", "acronym", "applet", "marquee",
            "blink", "fencedframe", "portal", "selectedcontent", "isindex", "nextid", "multicol", "spacer");

    /** Whether {@code name} is an element of the HTML Standard, current or obsolete, rather than a custom or made-up one. */
    static boolean isStandardElement(String name) {
        return KNOWN.containsKey(name) || OTHER_STANDARD_NAMES.contains(name);
    }

    boolean isHeading() {
        return headingLevel > 0;
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * Open-addressing table of known names. A name of up to 12 ASCII chars packs, lower-cased, into two
     * longs with its length, so that a lookup reads the name once and compares two numbers.
     */
    private static final class TagTable {
        private static final int MAX_LENGTH = 12;
        private final long[] lowKeys;
        private final long[] highKeys;
        private final TagInfo[] slots;
        private final int shift;

        TagTable(TagInfo[] infos) {
            int bits = Integer.numberOfTrailingZeros(Integer.highestOneBit(infos.length * 4));
            int size = 1 << bits;
            shift = 64 - bits;
            lowKeys = new long[size];
            highKeys = new long[size];
            slots = new TagInfo[size];
            for (TagInfo info : infos) {
                String name = info.name;
                long low = pack(name, name.length(), 0);
                long high = pack(name, name.length(), 8) | (long) name.length() << 56;
                int i = index(low, high);
                while (slots[i] != null) {
                    i = (i + 1) & (size - 1);
                }
                lowKeys[i] = low;
                highKeys[i] = high;
                slots[i] = info;
            }
        }

        TagInfo find(String src, int start, int end) {
            int length = end - start;
            if (length > MAX_LENGTH) {
                return null;
            }
            long low = 0;
            long high = (long) length << 56;
            for (int i = 0; i < length; i++) {
                int c = src.charAt(start + i);
                if (c - 'A' < 26 && c >= 'A') {
                    c |= 0x20;
                } else if (c >= 0x80) {
                    return null; // HTML folds ASCII only: no known name holds another char
                }
                if (i < 8) {
                    low |= (long) c << (i << 3);
                } else {
                    high |= (long) c << ((i - 8) << 3);
                }
            }
            return probe(low, high);
        }

        /** The name whose packed key is {@code low}, {@code high}: linear probing from its slot; null when absent. */
        private TagInfo probe(long low, long high) {
            int mask = slots.length - 1;
            int k = index(low, high);
            while (true) {
                TagInfo candidate = slots[k];
                if (candidate == null) {
                    return null;
                }
                if (lowKeys[k] == low && highKeys[k] == high) {
                    return candidate;
                }
                k = (k + 1) & mask;
            }
        }

        /** {@link #find} for the name running from {@code start} to its end, found in the same pass. */
        TagInfo findAt(String src, int start, int limit) {
            int max = Math.min(limit, start + MAX_LENGTH + 1);
            long low = 0;
            long high = 0;
            int i = start;
            for (int shift = 0; i < max; i++, shift += 8) {
                int c = src.charAt(i);
                if (c < 64 && (TAG_NAME_ENDS & 1L << c) != 0) {
                    break;
                }
                if (c - 'A' < 26 && c >= 'A') {
                    c |= 0x20;
                } else if (c >= 0x80) {
                    return null; // HTML folds ASCII only: no known name holds another char
                }
                if (shift < 64) {
                    low |= (long) c << shift;
                } else {
                    high |= (long) c << (shift - 64);
                }
            }
            int length = i - start;
            if (length > MAX_LENGTH) {
                return null;
            }
            high |= (long) length << 56;
            return probe(low, high);
        }

        /**
         * {@link #findAt} for a name that starts with an ASCII letter, given its first eight chars as the bytes
         * of a long ({@link Latin1Window}): its end and its key are found for all eight at once. A name of
         * eight or more chars gets {@link TagInfo#LONG_NAME}: the caller then reads it with {@link #findAt}. (Kept
         * small, so that the JIT inlines it into the tag reader.)
         */
        TagInfo findInEightChars(long x) {
            // a byte that may end the name: below '!' or above U+007F (tested exactly below), '/' or '>'
            long below = ~((x | HIGH_BITS) - 0x2121212121212121L) & HIGH_BITS;
            long stop = below | (x & HIGH_BITS) | zeroBytes(x ^ 0x2F2F2F2F2F2F2F2FL) | zeroBytes(x ^ 0x3E3E3E3E3E3E3E3EL);
            if (stop == 0) {
                return LONG_NAME;
            }
            int length = Long.numberOfTrailingZeros(stop) >>> 3;
            int end = (int) (x >>> (length << 3)) & 0xFF;
            if (end >= 64 || (TAG_NAME_ENDS & 1L << end) == 0) {
                return null; // a char above U+007F or a control char in the name: no known name holds one
            }
            long low = x & ((1L << (length << 3)) - 1);
            long marked = low | HIGH_BITS;
            long upper = (marked - 0x4141414141414141L) & ~(marked - 0x5B5B5B5B5B5B5B5BL) & HIGH_BITS;
            low |= upper >>> 2;
            long high = (long) length << 56;
            return probe(low, high);
        }

        private static final long HIGH_BITS = 0x8080808080808080L;

        /** The high bit of every byte of {@code v} that is zero, exactly (no borrow between bytes). */
        private static long zeroBytes(long v) {
            return ~(((v & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | v) & HIGH_BITS;
        }

        /** The chars that end a tag name, as bits of a long: whitespace, {@code /} and {@code >}. */
        private static final long TAG_NAME_ENDS = 1L << ' ' | 1L << '\t' | 1L << '\n' | 1L << '\r' | 1L << '\f'
                | 1L << '/' | 1L << '>';

        private int index(long low, long high) {
            return (int) (((low ^ Long.rotateLeft(high, 29)) * 0x9E3779B97F4A7C15L) >>> shift);
        }

        /** Chars {@code from..from+7} of a lower-case ASCII name, one byte each, the first in the lowest byte. */
        private static long pack(String name, int length, int from) {
            long key = 0;
            for (int i = from; i < Math.min(length, from + 8); i++) {
                key |= (long) name.charAt(i) << ((i - from) << 3);
            }
            return key;
        }
    }
}
