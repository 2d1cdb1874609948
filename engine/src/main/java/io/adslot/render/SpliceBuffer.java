package io.adslot.render;

import io.adslot.internal.ThreadBuffers;

/**
 * Two {@link StringBuilder}s per thread that splices reuse, one for Latin-1 output and one for UTF-16
 * output, so that a render allocates the output string and not also a builder of the same size.
 *
 * <p>Why two: a builder that once held a char above U+00FF stays UTF-16 (JDK 17 never narrows it back). With
 * one builder, every Latin-1 article after a UTF-16 one paid for inflating each slice on append and for
 * compressing the whole on {@code toString}: on a thread serving both kinds (news text is UTF-16 as soon as
 * it holds a typographic quote), a Latin-1 cache hit took 2.6x to 3.1x the copy it needs (issue 20). The
 * caller says which coder the output has ({@link BodyFingerprint}), so the builder's coder follows the
 * article, not the thread's history.
 *
 * <p>Only outputs up to {@link #MAX_RETAINED_CHARS} use them, so a thread holds at most 192 KiB; longer
 * outputs get a builder of their own. A virtual thread gets a builder of its own ({@link ThreadBuffers}).
 */
final class SpliceBuffer {

    /** Largest output spliced in a reused builder: 64 Ki chars, 64 KiB as Latin-1, 128 KiB as UTF-16. */
    static final int MAX_RETAINED_CHARS = 64 * 1024;

    private static final int INITIAL_CHARS = 16 * 1024;

    /** A string whose coder is UTF-16 (JDK 17's {@code StringBuilder(CharSequence)} takes a string's coder). */
    private static final String WIDE = "\u0100";

    private static final ThreadLocal<StringBuilder> LATIN1 = ThreadLocal.withInitial(() -> new StringBuilder(INITIAL_CHARS));

    private static final ThreadLocal<StringBuilder> UTF16 = ThreadLocal.withInitial(SpliceBuffer::utf16Builder);

    private SpliceBuffer() {
    }

    /**
     * An empty builder with room for {@code capacity} chars: the thread's own of the output's coder when the
     * output is small enough.
     *
     * @param utf16 true when the output will hold a char above U+00FF
     */
    static StringBuilder take(int capacity, boolean utf16) {
        if (capacity > MAX_RETAINED_CHARS || !ThreadBuffers.worthKeeping()) {
            return utf16 ? utf16Builder(capacity) : new StringBuilder(capacity);
        }
        StringBuilder out = (utf16 ? UTF16 : LATIN1).get();
        out.setLength(0);
        out.ensureCapacity(capacity);
        return out;
    }

    private static StringBuilder utf16Builder() {
        return utf16Builder(INITIAL_CHARS);
    }

    /**
     * A builder already in UTF-16, so that appending the Latin-1 slices before the first wide char does not
     * inflate it later. Started from a one-char UTF-16 string, which makes a builder UTF-16 from the start:
     * made from a capacity and inflated, it would first allocate the capacity again as Latin-1 bytes.
     */
    private static StringBuilder utf16Builder(int capacity) {
        StringBuilder out = new StringBuilder(WIDE);
        out.setLength(0);
        out.ensureCapacity(capacity);
        return out;
    }
}
