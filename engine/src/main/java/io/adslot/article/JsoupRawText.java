package io.adslot.article;

import java.util.Set;

/**
 * Where jsoup ends the text of a raw-text element ({@code script}, {@code style}, {@code xmp}, {@code iframe},
 * {@code noembed}, {@code noframes}), which is not always where a browser does. Server-side pipelines read
 * articles with jsoup as well as browsers do, so a slot must be safe in both readings (see
 * {@link HtmlTokenizer#readRawText}).
 *
 * <p>jsoup reads an end tag's name in raw text from its first letter up to a space, {@code /} or
 * {@code >}, whatever lies between: in {@code <script>x</p.</script>} the name is {@code p.<}, so that
 * {@code </script>} ends nothing and the script runs on; {@code </p.>x</script>} and
 * {@code </p </script>} end where a browser does. In body content and table cells, jsoup also ends a
 * script at its first {@code </script>} where a browser's script data states would read on after a
 * {@code <!--}; in a table outside its cells it follows those states, which this class does not model.
 *
 * <p>The RCDATA elements ({@code textarea}, {@code title}) end at their first end tag in jsoup too, unless
 * their text holds a false end-tag start of two or more letters that runs into a char other than a space,
 * {@code /} or {@code >} ({@code </hl<}, {@code </tit'}): then jsoup 1.22 may read the next end tag as text
 * ({@code <title>a</hl</title>} holds its end tag, and the title runs on to a second {@code </title>}), or,
 * with no such end tag after it, read the markup after the title as tags. Where it does is not
 * modelled; {@link #mayEndRcdataElsewhere} says where it may.
 */
final class JsoupRawText {

    private static final Set<String> NAME_TO_TERMINATOR = Set.of("script", "style", "xmp", "iframe", "noembed", "noframes");

    private JsoupRawText() {
    }

    /** True when jsoup reads the end tags in {@code element}'s text as {@link #end} does. */
    static boolean readsNameToTerminator(String element) {
        return NAME_TO_TERMINATOR.contains(element);
    }

    /** Index of the {@code </element} where jsoup ends the raw text starting at {@code from}, or {@code src.length()}. */
    static int end(String src, String element, int from) {
        int n = src.length();
        int i = from;
        while (true) {
            int close = src.indexOf("</", i);
            if (close < 0) {
                return n;
            }
            int nameStart = close + 2;
            if (nameStart >= n || !isAsciiLetter(src.charAt(nameStart))) {
                i = nameStart;
                continue;
            }
            int nameEnd = nameStart;
            while (nameEnd < n && !endsName(src.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd - nameStart == element.length() && src.regionMatches(true, nameStart, element, 0, element.length())) {
                return close;
            }
            if (nameEnd >= n) {
                return n;
            }
            i = nameEnd;
        }
    }

    /**
     * True when jsoup may end the text of {@code element} from {@code from} to {@code end} (where a browser
     * ends it) somewhere else: {@code element} is {@code title} or {@code textarea}, and the text holds
     * {@code </}, two or more ASCII letters and then anything but a letter, a space, {@code /} or {@code >}.
     */
    static boolean mayEndRcdataElsewhere(String element, String src, int from, int end) {
        if (!element.equals("title") && !element.equals("textarea")) {
            return false;
        }
        for (int close = src.indexOf("</", from); close >= 0 && close < end; close = src.indexOf("</", close + 2)) {
            int nameEnd = close + 2;
            while (nameEnd < end && isAsciiLetter(src.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd - close - 2 >= 2 && (nameEnd == end || !endsName(src.charAt(nameEnd)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean endsName(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
    }
}
