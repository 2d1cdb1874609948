package io.adslot.render;

import io.adslot.internal.ThreadBuffers;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * What a prepared plan needs to know of the body it was made for, found in one pass of bulk operations:
 * a fingerprint of the text (its length and a CRC32C of its chars), to tell a stale cache entry from a
 * fresh one, and whether Java stores the body in UTF-16 (it holds a char above U+00FF), to splice it in a
 * builder of the same coder.
 *
 * <p>Why not {@link String#hashCode()}: it is free only for a string whose hash is cached, and a host
 * usually reads the body into a new string per request; computing it is a serial multiply-add per char
 * (about 30 us for 20,000 chars on the benchmark machine, the time of a whole cold render). Here every step
 * is an intrinsic: {@code getChars} (a copy or an inflation into a per-thread buffer), the ISO-8859-1
 * encoder (which stops at the first char above U+00FF) and CRC32C; about 2 us for the same body.
 * Chunks after the first UTF-16 char are hashed two bytes per char, chunks before it one byte per char:
 * the fingerprint is still a function of the text alone.
 */
final class BodyFingerprint {

    private static final int CHUNK = 2048;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private BodyFingerprint() {
    }

    /** The fingerprint and the coder of a body. */
    record Facts(long fingerprint, boolean utf16) {
    }

    /** Reads {@code body} once. */
    static Facts of(String body) {
        Scratch s = ThreadBuffers.worthKeeping() ? SCRATCH.get() : new Scratch();
        s.crc.reset();
        boolean utf16 = false;
        for (int from = 0; from < body.length(); from += CHUNK) {
            int n = Math.min(CHUNK, body.length() - from);
            body.getChars(from, from + n, s.chars, 0);
            if (!utf16) {
                if (s.latin1(n)) {
                    s.crc.update(s.bytes, 0, n);
                    continue;
                }
                utf16 = true;
            }
            s.charsAsBytes.clear();
            s.charsAsBytes.put(s.chars, 0, n);
            s.crc.update(s.bytes, 0, 2 * n);
        }
        return new Facts((long) body.length() << 32 | s.crc.getValue(), utf16);
    }

    /**
     * True when {@code text} holds a char above U+00FF: the coder alone, without the fingerprint, stopping at
     * the first such char.
     */
    static boolean isUtf16(String text) {
        if (text.length() <= 64) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) > 0xFF) {
                    return true;
                }
            }
            return false;
        }
        Scratch s = ThreadBuffers.worthKeeping() ? SCRATCH.get() : new Scratch();
        for (int from = 0; from < text.length(); from += CHUNK) {
            int n = Math.min(CHUNK, text.length() - from);
            text.getChars(from, from + n, s.chars, 0);
            if (!s.latin1(n)) {
                return true;
            }
        }
        return false;
    }

    /** One thread's buffers: a chunk of chars, its bytes, and views over both for the encoder. */
    private static final class Scratch {
        final char[] chars = new char[CHUNK];
        final byte[] bytes = new byte[2 * CHUNK];
        final CharBuffer charsIn = CharBuffer.wrap(chars);
        final ByteBuffer bytesOut = ByteBuffer.wrap(bytes);
        /** The bytes as chars in the platform's order: a bulk copy, and the fingerprint never leaves the process. */
        final CharBuffer charsAsBytes = ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder()).asCharBuffer();
        final CharsetEncoder latin1 = StandardCharsets.ISO_8859_1.newEncoder();
        final CRC32C crc = new CRC32C();

        /** Encodes the first {@code n} chars into {@link #bytes} as ISO-8859-1; false at a char above U+00FF. */
        boolean latin1(int n) {
            latin1.reset();
            charsIn.clear().limit(n);
            bytesOut.clear().limit(n);
            return !latin1.encode(charsIn, bytesOut, true).isError();
        }
    }
}
