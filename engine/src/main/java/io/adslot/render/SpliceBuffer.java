package io.adslot.render;

import io.adslot.internal.ThreadBuffers;

/**
 * One {@link StringBuilder} per thread that splices reuse, so that a render allocates the output string
 * and not also a builder of the same size.
 *
 * <p>Only outputs up to {@link #MAX_RETAINED_CHARS} use it, so a thread holds at most 128 KiB; longer
 * outputs get a builder of their own. A builder that once held a char above U+00FF stays UTF-16 (JDK 17
 * never narrows it back), which is what a thread serving UTF-16 articles wants: {@code toString} then
 * copies once, and Latin-1 output from it still comes out as a Latin-1 string. A virtual thread gets a
 * builder of its own ({@link ThreadBuffers}).
 */
final class SpliceBuffer {

    /** Largest output spliced in the reused builder: 64 Ki chars, 128 KiB as UTF-16. */
    static final int MAX_RETAINED_CHARS = 64 * 1024;

    private static final ThreadLocal<StringBuilder> BUILDER = ThreadLocal.withInitial(() -> new StringBuilder(16 * 1024));

    private SpliceBuffer() {
    }

    /** An empty builder with room for {@code capacity} chars: the thread's own when the output is small enough. */
    static StringBuilder take(int capacity) {
        if (capacity > MAX_RETAINED_CHARS || !ThreadBuffers.worthKeeping()) {
            return new StringBuilder(capacity);
        }
        StringBuilder out = BUILDER.get();
        out.setLength(0);
        out.ensureCapacity(capacity);
        return out;
    }
}
