package io.adslot.rules;

/**
 * A short, escaped excerpt of text read from a file, for messages.
 *
 * <p>A message may be shown in a terminal, a log or a web page, and the text it quotes may come from a
 * file that is not a rule file at all (an {@code extends} or {@code --rules} that names the wrong file):
 * a message never quotes more than {@link #MAX_CHARS} characters of it, with control characters, quotes
 * and backslashes escaped.
 */
final class Excerpt {

    /** Most characters of the original text quoted. */
    static final int MAX_CHARS = 40;

    private Excerpt() {
    }

    /** {@code text} cut to {@link #MAX_CHARS} characters (marked with "...") and escaped. */
    static String of(String text) {
        int end = Math.min(text.length(), MAX_CHARS);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder b = new StringBuilder(end + 8);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return end < text.length() ? b.append("...").toString() : b.toString();
    }
}
