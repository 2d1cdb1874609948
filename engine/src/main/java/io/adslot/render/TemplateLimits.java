package io.adslot.render;

/**
 * Bounds on slot templates, checked before Mustache.java compiles them.
 *
 * <p>Mustache.java compiles nested sections by recursion: about 2,000 nested {@code {{#a}}} overflowed the
 * stack, and the {@link StackOverflowError} escaped {@code build()} instead of a rule problem. Slot markup
 * is a few lines, so the limits here are far above any real template and far below what could hurt:
 * a template of at most {@link #MAX_CHARS} characters, sections nested at most {@link #MAX_DEPTH} deep, and
 * at most {@link #MAX_TEMPLATES} templates in a folder. The depth is counted in one pass over the source,
 * without recursion.
 */
final class TemplateLimits {

    /** Largest template, in characters (and bytes read from a file). */
    static final int MAX_CHARS = 64 * 1024;
    /** Deepest nesting of sections ({@code {{#..}}}, {@code {{^..}}} and the like). */
    static final int MAX_DEPTH = 32;
    /** Most templates read from one folder. */
    static final int MAX_TEMPLATES = 256;

    private TemplateLimits() {
    }

    /**
     * Checks one template's source.
     *
     * @throws IllegalArgumentException naming the template, the line and what to change
     */
    static void check(String name, String source) {
        if (source.length() > MAX_CHARS) {
            throw new IllegalArgumentException("template " + name + " is too large: " + source.length()
                    + " characters, at most " + MAX_CHARS + "; slot markup needs far fewer");
        }
        int depth = 0;
        int line = 1;
        for (int i = source.indexOf("{{"), last = 0; i >= 0; i = source.indexOf("{{", i + 2)) {
            line += count(source, '\n', last, i);
            last = i;
            char kind = i + 2 < source.length() ? source.charAt(i + 2) : ' ';
            if (kind == '#' || kind == '^' || kind == '$' || kind == '<') {
                if (++depth > MAX_DEPTH) {
                    throw new IllegalArgumentException("template " + name + ": sections nested more than " + MAX_DEPTH
                            + " deep at line " + line + "; flatten the template");
                }
            } else if (kind == '/') {
                depth = Math.max(0, depth - 1);
            }
        }
    }

    private static int count(String s, char c, int from, int to) {
        int n = 0;
        for (int i = s.indexOf(c, from); i >= 0 && i < to; i = s.indexOf(c, i + 1)) {
            n++;
        }
        return n;
    }
}
