package io.adslot.benchmarks.legacy;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * A window of the source being scanned, copied as one byte per char, so that the word counter can read
 * eight chars with one load ({@link WordCounter}).
 *
 * <p>Filling it takes two bulk copies that the JIT turns into vector code: {@code String.getChars}, then
 * the ISO-8859-1 encoder. A typographic quote, dash or space (U+2000..U+206F) becomes an ASCII stand-in
 * that the counter reads as it reads the char; any other char above U+00FF (CJK, Cyrillic, a surrogate)
 * becomes {@link #WIDE}, a byte with its high bit set, which sends the counter to the char itself. One window per
 * thread is reused by every scan on it (24 KiB), so a scan allocates none.
 */
final class Latin1Window {

    /** Stands for a char above U+00FF: any byte above U+007F makes the counter read the source's char. */
    static final byte WIDE = (byte) 0x80;

    /**
     * Stands for a typographic space of U+2000..U+206F (an em space, a narrow no-break space): a control
     * char, which the counter reads as a space and which no tag name holds.
     */
    static final byte TYPOGRAPHIC_SPACE = 0x01;

    /**
     * Stands for a typographic quote, dash or ellipsis of U+2000..U+206F: DEL, which the counter reads as a
     * mark, as it reads those, and which no known tag name holds.
     */
    static final byte TYPOGRAPHIC_MARK = 0x7F;

    /** Chars per fill. */
    static final int CHARS = 8192;

    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final ThreadLocal<Latin1Window> PER_THREAD = ThreadLocal.withInitial(Latin1Window::new);

    private final char[] chars = new char[CHARS];
    /** Sixteen spare bytes after the window, so that a load of eight bytes at eight past its last char stays in bounds. */
    private final byte[] bytes = new byte[CHARS + 16];
    private final CharBuffer charView = CharBuffer.wrap(chars);
    private final ByteBuffer byteView = ByteBuffer.wrap(bytes);
    private final CharsetEncoder latin1 = StandardCharsets.ISO_8859_1.newEncoder();

    private String src;
    /** The source chars {@code [start, end)} are {@code bytes[0, end - start)}. */
    private int start;
    private int end;

    private Latin1Window() {
    }

    /**
     * This thread's window, emptied for a scan of {@code src}. (The engine's window is null on a virtual
     * thread; the baseline runs on JMH's platform threads only, so it keeps no such branch.)
     */
    static Latin1Window forSource(String src) {
        Latin1Window window = PER_THREAD.get();
        window.src = src;
        window.start = 0;
        window.end = 0;
        return window;
    }

    /** Forgets this thread's last source, so that the window does not keep an article alive after its scan. */
    static void release() {
        Latin1Window window = PER_THREAD.get();
        window.src = null;
        window.start = 0;
        window.end = 0;
    }

    /**
     * The byte for {@code c}, a char above U+00FF: a stand-in for the typographic quotes, dashes and spaces
     * that fill UTF-16 articles, so that the counter takes its fast step over them as over Latin-1 text;
     * {@link #WIDE} for any other char.
     */
    private static byte standIn(char c) {
        return switch (WordCounter.classOf(c)) {
            case WordCounter.SPACE -> TYPOGRAPHIC_SPACE;
            case WordCounter.MARK -> TYPOGRAPHIC_MARK;
            default -> WIDE;
        };
    }

    /** True when the source's chars {@code [from, to)} are now in the window; moves the window to {@code from} when needed. */
    boolean covers(int from, int to) {
        if (from >= start && to <= end) {
            return true;
        }
        if (to - from > CHARS) {
            return false;
        }
        int length = Math.min(CHARS, src.length() - from);
        src.getChars(from, from + length, chars, 0);
        charView.clear().limit(length);
        byteView.clear();
        latin1.reset();
        CoderResult result = latin1.encode(charView, byteView, true);
        while (result.isError()) {
            for (int k = 0; k < result.length(); k++) {
                byteView.put(standIn(chars[charView.position() + k]));
            }
            charView.position(charView.position() + result.length());
            result = latin1.encode(charView, byteView, true);
        }
        start = from;
        end = from + length;
        return true;
    }

    /** Source chars {@code i..i+7} as the bytes of a long, char {@code i} in the lowest; the window must cover them. */
    long eightCharsAt(int i) {
        return (long) EIGHT_BYTES.get(bytes, i - start);
    }

    /** The window's bytes; source char {@code i} is at {@code i - start()}. */
    byte[] bytes() {
        return bytes;
    }

    int start() {
        return start;
    }
}
