package io.adslot.article;

import java.util.Arrays;
import java.util.Set;

/**
 * What a scan saw inside the paragraphs, headings and list items of an article, for the structure pass: a
 * pass that would otherwise read every tag of every paragraph again (most of an article's tags are its
 * links and emphasis) takes such an element as one piece when the scan found only <em>plain phrasing</em>
 * inside it. Inside a block too: the paragraphs of a quote, the items of a list.
 *
 * <p>Plain phrasing: elements named in {@link #PLAIN_NAMES}, written by the article (none reopened by the
 * parser, none moved by the adoption agency), with no attributes but those in {@link #PLAIN_ATTRIBUTES}
 * (so no {@code class}, {@code id} or {@code data-*}), no link inside a link, no raw text, no foreign
 * content. For such an element (one the article wrote, a {@code p}, {@code h1} to {@code h6} or {@code li},
 * closed by its own end tag or by a tag that implies its end) the scan records, in document order, where it
 * starts and ends, and, as the structure pass counts them, its text (each text run between tags without its
 * leading and trailing whitespace, in source chars), the part of it inside links, and its links. An element
 * the scan could not vouch for has no record, and the pass reads it tag by tag.
 *
 * <p>Only the element's content is summarised: its start tag is read by the pass as always.
 */
public final class BlockInsides {

    /** The phrasing elements a plain element may hold: links, emphasis, line breaks; no media, no {@code ins}. */
    public static final Set<String> PLAIN_NAMES = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "br", "cite",
            "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong",
            "sub", "sup", "time", "tt", "u", "var", "wbr");

    /** The attributes a plain element may carry: where a link goes and how text reads, never what it is. */
    public static final Set<String> PLAIN_ATTRIBUTES = Set.of("href", "title", "rel", "target", "hreflang",
            "lang", "dir", "style", "datetime", "cite");

    /** Nothing summarised: every element is read tag by tag. */
    public static final BlockInsides NONE = new BlockInsides(0);

    private static final int FIELDS = 5;

    /** Per record: start, end, text, link text, links; offsets before {@link #offset} is added. */
    private int[] values;
    private String[] names;
    private int count;
    /** Added to every start and end: a part's scan placed in the whole input ({@link #placed}). */
    private final int offset;

    BlockInsides(int capacity) {
        values = new int[Math.max(capacity, 1) * FIELDS];
        names = new String[Math.max(capacity, 1)];
        offset = 0;
    }

    private BlockInsides(BlockInsides records, int offset) {
        this.values = records.values;
        this.names = records.names;
        this.count = records.count;
        this.offset = records.offset + offset;
    }

    /**
     * True when the attributes written in {@code src[from, to)} (a start tag's, after its name) are all in
     * {@link #PLAIN_ATTRIBUTES}. Read only for the few elements inside paragraphs, so the tokenizer need not
     * look at every attribute of every tag; anything unusual in the markup (a quote or {@code <} in a name)
     * counts as not plain.
     */
    static boolean plainAttributes(String src, int from, int to) {
        int i = from;
        while (i < to) {
            char c = src.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/') {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < to && (c = src.charAt(i)) != '=' && c != ' ' && c != '\t' && c != '\n' && c != '\r'
                    && c != '\f' && c != '/' && c != '>') {
                if (c == '"' || c == '\'' || c == '<') {
                    return false;
                }
                i++;
            }
            if (!isPlainAttribute(src, nameStart, i - nameStart)) {
                return false;
            }
            while (i < to && isSpace(src.charAt(i))) {
                i++;
            }
            if (i < to && src.charAt(i) == '=') {
                i++;
                while (i < to && isSpace(src.charAt(i))) {
                    i++;
                }
                if (i < to && (src.charAt(i) == '"' || src.charAt(i) == '\'')) {
                    int close = src.indexOf(src.charAt(i), i + 1);
                    if (close < 0 || close >= to) {
                        return false;
                    }
                    i = close + 1;
                } else {
                    while (i < to && !isSpace(src.charAt(i)) && src.charAt(i) != '>') {
                        i++;
                    }
                }
            }
        }
        return true;
    }

    /** True for a name of {@link #PLAIN_ATTRIBUTES}, in any ASCII case. */
    private static boolean isPlainAttribute(String src, int at, int length) {
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

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Records the element {@code name} in {@code src[start, end)}, after those before it. */
    void add(String name, int start, int end, int text, int linkText, int links) {
        if (count == names.length) {
            names = Arrays.copyOf(names, count * 2);
            values = Arrays.copyOf(values, count * 2 * FIELDS);
        }
        int at = count * FIELDS;
        values[at] = start;
        values[at + 1] = end;
        values[at + 2] = text;
        values[at + 3] = linkText;
        values[at + 4] = links;
        names[count++] = name;
    }

    /** These records with every offset moved by {@code by}: a part's scan read as a scan of the whole. */
    BlockInsides placed(int by) {
        return count == 0 ? this : new BlockInsides(this, by);
    }

    /** How many elements are summarised. */
    public int count() {
        return count;
    }

    /** Index of the {@code <} of record {@code i}'s start tag. */
    public int start(int i) {
        return values[i * FIELDS] + offset;
    }

    /** Index just past record {@code i}'s end tag, or of the tag that implied its end. */
    public int end(int i) {
        return values[i * FIELDS + 1] + offset;
    }

    /** Record {@code i}'s element name, lower case ({@code p}, {@code h2}, {@code li}). */
    public String name(int i) {
        return names[i];
    }

    /** Record {@code i}'s text, runs between tags trimmed of whitespace, in source chars. */
    public int text(int i) {
        return values[i * FIELDS + 2];
    }

    /** The part of {@link #text} inside links. */
    public int linkText(int i) {
        return values[i * FIELDS + 3];
    }

    /** The links ({@code a} elements) in record {@code i}. */
    public int links(int i) {
        return values[i * FIELDS + 4];
    }
}
