package io.adslot.reliability;

import java.util.Locale;

/**
 * A slot's markup made findable in a parse of the output, without changing how it parses: every start
 * tag gets a {@code data-judge-slot="k"} attribute, every run of text is bracketed by two comments
 * ({@link #textStart}, {@link #textEnd}), and a comment ({@link #place}) marks where the slot was put, so
 * that a slot the parser moves (out of a table, before it) is seen to have moved.
 *
 * <p>Why this leaves the tree construction alone: an attribute changes it only on {@code input type},
 * {@code font color/face/size} in foreign content and {@code annotation-xml encoding}, none of which the
 * marker touches; a comment is inserted where it stands in every insertion mode an article reaches and,
 * unlike text, never reconstructs formatting elements, closes nothing and opens nothing. Where the slot
 * lands in raw text, an attribute value or a comment, the marks become text there too, and the tree
 * differs from the input's, which is the verdict such a slot deserves. (Between a {@code <pre>} start tag
 * and a newline the comment would keep the newline; a slot there is inside a {@code pre} anyway.)
 */
final class MarkedSlot {

    /** The attribute every element of slot {@code k} carries in the marked output. */
    static final String ATTRIBUTE = "data-judge-slot";
    private static final String TEXT_START = "judge-slot-text ";
    private static final String TEXT_END = "/judge-slot-text ";
    private static final String PLACE = "judge-slot-at ";

    private MarkedSlot() {
    }

    /** The comment data that opens a run of slot {@code k}'s own text. */
    static String textStart(int k) {
        return TEXT_START + k;
    }

    /** The comment data that closes a run of slot {@code k}'s own text. */
    static String textEnd(int k) {
        return TEXT_END + k;
    }

    /** The comment data that marks where slot {@code k} was put: a comment is never moved out of a table. */
    static String place(int k) {
        return PLACE + k;
    }

    /** True when {@code data} is one of the comments {@link #mark} adds. */
    static boolean isMarkComment(String data) {
        return data.startsWith(TEXT_START) || data.startsWith(TEXT_END) || data.startsWith(PLACE);
    }

    /** True when {@code data} opens a run of slot text. */
    static boolean opensText(String data) {
        return data.startsWith(TEXT_START);
    }

    /**
     * {@code html} (template output: start and end tags, quoted attribute values, text, comments, raw-text
     * elements) with its elements and text marked as slot {@code k}'s.
     */
    static String mark(String html, int k) {
        StringBuilder out = new StringBuilder(html.length() + 64).append("<!--").append(place(k)).append("-->");
        String attribute = " " + ATTRIBUTE + "=\"" + k + "\"";
        int i = 0;
        int n = html.length();
        int textFrom = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char next = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                appendText(out, html, textFrom, lt, k);
                int close = html.indexOf("-->", lt + 4);
                i = close < 0 ? n : close + 3;
                out.append(html, lt, i);
                textFrom = i;
            } else if (isAsciiLetter(next) || next == '/') {
                appendText(out, html, textFrom, lt, k);
                int nameStart = next == '/' ? lt + 2 : lt + 1;
                int nameEnd = nameStart;
                while (nameEnd < n && " \t\n\f\r/>".indexOf(html.charAt(nameEnd)) < 0) {
                    nameEnd++;
                }
                int tagEnd = tagEnd(html, nameEnd);
                out.append(html, lt, nameEnd);
                if (next != '/') {
                    out.append(attribute);
                }
                out.append(html, nameEnd, tagEnd);
                i = tagEnd;
                String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
                if (next != '/' && isRawText(name)) {
                    int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, i);
                    int rawEnd = close < 0 ? n : close;
                    out.append(html, i, rawEnd);
                    i = rawEnd;
                }
                textFrom = i;
            } else {
                i = lt + 1;
            }
        }
        appendText(out, html, textFrom, n, k);
        return out.toString();
    }

    private static void appendText(StringBuilder out, String html, int from, int to, int k) {
        if (to > from) {
            out.append("<!--").append(textStart(k)).append("-->").append(html, from, to)
                    .append("<!--").append(textEnd(k)).append("-->");
        }
    }

    /** Index just past the {@code >} that ends the tag whose name ends at {@code from}; quoted values skipped. */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        char previous = 0;
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '"' || c == '\'') && previous == '=') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
            if (c != ' ' && c != '\t' && c != '\n') {
                previous = c;
            }
        }
        return html.length();
    }

    private static boolean isRawText(String name) {
        return switch (name) {
            case "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript" -> true;
            default -> false;
        };
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
