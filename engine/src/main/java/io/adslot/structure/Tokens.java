package io.adslot.structure;

/** Whitespace-separated tokens of an attribute value in the source (a class list), read in place. */
final class Tokens {

    private Tokens() {
    }

    /** True when {@code src[start, end)} holds {@code token} as one of its tokens. */
    static boolean contains(String src, int start, int end, String token) {
        int length = token.length();
        for (int s = skipSpace(src, start, end); s < end; s = skipSpace(src, tokenEnd(src, s, end), end)) {
            int e = tokenEnd(src, s, end);
            if (e - s == length && src.startsWith(token, s)) {
                return true;
            }
        }
        return false;
    }

    /** The first index at or after {@code i} (before {@code end}) that is not whitespace, or {@code end}. */
    static int skipSpace(String src, int i, int end) {
        while (i < end && TagWalk.isSpace(src.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the token starting at {@code i}: the next whitespace, or {@code end}. */
    static int tokenEnd(String src, int i, int end) {
        while (i < end && !TagWalk.isSpace(src.charAt(i))) {
            i++;
        }
        return i;
    }
}
