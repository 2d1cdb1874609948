package io.adslot.article;

import java.util.Arrays;
import java.util.Set;

/**
 * The shape of an article's element tree as the scan's tree builder built it, for the structure pass: which
 * element opens where, what it holds, where it closes. The pass would otherwise walk every tag of the body a
 * second time, with a lighter model of the HTML Standard than the scan's; it replays this instead, and reads
 * only the start tags of the elements it looks at.
 *
 * <p>In document order ({@link Visitor}): an element opening (with its start tag's extent, or its name alone
 * for one the parser created), the trimmed length of each text run, an element closing (where its end tag
 * ends, or where the tag that implied its end starts). The elements are those the stack of open elements
 * held above the root; what is still open at the end of the input closes there.
 *
 * <p><b>Summaries.</b> Most of an article's tags are its links and emphasis. A paragraph, heading or list item
 * holding only <em>plain phrasing</em> is one event, with its text counted: elements named in
 * {@link #PLAIN_NAMES}, written by the article (none reopened by the parser), with no attributes but those in
 * {@link #PLAIN_ATTRIBUTES} (so no {@code class}, {@code id} or {@code data-*}), no link inside a link, no raw
 * text, no foreign content. Text is counted as the structure pass counts it: each text run between tags
 * without its leading and trailing whitespace, in source chars; the part inside links; the links. An element
 * that turns out to hold more (an image in a paragraph, a styled span) has what it held before that as one
 * count of its content, and is told event by event from there on.
 *
 * <p>Recorded only when the scan was asked to ({@link BlockScanner#scanWithShape}), and only while every change
 * to the stack happened at its top: the adoption agency or a {@code </form>} that takes an element from the
 * middle of the stack, or a reading given up, leave the shape {@linkplain #recorded() unrecorded}, and the
 * pass walks the tags itself.
 *
 * <p>Memory: two to eight ints per event and four per attribute of an element told, an event per element,
 * text run and summary: linear in the body.
 */
public final class ElementShape {

    /** The phrasing elements a summarised element may hold: links, emphasis, line breaks; no media, no {@code ins}. */
    public static final Set<String> PLAIN_NAMES = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "br", "cite",
            "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong",
            "sub", "sup", "time", "tt", "u", "var", "wbr");

    /** The attributes plain phrasing may carry: where a link goes and how text reads, never what it is. */
    public static final Set<String> PLAIN_ATTRIBUTES = Set.of("href", "title", "rel", "target", "hreflang",
            "lang", "dir", "style", "datetime", "cite");

    /**
     * The attributes of the start tag an event tells, as the scan's tokenizer read them: where each one's name
     * and value stand in the source (a value is empty when absent), in the order written. Valid during the
     * call that gives it.
     */
    public interface Attributes {
        int count();

        int nameStart(int i);

        int nameEnd(int i);

        int valueStart(int i);

        int valueEnd(int i);
    }

    /** What a structure pass is told, in document order; offsets index the article's source. */
    public interface Visitor {
        /**
         * An element opens. {@code name} is lower case, an SVG or MathML element's after its root's name and a
         * space ({@code svg circle}). {@code start} is where its start tag begins; when {@code written}, the
         * tag the article wrote for it ends at {@code tagEnd} and has {@code attributes}, else the parser
         * created the element ({@code tbody} for a {@code <tr>}, a formatting element reopened) and it has its
         * name alone (no attributes). A plain element left open in a paragraph that turned out not plain
         * ({@link #content}) is told without its attributes: plain ones say nothing to the pass.
         */
        void open(String name, int start, int tagEnd, boolean written, Attributes attributes);

        /** The innermost open element closes; its markup ends at {@code end}. */
        void close(int end);

        /** A text run of {@code length} chars, trimmed of leading and trailing whitespace (never 0). */
        void text(int length);

        /**
         * What the innermost open element held in plain phrasing before its first child that is not:
         * {@code text} chars of trimmed text runs, {@code linkText} of them inside {@code links} links, all
         * closed. A link still open follows as an element.
         */
        void content(int text, int linkText, int links);

        /**
         * A paragraph, heading or list item of plain phrasing, from its start tag {@code src[start, tagEnd)}
         * (with {@code attributes}) to {@code end} (past its end tag, or where the tag that implied its end
         * starts), holding {@code text} chars of trimmed text runs, {@code linkText} of them inside {@code links}
         * links.
         */
        void summarised(String name, int start, int tagEnd, int end, int text, int linkText, int links,
                        Attributes attributes);
    }

    /** No shape: the scan was not asked for one, or could not vouch for it. */
    public static final ElementShape NONE = new ElementShape(0, false);

    private static final int OPEN = 0;
    private static final int WRITTEN = 1;
    private static final int CLOSE = 2;
    private static final int TEXT = 3;
    private static final int CONTENT = 4;
    private static final int SUMMARY = 5;

    /** The events, each its kind and its values (offsets before {@link #offset} is added). */
    private int[] values;
    private int length;
    /** The names of the elements opened and summarised, in order. */
    private String[] names;
    private int nameCount;
    private int summaries;
    private boolean recorded;
    private final int offset;

    ElementShape(int capacity, boolean recorded) {
        // about three ints per event with the attributes, and a name for every other one
        this.values = new int[Math.max(capacity, 1) * 4];
        this.names = new String[Math.max(capacity / 2, 1)];
        this.recorded = recorded;
        this.offset = 0;
    }

    private ElementShape(ElementShape events, int offset) {
        this.values = events.values;
        this.length = events.length;
        this.names = events.names;
        this.nameCount = events.nameCount;
        this.summaries = events.summaries;
        this.recorded = events.recorded;
        this.offset = events.offset + offset;
    }

    /** True when the scan recorded the shape and vouches for it. */
    public boolean recorded() {
        return recorded;
    }

    /** How many paragraphs, headings and list items are summarised. */
    public int summaries() {
        return summaries;
    }

    /** Tells {@code visitor} every event, in document order; nothing when not {@link #recorded()}. */
    public void replay(Visitor visitor) {
        if (!recorded) {
            return;
        }
        int[] v = values;
        int by = offset;
        int name = 0;
        TagAttributesView attributes = new TagAttributesView(v, by);
        for (int at = 0; at < length; ) {
            switch (v[at]) {
                case OPEN -> {
                    visitor.open(names[name++], v[at + 1] + by, v[at + 1] + by, false, attributes.at(at + 2, 0));
                    at += 2;
                }
                case WRITTEN -> {
                    int count = v[at + 3];
                    visitor.open(names[name++], v[at + 1] + by, v[at + 2] + by, true, attributes.at(at + 4, count));
                    at += 4 + 4 * count;
                }
                case CLOSE -> {
                    visitor.close(v[at + 1] + by);
                    at += 2;
                }
                case TEXT -> {
                    visitor.text(v[at + 1]);
                    at += 2;
                }
                case CONTENT -> {
                    visitor.content(v[at + 1], v[at + 2], v[at + 3]);
                    at += 4;
                }
                default -> {
                    int count = v[at + 7];
                    visitor.summarised(names[name++], v[at + 1] + by, v[at + 2] + by, v[at + 3] + by, v[at + 4],
                            v[at + 5], v[at + 6], attributes.at(at + 8, count));
                    at += 8 + 4 * count;
                }
            }
        }
    }

    /** This shape with every offset moved by {@code by}: a part's scan read as a scan of the whole. */
    ElementShape placed(int by) {
        return recorded && length > 0 ? new ElementShape(this, by) : this;
    }

    void open(String name, int start) {
        int at = room(2);
        values[at] = OPEN;
        values[at + 1] = start;
        named(name);
    }

    /** An element the article wrote, with the first {@code count} attributes of {@code ranges} (four ints each). */
    void written(String name, int start, int tagEnd, int[] ranges, int count) {
        int at = room(4 + 4 * count);
        values[at] = WRITTEN;
        values[at + 1] = start;
        values[at + 2] = tagEnd;
        values[at + 3] = count;
        System.arraycopy(ranges, 0, values, at + 4, 4 * count);
        named(name);
    }

    void close(int end) {
        int at = room(2);
        values[at] = CLOSE;
        values[at + 1] = end;
    }

    void text(int chars) {
        int at = room(2);
        values[at] = TEXT;
        values[at + 1] = chars;
    }

    void content(int text, int linkText, int links) {
        int at = room(4);
        values[at] = CONTENT;
        values[at + 1] = text;
        values[at + 2] = linkText;
        values[at + 3] = links;
    }

    void summarised(String name, int start, int tagEnd, int end, int text, int linkText, int links, int[] ranges,
                    int count) {
        int at = room(8 + 4 * count);
        values[at] = SUMMARY;
        values[at + 1] = start;
        values[at + 2] = tagEnd;
        values[at + 3] = end;
        values[at + 4] = text;
        values[at + 5] = linkText;
        values[at + 6] = links;
        values[at + 7] = count;
        System.arraycopy(ranges, 0, values, at + 8, 4 * count);
        named(name);
        summaries++;
    }

    /** The scan cannot vouch for the shape: nothing is replayed. */
    void forget() {
        recorded = false;
    }

    /** Where an event of {@code size} ints goes, the array grown when full. */
    private int room(int size) {
        int at = length;
        if (at + size > values.length) {
            values = Arrays.copyOf(values, Math.max(at + size, values.length * 2));
        }
        length = at + size;
        return at;
    }

    private void named(String name) {
        if (nameCount == names.length) {
            names = Arrays.copyOf(names, nameCount * 2);
        }
        names[nameCount++] = name;
    }

    /** The attributes of the event being told: a window on {@link #values}, moved by the shape's offset. */
    private static final class TagAttributesView implements Attributes {
        private final int[] values;
        private final int by;
        private int first;
        private int count;

        TagAttributesView(int[] values, int by) {
            this.values = values;
            this.by = by;
        }

        Attributes at(int at, int howMany) {
            first = at;
            count = howMany;
            return this;
        }

        @Override
        public int count() {
            return count;
        }

        @Override
        public int nameStart(int i) {
            return values[first + 4 * i] + by;
        }

        @Override
        public int nameEnd(int i) {
            return values[first + 4 * i + 1] + by;
        }

        @Override
        public int valueStart(int i) {
            return values[first + 4 * i + 2] + by;
        }

        @Override
        public int valueEnd(int i) {
            return values[first + 4 * i + 3] + by;
        }
    }

    /** True for a name of {@link #PLAIN_ATTRIBUTES}, in any ASCII case: the tokenizer asks it of every attribute. */
    static boolean isPlainAttribute(String src, int at, int length) {
        return switch (length) {
            case 3 -> TagAttributes.is(src, at, "rel") || TagAttributes.is(src, at, "dir");
            case 4 -> TagAttributes.is(src, at, "href") || TagAttributes.is(src, at, "lang")
                    || TagAttributes.is(src, at, "cite");
            case 5 -> TagAttributes.is(src, at, "title") || TagAttributes.is(src, at, "style");
            case 6 -> TagAttributes.is(src, at, "target");
            case 8 -> TagAttributes.is(src, at, "hreflang") || TagAttributes.is(src, at, "datetime");
            default -> false;
        };
    }
}
