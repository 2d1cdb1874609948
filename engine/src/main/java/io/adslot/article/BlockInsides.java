package io.adslot.article;

import java.util.Arrays;
import java.util.Set;

/**
 * What a scan saw inside its paragraphs and headings, for the structure pass: a pass that would otherwise
 * read every tag of every paragraph again (most of an article's tags are its links and emphasis) takes
 * such a block as one piece when the scan found only <em>plain phrasing</em> inside it.
 *
 * <p>Plain phrasing: elements named in {@link #PLAIN_NAMES}, written by the article (none reopened by the
 * parser, none moved by the adoption agency), with no attributes but those in {@link #PLAIN_ATTRIBUTES}
 * (so no {@code class}, {@code id} or {@code data-*}), no link inside a link, no raw text, no foreign
 * content. For such a block the scan records, as the structure pass counts them, its text (each text run
 * between tags without its leading and trailing whitespace, in source chars), the part of it inside links,
 * and its links. A block the scan could not vouch for has no record, and the pass reads it tag by tag.
 *
 * <p>Only the block's element's content is summarised: its start tag is read by the pass as always.
 */
public final class BlockInsides {

    /** The phrasing elements a plain block may hold: links, emphasis, line breaks; no media, no {@code ins}. */
    public static final Set<String> PLAIN_NAMES = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "br", "cite",
            "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong",
            "sub", "sup", "time", "tt", "u", "var", "wbr");

    /** The attributes a plain element may carry: where a link goes and how text reads, never what it is. */
    public static final Set<String> PLAIN_ATTRIBUTES = Set.of("href", "title", "rel", "target", "hreflang",
            "lang", "dir", "style", "datetime", "cite");

    /** No block summarised: every block is read tag by tag. */
    public static final BlockInsides NONE = new BlockInsides(0);

    /** Per block, 3 ints: text, link text, links; text -1 when the block has no record. */
    private int[] values;

    BlockInsides(int blocks) {
        values = new int[Math.max(blocks, 1) * 3];
        Arrays.fill(values, -1);
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

    void set(int block, int text, int linkText, int links) {
        int at = block * 3;
        if (at + 3 > values.length) {
            int old = values.length;
            values = Arrays.copyOf(values, Math.max(at + 3, old * 2));
            Arrays.fill(values, old, values.length, -1);
        }
        values[at] = text;
        values[at + 1] = linkText;
        values[at + 2] = links;
    }

    /** True when block {@code i}'s content is plain phrasing, summarised by the other methods. */
    public boolean known(int i) {
        int at = i * 3;
        return at + 3 <= values.length && values[at] >= 0;
    }

    /** Block {@code i}'s text, runs between tags trimmed of whitespace, in source chars. */
    public int text(int i) {
        return values[i * 3];
    }

    /** The part of {@link #text} inside links. */
    public int linkText(int i) {
        return values[i * 3 + 1];
    }

    /** The links ({@code a} elements) in block {@code i}. */
    public int links(int i) {
        return values[i * 3 + 2];
    }
}
