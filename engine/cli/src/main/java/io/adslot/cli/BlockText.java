package io.adslot.cli;

import io.adslot.article.Block;
import java.util.Locale;

/**
 * The first visible words of a block, so that a publisher recognises it in {@code explain} and
 * {@code preview} output: tags, comments, scripts and styles are left out, common entities decoded and
 * whitespace collapsed. One forward pass that stops as soon as enough words are read.
 */
final class BlockText {

    private BlockText() {
    }

    /** Up to {@code maxWords} words of the block's text, with {@code …} when there is more. */
    static String firstWords(String source, Block block, int maxWords) {
        return firstWords(source, block.start(), Math.min(block.end(), source.length()), maxWords);
    }

    static String firstWords(String source, int start, int end, int maxWords) {
        StringBuilder text = new StringBuilder();
        int words = 0;
        boolean inWord = false;
        int i = start;
        while (i < end) {
            char c = source.charAt(i);
            if (c == '<') {
                // Inline tags ("<b>W</b>ord") do not split a word; any other tag (list items, cells,
                // line breaks) does.
                if (!isInlineTag(source, i, end)) {
                    inWord = false;
                }
                i = skipMarkup(source, i, end);
                continue;
            }
            String decoded = null;
            int next = i + 1;
            if (c == '&') {
                int semi = source.indexOf(';', i);
                if (semi > i && semi - i <= 10 && semi < end) {
                    decoded = entity(source.substring(i + 1, semi));
                    if (decoded != null) {
                        next = semi + 1;
                    }
                }
            }
            String piece = decoded != null ? decoded : String.valueOf(c);
            for (int k = 0; k < piece.length(); k++) {
                char ch = piece.charAt(k);
                if (Character.isWhitespace(ch) || ch == '\u00A0') {
                    inWord = false;
                    continue;
                }
                if (!inWord) {
                    if (words == maxWords) {
                        return text.append(" …").toString();
                    }
                    if (text.length() > 0) {
                        text.append(' ');
                    }
                    words++;
                    inWord = true;
                }
                text.append(ch);
            }
            i = next;
        }
        return text.toString();
    }

    /** Index just past the tag, comment or raw-text element starting at {@code i}. */
    private static int skipMarkup(String s, int i, int end) {
        if (s.startsWith("<!--", i)) {
            int close = s.indexOf("-->", i + 4);
            return close < 0 || close >= end ? end : close + 3;
        }
        int close = s.indexOf('>', i);
        if (close < 0 || close >= end) {
            return end;
        }
        String name = tagName(s, i + 1, close);
        if (name.equals("script") || name.equals("style") || name.equals("template") || name.equals("noscript")) {
            int endTag = indexOfIgnoreCase(s, "</" + name, close + 1, end);
            if (endTag < 0) {
                return end;
            }
            int endClose = s.indexOf('>', endTag);
            return endClose < 0 || endClose >= end ? end : endClose + 1;
        }
        return close + 1;
    }

    private static final java.util.Set<String> INLINE = java.util.Set.of("a", "b", "i", "em", "strong", "span",
            "sup", "sub", "small", "mark", "abbr", "cite", "code", "q", "s", "u", "font", "time", "var", "kbd");

    private static boolean isInlineTag(String s, int i, int end) {
        int from = i + 1 < end && s.charAt(i + 1) == '/' ? i + 2 : i + 1;
        return INLINE.contains(tagName(s, from, Math.min(end, from + 8)));
    }

    private static String tagName(String s, int from, int to) {
        int j = from;
        while (j < to && Character.isLetterOrDigit(s.charAt(j))) {
            j++;
        }
        return s.substring(from, j).toLowerCase(Locale.ROOT);
    }

    private static int indexOfIgnoreCase(String s, String needle, int from, int end) {
        for (int i = s.indexOf('<', from); i >= 0 && i + needle.length() <= end; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            case "mdash": return "—";
            case "ndash": return "–";
            case "hellip": return "…";
            case "rsquo": return "’";
            case "lsquo": return "‘";
            case "rdquo": return "”";
            case "ldquo": return "“";
            default:
                break;
        }
        if (name.length() > 1 && name.charAt(0) == '#') {
            try {
                int cp = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
