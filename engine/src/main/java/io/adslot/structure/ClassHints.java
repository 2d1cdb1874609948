package io.adslot.structure;

import java.util.Arrays;
import java.util.Locale;

/**
 * Class and id words that add to the structural rules (never replace them): a caption, a teaser box, a
 * layout column, page furniture. Matched on the lower-cased tokens of {@code class} and {@code id}. Apart,
 * and on the tokens as written: whether a class or id names its element an ad ({@link #namesAnAd}).
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
        /** Tokens {@link Vocabulary} does not keep; made at the first. */
        private RangeTable seen;
        /** Per remembered token: its bits in a class (low half) and in an id (high half). */
        private int[] bits;

        Reader(String src) {
            this.src = src;
        }

        /** The hint bits of the tag's class and id. */
        int of(Tag tag) {
            int cls = tag.classAttribute();
            return of(tag, cls < 0 ? 0 : ofClassValue(tag.valueStart(cls), tag.valueEnd(cls)));
        }

        /** The hint bits of the tag's class and id, its class value's {@link #ofClassValue} given. */
        int of(Tag tag, int classValueBits) {
            int id = tag.idAttribute();
            int found = classValueBits | (id < 0 ? 0 : tokens(tag.valueStart(id), tag.valueEnd(id), false));
            return (found & CONTENT) != 0 ? found & ~(FURNITURE | CONTENT) : found;
        }

        /** What the class value {@code src[start, end)} says, to be given to {@link #of(Tag, int)}. */
        int ofClassValue(int start, int end) {
            return tokens(start, end, true);
        }

        private int tokens(int start, int end, boolean isClass) {
            int found = 0;
            for (int s = Tokens.skipSpace(src, start, end); s < end; ) {
                int e = Tokens.tokenEnd(src, s, end);
                found |= isClass ? token(s, e) & 0xffff : token(s, e) >>> 16;
                s = Tokens.skipSpace(src, e, end);
            }
            return found;
        }

        /** The token's bits as a class (low half) and as an id (high half). */
        private int token(int s, int e) {
            int hash = Vocabulary.hash(src, s, e);
            int known = hash == Vocabulary.UNKEPT ? -1 : Vocabulary.find(src, s, e, hash);
            if (known >= 0) {
                return known;
            }
            if (seen == null) {
                seen = new RangeTable(src, TOKENS_REMEMBERED);
                bits = new int[16];
            }
            int k = seen.find(src, s, e);
            if (k >= 0) {
                return bits[k];
            }
            String token = src.substring(s, e).toLowerCase(Locale.ROOT);
            int content = containsAny(token, CONTENT_WORDS) ? CONTENT : 0;
            int both = (ofToken(token, true) | content) | (ofToken(token, false) | content) << 16;
            if (hash != Vocabulary.UNKEPT && Vocabulary.add(token, both, hash)) {
                return both;
            }
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

    /**
     * The hints of class and id tokens, kept for every page the process reads: a site's pages share one
     * vocabulary of class names ({@code wp-block-image}, {@code entry-content}), and working a token's hints
     * out (lower-casing it, looking for some fifty words in it) was a fifth of the structure pass on real
     * bodies when done once per page.
     *
     * <p>Bounded: ASCII tokens of at most {@value #MAX_TOKEN} chars, in {@value #SLOTS} slots, each looked for
     * in at most {@value #PROBES} slots; a token that finds no free slot is worked out per page, as before.
     * Thread-safe without locks: a slot holds an immutable entry or null, and a racing write at worst
     * replaces one correct entry with another. What a page's hints are never depends on what was kept.
     */
    static final class Vocabulary {
        static final int MAX_TOKEN = 64;
        static final int SLOTS = 16384;
        static final int PROBES = 8;
        /** {@link #hash}'s answer for a token not kept: too long, or not ASCII. */
        static final int UNKEPT = -1;

        private record Entry(String token, int hash, int bits) {
        }

        private static final Entry[] TABLE = new Entry[SLOTS];

        private Vocabulary() {
        }

        /** The hash of the lower-cased token {@code src[s, e)}, non-negative; {@link #UNKEPT} when it cannot be kept. */
        static int hash(String src, int s, int e) {
            if (e - s > MAX_TOKEN) {
                return UNKEPT;
            }
            int h = e - s;
            for (int i = s; i < e; i++) {
                char c = src.charAt(i);
                if (c >= 0x80) {
                    return UNKEPT;
                }
                h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
            return (h ^ (h >>> 16)) & 0x7fffffff;
        }

        /** The kept bits of the token {@code src[s, e)}, or -1. */
        static int find(String src, int s, int e, int hash) {
            for (int p = 0; p < PROBES; p++) {
                Entry entry = TABLE[(hash + p) & (SLOTS - 1)];
                if (entry == null) {
                    return -1;
                }
                if (entry.hash == hash && sameToken(entry.token, src, s, e)) {
                    return entry.bits;
                }
            }
            return -1;
        }

        /** True when the ASCII token {@code src[s, e)} lower-cased is {@code token}. */
        private static boolean sameToken(String token, String src, int s, int e) {
            if (token.length() != e - s) {
                return false;
            }
            for (int i = s; i < e; i++) {
                char c = src.charAt(i);
                if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != token.charAt(i - s)) {
                    return false;
                }
            }
            return true;
        }

        /** Keeps a lower-cased token's bits; false when its slots are taken. */
        static boolean add(String token, int bits, int hash) {
            for (int p = 0; p < PROBES; p++) {
                int slot = (hash + p) & (SLOTS - 1);
                if (TABLE[slot] == null) {
                    TABLE[slot] = new Entry(token, hash, bits);
                    return true;
                }
            }
            return false;
        }
    }

    private static final String[] AD_WORDS = {"ad", "ads", "advert", "adverts", "advertisement", "advertisements",
        "advertising"};
    /** Words before an ad word that say the element has ads, or none, rather than is one: {@code has-ads}. */
    private static final String[] AD_OWNER_WORDS = {"has", "with", "no", "non", "without", "hide", "hidden"};
    /** Words after an ad word that say the same: {@code ad-free}, {@code ad-blocker}. */
    private static final String[] AD_FREE_WORDS = {"free", "block", "blocker", "blocked", "blocking"};

    /**
     * True when a token of the class or id value {@code src[start, end)} names its element an ad in one of its
     * words: {@code gujAd}, {@code adVideoInRead}, {@code mvp-post-ad}, {@code dfp-ad-right_side},
     * {@code iqd_topAd}. Words are split at any character that is not a letter or digit, before a capital
     * that follows a small letter or a digit, before the last capital of a run of capitals followed by a small
     * letter ({@code ADSlot} is AD, Slot), and before a digit that follows a letter; a digit starts a word
     * that letters continue, so a hash such as {@code b9ad} names nothing. An ad word (ad, ads, advert,
     * advertisement, advertising) does not count right after has, with, no, non, without, hide or hidden
     * ({@code o-section--has-ads}) or right before free or block ({@code ad-free}, {@code ad-blocker}).
     * Linear in the value's length, no allocation.
     */
    static boolean namesAnAd(String src, int start, int end) {
        if (!holdsAd(src, start, end)) {
            return false;
        }
        boolean afterOwnerWord = false;
        boolean pendingAd = false;
        int w = start;
        for (int i = start; i <= end; i++) {
            char c = i < end ? src.charAt(i) : ' ';
            boolean separator = !Character.isLetterOrDigit(c);
            boolean split = separator;
            if (!separator && i > w) {
                char before = src.charAt(i - 1);
                if (Character.isUpperCase(c)) {
                    split = Character.isLowerCase(before) || Character.isDigit(before)
                            || Character.isUpperCase(before) && i + 1 < end && Character.isLowerCase(src.charAt(i + 1));
                } else if (Character.isDigit(c)) {
                    split = Character.isLetter(before);
                }
            }
            if (!split) {
                continue;
            }
            if (i > w) {
                // the word src[w, i)
                if (pendingAd && !isOneOf(src, w, i, AD_FREE_WORDS)) {
                    return true;
                }
                pendingAd = !afterOwnerWord && isOneOf(src, w, i, AD_WORDS);
                afterOwnerWord = isOneOf(src, w, i, AD_OWNER_WORDS);
            }
            if (TagWalk.isSpace(c)) {
                // a token ends: an ad word at its end counts, and nothing carries into the next token
                if (pendingAd) {
                    return true;
                }
                afterOwnerWord = false;
            }
            w = separator ? i + 1 : i;
        }
        return pendingAd;
    }

    /** True when "ad", in any case, stands somewhere in {@code src[start, end)}: most values have none. */
    private static boolean holdsAd(String src, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if ((src.charAt(i) | 0x20) == 'd' && (src.charAt(i - 1) | 0x20) == 'a') {
                return true;
            }
        }
        return false;
    }

    /** True when {@code src[s, e)}, in any case, is one of {@code words} (lower-case ASCII). */
    private static boolean isOneOf(String src, int s, int e, String[] words) {
        for (String word : words) {
            if (word.length() == e - s && src.regionMatches(true, s, word, 0, e - s)) {
                return true;
            }
        }
        return false;
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
     * {@code span_4_of_12}, {@code wp-block-column}, {@code column}; a width of 12 (the whole row) is not one.
     */
    static boolean isColumn(String token) {
        if (token.equals("wp-block-column") || token.equals("column") || token.equals("col") || token.equals("grid__item")) {
            return true;
        }
        int of = token.indexOf("_of_");
        if (token.startsWith("span_") && of > 0) {
            // the Responsive Grid System's span_4_of_12: 4 of the row's 12
            int width = number(token, "span_".length(), of);
            int row = number(token, of + "_of_".length(), token.length());
            return width > 0 && row > 0 && width < row;
        }
        int width = trailingNumber(token);
        if (width <= 0 || width >= 12) {
            return false;
        }
        return token.startsWith("col-") || token.contains("-col-") || token.startsWith("span") || token.startsWith("large-")
                || token.startsWith("medium-") || token.startsWith("sqs-col-") || token.startsWith("grid-");
    }

    /** The number {@code token[from, to)} of at most two digits, or -1. */
    private static int number(String token, int from, int to) {
        if (to - from < 1 || to - from > 2) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = Character.digit(token.charAt(i), 10);
            if (digit < 0) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static int trailingNumber(String token) {
        int i = token.length();
        while (i > 0 && Character.isDigit(token.charAt(i - 1))) {
            i--;
        }
        return number(token, i, token.length());
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
