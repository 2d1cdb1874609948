package io.adslot.rules;

import java.io.Reader;

/**
 * Reads a string without ever ending a read between the two halves of a surrogate pair.
 *
 * <p>SnakeYAML's {@code StreamReader} fills a 1,024-character window and, when the last character read is a
 * high surrogate, reads one more into the same array, past its end: a valid file with an emoji whose
 * first half falls at index 1023 (mod 1024) failed with an internal error. Handing it reads that stop
 * before such a half keeps it on its ordinary path.
 */
final class WholeCodePointReader extends Reader {

    private final String text;
    private int next;

    WholeCodePointReader(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (next >= text.length()) {
            return -1;
        }
        int end = Math.min(text.length(), next + length);
        if (end - next > 1 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        text.getChars(next, end, buffer, offset);
        int read = end - next;
        next = end;
        return read;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
