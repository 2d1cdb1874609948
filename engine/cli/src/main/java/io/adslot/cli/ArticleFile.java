package io.adslot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one article file for the publisher tools, strictly: the tools run over whole archives, and a
 * file that is missing, too large, binary or not UTF-8 must be named with a one-line reason instead of
 * being planned as garbage. Unlike a browser, nothing is guessed: malformed UTF-8 is an error, found by a
 * decoder that reports instead of replacing.
 */
final class ArticleFile {

    /** Default for {@code --max-bytes}: larger files are refused. */
    static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** What reading a file gave: the text, or why there is none. */
    sealed interface Read {
    }

    /** A readable article. */
    record Text(String name, String html, long bytes) implements Read {
    }

    /** An unreadable file, with a message for stderr (the name comes first). */
    record Failure(String name, String message) implements Read {
        String line() {
            return name + ": " + message;
        }
    }

    private ArticleFile() {
    }

    /** Reads {@code file}, shown to the user as {@code name}, refusing files over {@code maxBytes}. */
    static Read read(Path file, String name, long maxBytes) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return new Failure(name, "is a folder, not a file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // Files.size is 0 for a device or FIFO, and reading a FIFO may never end.
                return new Failure(name, "not a regular file (a device, FIFO or socket); name an article file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return new Failure(name, "too large: " + megabytes(size) + " > " + megabytes(maxBytes)
                        + " (raise --max-bytes to read it)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Read at most one byte past the limit: the file may have grown since size() was asked.
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) {
                return new Failure(name, "too large: more than " + megabytes(maxBytes) + " (raise --max-bytes to read it)");
            }
        } catch (NoSuchFileException e) {
            return new Failure(name, "no such file");
        } catch (IOException e) {
            return new Failure(name, "cannot read: " + e.getMessage());
        }
        return decode(name, bytes);
    }

    /** Decodes UTF-8 strictly (a leading byte-order mark is dropped); NUL bytes mean a binary file. */
    static Read decode(String name, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return new Failure(name, "binary file (NUL byte at offset " + i + "), not an HTML article");
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Failure(name, "not valid UTF-8 (malformed byte sequence at offset " + in.position()
                    + "); convert it to UTF-8 first");
        }
        out.flip();
        return new Text(name, out.toString(), bytes.length);
    }

    /** A byte count for people: {@code 812 bytes}, {@code 2.8 KB}, {@code 21.0 MB}. */
    static String megabytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
