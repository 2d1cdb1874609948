package io.adslot.benchmarks.legacy;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Counts the visible words and characters of one block as its text is fed in pieces.
 *
 * <p>A word is a run of non-space characters holding at least one letter or digit, so
 * {@code don't}, {@code well-known} and {@code 2024} are one word each and a lone dash is none.
 * Scripts written without spaces are counted by length: a run of Han ideographs, kana or Thai
 * counts one word per two characters, which matches both reading time and rendered width of an
 * English word well enough for spacing rules. Character references are decoded for counting only.
 * {@link #textLength()} is in Latin-character widths (a CJK character counts two), collapsing
 * whitespace runs to one, for the layout model's characters-per-line estimate.
 */
final class WordCounter {

    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long AMPERSANDS = 0x2626262626262626L;

    /** The source's Latin-1 window, or null to read char by char only. */
    private final Latin1Window window;

    private int words;
    private int length;
    private int cjkRun;
    private boolean inWord;
    private boolean wordHasLetter;
    private boolean lastWasSpace = true;

    /** A counter that reads char by char. */
    WordCounter() {
        this(null);
    }

    /**
     * A counter that reads text sixteen chars at a time through {@code window}, which must be of the fed
     * source; char by char when it is null.
     */
    WordCounter(Latin1Window window) {
        this.window = window;
    }

    void reset() {
        words = 0;
        length = 0;
        cjkRun = 0;
        inWord = false;
        wordHasLetter = false;
        lastWasSpace = true;
    }

    /** Character classes of {@link #CLASSES}: how the fast path treats a char below U+0100. */
    static final byte MARK = 0;
    static final byte SPACE = 1;
    private static final byte LETTER = 2;
    /** A reference ({@code &}) or an invisible joiner: the per-character path decides. */
    private static final byte SLOW = 4;
    /** The class of every char below U+0100, precomputed with the exact rules of the per-character path. */
    private static final byte[] CLASSES = new byte[256];
    /** First char of the General Punctuation block: typographic quotes, dashes and spaces of UTF-16 text. */
    private static final int PUNCTUATION_FIRST = 0x2000;
    /** The class of every char of U+2000..U+206F, by the same rules; the invisible joiners go the per-character way. */
    private static final byte[] PUNCTUATION_CLASSES = new byte[0x70];

    static {
        for (int c = 0; c < 256; c++) {
            byte cls;
            if (c == '&' || c == 0xAD) {
                cls = SLOW;
            } else if (c < 0x80) {
                cls = c <= ' ' ? SPACE
                        : (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? LETTER : MARK;
            } else if (isSpace(c)) {
                cls = SPACE;
            } else {
                cls = Character.isLetterOrDigit(c) ? LETTER : MARK;
            }
            CLASSES[c] = cls;
        }
        for (int i = 0; i < PUNCTUATION_CLASSES.length; i++) {
            int c = PUNCTUATION_FIRST + i;
            PUNCTUATION_CLASSES[i] = isSpace(c) ? SPACE
                    : c == 0x200C || c == 0x200D ? SLOW
                    : Character.isLetterOrDigit(c) ? LETTER : MARK;
        }
    }

    /**
     * Feeds text content {@code src[from, to)}, decoding character references.
     *
     * <p>This is the scanner's hottest loop. Chars below U+0100 other than {@code &} and the soft hyphen, and
     * the typographic quotes, dashes and spaces of U+2000..U+206F (nearly all of an article's text), take a branch-free step on local variables, driven by a class table;
     * anything else goes through the per-character path ({@link #codePoint}, {@link #feedReference}).
     * Both paths count exactly alike.
     */
    void feed(String src, int from, int to) {
        if (window != null && to - from >= 8 && window.covers(from, to)) {
            feedSixteenAtATime(src, from, to);
        } else {
            feedCharByChar(src, from, to);
        }
    }

    /**
     * Counts Latin-1 text sixteen chars at a time, exactly as {@link #feedCharByChar} does: each byte of two
     * longs is classified at once (space is below {@code !}, a letter or digit is ASCII {@code [0-9A-Za-z]}),
     * the classes are gathered into 16-bit masks, and adding the letter mask to the non-space mask carries a
     * bit out of every run of non-space chars that holds a letter: one word per carry that lands on a space.
     * Eight chars with a byte above U+007F or an {@code &} go through the per-character rules; the eight
     * before them still take the fast step. Two longs per step halve the serial chain of carries between
     * steps, which bounds the loop's speed on long text.
     */
    private void feedSixteenAtATime(String src, int from, int to) {
        byte[] bytes = window.bytes();
        int base = window.start();
        int words = this.words;
        int length = this.length;
        int wordHasLetter = this.inWord && this.wordHasLetter ? 1 : 0;
        int lastWasSpace = this.lastWasSpace ? 1 : 0;
        int i = from;
        while (i < to) {
            if (cjkRun != 0) {
                store(words, length, wordHasLetter, lastWasSpace);
                feedCharByChar(src, i, to);
                return;
            }
            int count = to - i;
            long x = (long) EIGHT_BYTES.get(bytes, i - base);
            // the window has sixteen spare bytes: this load stays in bounds; bytes past the text are masked off
            long y = (long) EIGHT_BYTES.get(bytes, i - base + 8);
            if (count >= 16) {
                count = 16;
            } else {
                x &= validBytes(count);
                y &= validBytes(count - 8);
            }
            long ampX = x ^ AMPERSANDS;
            long ampY = y ^ AMPERSANDS;
            if ((((ampX - ONES) & ~ampX | x | (ampY - ONES) & ~ampY | y) & HIGH_BITS) != 0) {
                if (needsRules(x)) {
                    store(words, length, wordHasLetter, lastWasSpace);
                    int groupEnd = i + Math.min(8, count);
                    while (i < groupEnd) {
                        i = unit(src, i, to);
                    }
                    words = this.words;
                    length = this.length;
                    wordHasLetter = this.inWord && this.wordHasLetter ? 1 : 0;
                    lastWasSpace = this.lastWasSpace ? 1 : 0;
                    continue;
                }
                y = 0; // the next step reads these eight by the rules
                count = 8;
            }
            int mask = (1 << count) - 1;
            int nonSpace = (gather(x + 0x5F5F5F5F5F5F5F5FL) | gather(y + 0x5F5F5F5F5F5F5F5FL) << 8) & mask;
            int letter = (gather(letters(x)) | gather(letters(y)) << 8) & mask;
            int space = ~nonSpace & mask;
            int sum = nonSpace + (letter | (wordHasLetter & nonSpace & 1));
            words += (wordHasLetter & space & 1) + Integer.bitCount(sum & space);
            length += count - Integer.bitCount(space & (space << 1 | lastWasSpace));
            wordHasLetter = (nonSpace >>> (count - 1)) & (sum >>> count) & 1;
            lastWasSpace = (space >>> (count - 1)) & 1;
            i += count;
        }
        store(words, length, wordHasLetter, lastWasSpace);
    }

    /** A mask of the low {@code count} bytes of a long (all for eight or more, none for zero or less). */
    private static long validBytes(int count) {
        return count >= 8 ? -1L : count <= 0 ? 0L : (1L << (count << 3)) - 1;
    }

    /** True when one of the eight bytes is above U+007F or an {@code &}: those chars go by the rules. */
    private static boolean needsRules(long x) {
        long amp = x ^ AMPERSANDS;
        return (((amp - ONES) & ~amp | x) & HIGH_BITS) != 0;
    }

    /** The high bit set in each byte of {@code x} (all below U+0080) that is an ASCII letter or digit. */
    private static long letters(long x) {
        long folded = x | 0x2020202020202020L;
        return (folded + 0x1F1F1F1F1F1F1F1FL) & ~(folded + 0x0505050505050505L)
                | (x + 0x5050505050505050L) & ~(x + 0x4646464646464646L);
    }

    /**
     * The class of {@code c} from the tables, or {@link #SLOW}. For a char above U+00FF it is {@link #SPACE}
     * or {@link #MARK} only for the typographic spaces, quotes and dashes of U+2000..U+206F, which
     * {@link Latin1Window} so gives ASCII stand-ins.
     */
    static int classOf(char c) {
        return c < 256 ? CLASSES[c]
                : c - PUNCTUATION_FIRST < PUNCTUATION_CLASSES.length && c >= PUNCTUATION_FIRST
                ? PUNCTUATION_CLASSES[c - PUNCTUATION_FIRST] : SLOW;
    }

    /** The high bit of each byte of {@code x}, byte 0 first, as the low eight bits of an int. */
    private static int gather(long x) {
        return (int) ((((x & HIGH_BITS) >>> 7) * 0x0102040810204080L) >>> 56);
    }

    /** Counts one char (or reference, or surrogate pair) on the fields; returns the next index. */
    private int unit(String src, int i, int to) {
        int cls = classOf(src.charAt(i));
        if (cls == SLOW || cjkRun != 0) {
            return slowChar(src, i, to);
        }
        if (cls == SPACE) {
            space();
        } else if (cls == LETTER) {
            letter();
        } else {
            mark();
        }
        return i + 1;
    }

    private void feedCharByChar(String src, int from, int to) {
        int words = this.words;
        int length = this.length;
        // 1 when the word being read holds a letter or digit; a word without one (a dash) is not counted
        int wordHasLetter = this.inWord && this.wordHasLetter ? 1 : 0;
        int lastWasSpace = this.lastWasSpace ? 1 : 0;
        // a run of unspaced script (CJK) is open: the next char must go the per-character way to close it
        boolean cjkOpen = cjkRun != 0;
        int i = from;
        while (i < to) {
            int cls = classOf(src.charAt(i));
            if (cls != SLOW && !cjkOpen) {
                int space = cls & SPACE;
                int letter = cls >>> 1;
                words += space & wordHasLetter;
                wordHasLetter = (wordHasLetter | letter) & (space ^ 1);
                length += (space & lastWasSpace) ^ 1;
                lastWasSpace = space;
                i++;
                continue;
            }
            // per-character path on the fields
            store(words, length, wordHasLetter, lastWasSpace);
            i = slowChar(src, i, to);
            words = this.words;
            length = this.length;
            wordHasLetter = this.inWord && this.wordHasLetter ? 1 : 0;
            lastWasSpace = this.lastWasSpace ? 1 : 0;
            cjkOpen = cjkRun != 0;
        }
        store(words, length, wordHasLetter, lastWasSpace);
    }

    /** Feeds {@code src[from, to)} through the per-character rules only: the reference the fast path is tested against. */
    void feedByRules(String src, int from, int to) {
        int i = from;
        while (i < to) {
            i = slowChar(src, i, to);
        }
    }

    private void store(int words, int length, int wordHasLetter, int lastWasSpace) {
        this.words = words;
        this.length = length;
        // inWord is only ever read together with wordHasLetter, which implies it
        this.inWord = wordHasLetter != 0;
        this.wordHasLetter = wordHasLetter != 0;
        this.lastWasSpace = lastWasSpace != 0;
    }

    /** One character (or reference, or surrogate pair) at {@code i} by the per-character rules; returns the next index. */
    private int slowChar(String src, int i, int to) {
        char c = src.charAt(i);
        if (c == '&') {
            return feedReference(src, i, to);
        }
        if (c < 0x80) {
            if (c <= ' ') {
                space();
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                letter();
            } else {
                mark();
            }
            return i + 1;
        }
        int cp = c;
        int next = i + 1;
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(src.charAt(i + 1))) {
            cp = Character.toCodePoint(c, src.charAt(i + 1));
            next = i + 2;
        }
        codePoint(cp);
        return next;
    }

    /** A tag that separates words ({@code <br>}, a block boundary inside the block). */
    void breakWord() {
        space();
    }

    /** Visible words so far, including a word still open. */
    int words() {
        return words + (inWord && wordHasLetter ? 1 : 0) + (cjkRun + 1) / 2;
    }

    int textLength() {
        return length;
    }

    private void codePoint(int cp) {
        if (isSpace(cp)) {
            space();
        } else if (isUnspacedScript(cp)) {
            endWord();
            cjkRun++;
            length += 2;
            lastWasSpace = false;
        } else if (Character.isLetterOrDigit(cp)) {
            letter();
        } else if (cp == 0xAD || cp == 0x200C || cp == 0x200D || cp == 0xFEFF) {
            // soft hyphen and joiners are invisible and join
        } else {
            mark();
        }
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || cp == 0xA0 || cp == 0x2007 || cp == 0x202F || cp == 0x200B;
    }

    private static boolean isUnspacedScript(int cp) {
        // Thai is U+0E00..U+0E7F; Han, Hiragana and Katakana start at U+2E80. Typographic quotes and dashes
        // (U+2000..U+206F), the common case between the two, skip the script table's binary search.
        if (cp < 0x0E00 || (cp > 0x0E7F && cp < 0x2E80)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    private void letter() {
        flushCjk();
        inWord = true;
        wordHasLetter = true;
        length++;
        lastWasSpace = false;
    }

    private void mark() {
        flushCjk();
        inWord = true;
        length++;
        lastWasSpace = false;
    }

    private void space() {
        endWord();
        flushCjk();
        if (!lastWasSpace) {
            length++;
            lastWasSpace = true;
        }
    }

    private void endWord() {
        if (inWord && wordHasLetter) {
            words++;
        }
        inWord = false;
        wordHasLetter = false;
    }

    private void flushCjk() {
        words += (cjkRun + 1) / 2;
        cjkRun = 0;
    }

    /** Decodes {@code &name;}, {@code &#N;} or {@code &#xN;} at {@code i} for counting; returns the next index. */
    private int feedReference(String src, int i, int to) {
        int limit = Math.min(to, i + 34);
        int semi = -1;
        for (int j = i + 1; j < limit; j++) {
            char c = src.charAt(j);
            if (c == ';') {
                semi = j;
                break;
            }
            if (!(Character.isLetterOrDigit(c) || c == '#')) {
                break;
            }
        }
        if (semi < 0 || semi == i + 1) {
            mark();
            return i + 1;
        }
        if (src.charAt(i + 1) == '#') {
            int cp = parseNumericReference(src, i + 2, semi);
            if (cp < 0) {
                mark();
            } else {
                codePoint(cp);
            }
            return semi + 1;
        }
        String name = src.substring(i + 1, semi);
        switch (name) {
            case "nbsp", "ensp", "emsp", "thinsp", "hairsp", "NewLine", "Tab", "ZeroWidthSpace", "numsp", "puncsp" -> space();
            case "shy", "zwj", "zwnj" -> { }
            case "amp", "lt", "gt", "quot", "apos", "mdash", "ndash", "hellip", "laquo", "raquo", "lsquo", "rsquo",
                 "ldquo", "rdquo", "sbquo", "bdquo", "bull", "middot", "copy", "reg", "trade", "dagger", "Dagger",
                 "para", "sect", "deg", "times", "divide", "euro", "pound", "yen", "cent", "minus", "hyphen",
                 "lsaquo", "rsaquo", "prime", "Prime", "dash", "horbar", "frasl", "iexcl", "iquest", "brvbar",
                 "plusmn", "not", "macr", "acute", "cedil", "uml", "colon", "comma", "period", "excl", "quest",
                 "lpar", "rpar", "sol", "bsol", "ast", "num", "percnt", "dollar", "plus", "equals" -> mark();
            default -> letter();
        }
        return semi + 1;
    }

    private static int parseNumericReference(String src, int from, int to) {
        boolean hex = from < to && (src.charAt(from) == 'x' || src.charAt(from) == 'X');
        int start = hex ? from + 1 : from;
        if (start >= to || to - start > 8) {
            return -1;
        }
        int value = 0;
        for (int j = start; j < to; j++) {
            int digit = Character.digit(src.charAt(j), hex ? 16 : 10);
            if (digit < 0) {
                return -1;
            }
            value = value * (hex ? 16 : 10) + digit;
        }
        return value <= Character.MAX_CODE_POINT ? value : -1;
    }
}
