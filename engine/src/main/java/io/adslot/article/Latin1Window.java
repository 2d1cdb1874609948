package io.adslot.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A window of the source being scanned, copied as one byte per char, so that the word counter can read
 * eight chars with one load ({@link WordCounter}).
 *
 * <p>Filling it takes two bulk copies that the JIT turns into vector code: {@code String.getChars}, then
 * the ISO-8859-1 encoder, which stops at the first char above U+00FF. From there on the source is not
 * mirrored any more: text with typographic quotes, CJK or Cyrillic is counted char by char, as before.
 * One window per thread is reused by every scan on it (24 KiB), so a scan allocates none.
 */
final class Latin1Window {

    /** Chars per fill. */
    static final int CHARS = 8192;

    private static final ThreadLocal<Latin1Window> PER_THREAD = ThreadLocal.withInitial(Latin1Window::new);

    private final char[] chars = new char[CHARS];
    /** Eight spare bytes after the window, so that a load of eight bytes at its last char stays in bounds. */
    private final byte[] bytes = new byte[CHARS + 8];
    private final CharBuffer charView = CharBuffer.wrap(chars);
    private final ByteBuffer byteView = ByteBuffer.wrap(bytes);
    private final CharsetEncoder latin1 = StandardCharsets.ISO_8859_1.newEncoder();

    private String src;
    /** The source chars {@code [start, end)} are {@code bytes[0, end - start)}. */
    private int start;
    private int end;
    /** The source holds a char above U+00FF (or a lone surrogate) at {@code end}: no more fills. */
    private boolean stopped;

    private Latin1Window() {
    }

    /** This thread's window, emptied for a scan of {@code src}. */
    static Latin1Window forSource(String src) {
        Latin1Window window = PER_THREAD.get();
        window.src = src;
        window.start = 0;
        window.end = 0;
        window.stopped = false;
        return window;
    }

    /**
     * True when the source's chars {@code [from, to)} are all below U+0100 and now in the window; moves
     * the window to {@code from} when needed.
     */
    boolean covers(int from, int to) {
        if (from >= start && to <= end) {
            return true;
        }
        if (stopped || to - from > CHARS) {
            return false;
        }
        int length = Math.min(CHARS, src.length() - from);
        src.getChars(from, from + length, chars, 0);
        charView.clear().limit(length);
        byteView.clear();
        latin1.reset();
        latin1.encode(charView, byteView, true);
        int mirrored = byteView.position();
        start = from;
        end = from + mirrored;
        stopped = mirrored < length;
        return to <= end;
    }

    /** The window's bytes; source char {@code i} is at {@code i - start()}. */
    byte[] bytes() {
        return bytes;
    }

    int start() {
        return start;
    }
}
