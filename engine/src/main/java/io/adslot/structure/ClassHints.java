package io.adslot.structure;

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
    /** Readability's "unlikely candidates", less the ad words (ads are found by their own signatures). */
    private static final String[] FURNITURE_WORDS = {"comment", "sidebar", "footer", "navbar", "menu", "widget",
        "share", "social", "cookie", "popup", "breadcrumb", "masthead", "banner", "related", "teaser", "subscribe",
        "disqus", "pagination", "pager", "remark", "replies", "shoutbox", "sponsor", "consent", "modal", "pop-in"};
    /** Readability's "maybe a candidate" words: a class or id holding one is never furniture by hint. */
    private static final String[] CONTENT_WORDS = {"article", "body", "column", "content", "main", "story", "post", "entry", "text"};

    private ClassHints() {
    }

    /** The hint bits of the tag's class and id. */
    static int of(Tag tag) {
        int bits = 0;
        boolean content = false;
        String src = tag.source();
        for (String attribute : new String[] {"class", "id"}) {
            int a = tag.attribute(attribute);
            if (a < 0) {
                continue;
            }
            int end = tag.valueEnd(a);
            for (int s = Tokens.skipSpace(src, tag.valueStart(a), end); s < end; ) {
                int e = Tokens.tokenEnd(src, s, end);
                String token = src.substring(s, e).toLowerCase(java.util.Locale.ROOT);
                bits |= ofToken(token, attribute.equals("class"));
                content |= containsAny(token, CONTENT_WORDS);
                s = Tokens.skipSpace(src, e, end);
            }
        }
        return content ? bits & ~FURNITURE : bits;
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
