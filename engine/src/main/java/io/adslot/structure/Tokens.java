package io.adslot.structure;

/** Whitespace-separated tokens of an attribute value in the source (a class list), read in place. */
final class Tokens {

    private Tokens() {
    }

    /** True when {@code src[start, end)} holds {@code token} as one of its tokens. */
    static boolean contains(String src, int start, int end, String token) {
        int i = start;
        int length = token.length();
        while (i < end) {
            while (i < end && TagWalk.isSpace(src.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && !TagWalk.isSpace(src.charAt(i))) {
                i++;
            }
            if (i - s == length && src.startsWith(token, s)) {
                return true;
            }
        }
        return false;
    }
}
