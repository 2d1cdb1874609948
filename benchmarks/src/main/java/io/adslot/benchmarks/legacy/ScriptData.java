package io.adslot.benchmarks.legacy;

/**
 * Finds where a {@code <script>} element's text ends, following the HTML tokenizer's script data states:
 * after {@code <!--} the text is "escaped", and a {@code <script>} start tag inside escaped text makes it
 * "double escaped", where {@code </script>} does not end the element but only returns to escaped text.
 * So {@code <script><!--document.write("<script></script>")--></script>} is one script, not one that
 * ends inside the string. Linear: each {@code indexOf} starts where the last one stopped.
 */
final class ScriptData {

    private static final String SCRIPT = "script";

    private enum State { DATA, ESCAPED, DOUBLE_ESCAPED }

    private ScriptData() {
    }

    /** Index of the {@code </script} that ends the script text starting at {@code from}, or {@code src.length()}. */
    static int end(String src, int from) {
        int n = src.length();
        State state = State.DATA;
        int i = from;
        int closingDashes = -2; // index of the next "-->" at or after i; -1 none; -2 not searched yet
        while (true) {
            int lt = src.indexOf('<', i);
            if (state != State.DATA) {
                if (closingDashes != -1 && closingDashes < i) {
                    closingDashes = src.indexOf("-->", i);
                }
                if (closingDashes >= 0 && (lt < 0 || closingDashes < lt)) {
                    state = State.DATA;
                    i = closingDashes + 3;
                    continue;
                }
            }
            if (lt < 0 || lt + 1 >= n) {
                return n;
            }
            char next = src.charAt(lt + 1);
            if (next == '/') {
                if (isScriptTag(src, lt + 2)) {
                    if (state != State.DOUBLE_ESCAPED) {
                        return lt;
                    }
                    state = State.ESCAPED;
                    i = lt + 2 + SCRIPT.length();
                    continue;
                }
            } else if (next == '!' && state == State.DATA && src.startsWith("--", lt + 2)) {
                i = lt + 4;
                while (i < n && src.charAt(i) == '-') {
                    i++; // <!--- still stands in the dashes: a '>' right after them ends the escape at once
                }
                if (i < n && src.charAt(i) != '>') {
                    state = State.ESCAPED;
                }
                continue;
            } else if (state == State.ESCAPED && isScriptTag(src, lt + 1)) {
                state = State.DOUBLE_ESCAPED;
                i = lt + 1 + SCRIPT.length();
                continue;
            }
            i = lt + 1;
        }
    }

    /** True when {@code script} (any case) starts at {@code at} followed by a space, '/', '>' or the end. */
    private static boolean isScriptTag(String src, int at) {
        int after = at + SCRIPT.length();
        if (after > src.length() || !src.regionMatches(true, at, SCRIPT, 0, SCRIPT.length())) {
            return false;
        }
        if (after == src.length()) {
            return true;
        }
        char c = src.charAt(after);
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
    }
}
