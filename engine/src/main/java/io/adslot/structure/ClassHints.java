package io.adslot.structure;

import java.util.Arrays;
import java.util.Locale;

/**
 * Class and id words that add to the structural rules (never replace them): a caption, a teaser box, a
 * layout column, page furniture. Matched on the lower-cased tokens of {@code class} and {@code id}.
 */
final class ClassHints {

    static final int CAPTION = 1;
    static final int TEASER = 1 << 1;
    static final int COLUMN = 1 << 2;
    static final int FURNITURE = 1 << 3;

    private static final String[] CAPTION_WORDS = {"caption", "credit", "legend", "copyright", "bildunterschrift", "img__cont"};
    private static final String[] TEASER_WORDS = {"related", "teaser", "recommend", "read-more", "readmore", "more-articles",
        "also-read", "read-also", "lesen-sie-auch", "promo", "trending", "popular", "newsletter", "outbrain", "taboola"};
    /**
     * Readability's "unlikely candidates", less the ad words (ads are found by their own signatures), plus
     * a few; not "widget": page builders (Elementor) call every block of an article a widget.
     */
    private static final String[] FURNITURE_WORDS = {"comment", "sidebar", "footer", "navbar", "menu",
        "share", "social", "cookie", "popup", "breadcrumb", "masthead", "banner", "related", "teaser", "subscribe",
        "disqus", "pagination", "pager", "remark", "replies", "shoutbox", "sponsor", "consent", "modal", "pop-in"};
    /** Readability's "maybe a candidate" words: a class or id holding one is never furniture by hint. */
    private static final String[] CONTENT_WORDS = {"article", "body", "column", "content", "main", "story", "post", "entry", "text"};

    private ClassHints() {
    }

    /** Set on a token holding a content word: a class or id holding one is never furniture by hint. */
    private static final int CONTENT = 1 << 4;
    private static final int TOKENS_REMEMBERED = 256;

    /**
     * Reads the hints of one page's tags, each distinct class or id token once: a token's bits are kept,
     * by the token's text in the page, for the first {@value #TOKENS_REMEMBERED} distinct tokens.
     */
    static final class Reader {
        private final String src;
        private final RangeTable seen;
        /** Per remembered token: its bits in a class (low half) and in an id (high half). */
        private int[] bits = new int[16];

        Reader(String src) {
            this.src = src;
            this.seen = new RangeTable(src, TOKENS_REMEMBERED);
        }

        /** The hint bits of the tag's class and id. */
        int of(Tag tag) {
            int found = tokens(tag, tag.attribute("class"), true) | tokens(tag, tag.attribute("id"), false);
            return (found & CONTENT) != 0 ? found & ~(FURNITURE | CONTENT) : found;
        }

        private int tokens(Tag tag, int attribute, boolean isClass) {
            if (attribute < 0) {
                return 0;
            }
            int found = 0;
            int end = tag.valueEnd(attribute);
            for (int s = Tokens.skipSpace(src, tag.valueStart(attribute), end); s < end; ) {
                int e = Tokens.tokenEnd(src, s, end);
                found |= isClass ? token(s, e) & 0xffff : token(s, e) >>> 16;
                s = Tokens.skipSpace(src, e, end);
            }
            return found;
        }

        /** The token's bits as a class (low half) and as an id (high half). */
        private int token(int s, int e) {
            int k = seen.find(src, s, e);
            if (k >= 0) {
                return bits[k];
            }
            String token = src.substring(s, e).toLowerCase(Locale.ROOT);
            int content = containsAny(token, CONTENT_WORDS) ? CONTENT : 0;
            int both = (ofToken(token, true) | content) | (ofToken(token, false) | content) << 16;
            k = seen.add(s, e);
            if (k >= 0) {
                if (k == bits.length) {
                    bits = Arrays.copyOf(bits, k * 2);
                }
                bits[k] = both;
            }
            return both;
        }
    }

    private static int ofToken(String token, boolean isClass) {
        int bits = 0;
        if (containsAny(token, CAPTION_WORDS)) {
            bits |= CAPTION;
        }
        if (containsAny(token, TEASER_WORDS)) {
            bits |= TEASER;
        }
        if (containsAny(token, FURNITURE_WORDS)) {
            bits |= FURNITURE;
        }
        if (isClass && isColumn(token)) {
            bits |= COLUMN;
        }
        return bits;
    }

    /**
     * A grid column narrower than the row: {@code col-md-6}, {@code col-6}, {@code span6}, {@code large-6},
     * {@code wp-block-column}, {@code column}; a width of 12 (the whole row) is not one.
     */
    static boolean isColumn(String token) {
        if (token.equals("wp-block-column") || token.equals("column") || token.equals("col") || token.equals("grid__item")) {
            return true;
        }
        int width = trailingNumber(token);
        if (width <= 0 || width >= 12) {
            return false;
        }
        return token.startsWith("col-") || token.contains("-col-") || token.startsWith("span") || token.startsWith("large-")
                || token.startsWith("medium-") || token.startsWith("sqs-col-") || token.startsWith("grid-");
    }

    private static int trailingNumber(String token) {
        int i = token.length();
        while (i > 0 && Character.isDigit(token.charAt(i - 1))) {
            i--;
        }
        if (i == token.length() || token.length() - i > 2) {
            return -1;
        }
        return Integer.parseInt(token.substring(i));
    }

    private static boolean containsAny(String token, String[] words) {
        for (String w : words) {
            if (token.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
