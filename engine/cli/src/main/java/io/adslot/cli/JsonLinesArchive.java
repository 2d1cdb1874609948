package io.adslot.cli;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * The records of a JSON Lines archive ({@code adslot simulate --jsonl FILE}): one JSON object per line, the
 * file gzip-compressed or not (told by gzip's magic bytes, not by the name). Lines are read one at a time,
 * and a line longer than {@link ArchiveRecord#maxRecordChars} is skipped unkept, so that an archive of any
 * size streams through memory bounded by the size limit. Blank lines are not records. Parsing is left to
 * the caller ({@link ArchiveRecord#parse}), so that it can run on the planning threads.
 *
 * <p>Malformed UTF-8 becomes U+FFFD, as Spark's text reader decodes it, so that both read the same records.
 */
final class JsonLinesArchive implements Iterator<JsonLinesArchive.Item>, Closeable {

    /** What the archive gave next. */
    sealed interface Item {
        /** Where in the archive: {@code file:line}. */
        String location();
    }

    /** One record's text. */
    record Line(String location, String json) implements Item {
    }

    /** A line that was not read: too long, or the file ended in an error (then nothing follows). */
    record Unreadable(String location, String message) implements Item {
    }

    private static final int GZIP_MAGIC = 0x8b1f;

    private final String name;
    private final long maxChars;
    private final String tooLong;
    private final Reader reader;
    private final char[] buffer = new char[64 * 1024];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private int lineNumber;
    private boolean ended;
    private Item next;

    private JsonLinesArchive(String name, Reader reader, long maxBytes) {
        this.name = name;
        this.reader = reader;
        this.maxChars = ArchiveRecord.maxRecordChars(maxBytes);
        this.tooLong = ArchiveRecord.tooLong(maxBytes);
    }

    /**
     * Opens {@code file}, named {@code name} in messages.
     *
     * @throws IOException when the file cannot be opened (the caller names it and goes on)
     */
    static JsonLinesArchive open(Path file, String name, long maxBytes) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a folder; --jsonl takes a .jsonl or .jsonl.gz file");
        }
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        try {
            in.mark(2);
            int magic = in.read() | (in.read() << 8);
            in.reset();
            if (magic == GZIP_MAGIC) {
                in = new GZIPInputStream(in, 64 * 1024);
            }
        } catch (IOException e) {
            in.close();
            throw e;
        }
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        return new JsonLinesArchive(name, reader, maxBytes);
    }

    /** Why {@link #open} failed, as a line for stderr. */
    static String openFailure(String name, IOException e) {
        return name + ": " + (e instanceof NoSuchFileException ? "no such file" : "cannot read: " + e.getMessage());
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            try {
                next = readLine();
            } catch (IOException e) {
                ended = true;
                next = new Unreadable(name + ":" + (lineNumber + 1), "cannot read further: " + e);
            }
        }
        return next != null;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item item = next;
        next = null;
        return item;
    }

    /** The next non-blank line, or null at the end. */
    private Item readLine() throws IOException {
        while (true) {
            line.setLength(0);
            long length = 0;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = reader.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        ended = true;
                        break;
                    }
                }
                any = true;
                int start = position;
                int newline = indexOfNewline(start);
                int end = newline < 0 ? limit : newline;
                length += end - start;
                if (length <= maxChars) {
                    line.append(buffer, start, end - start);
                }
                position = newline < 0 ? limit : newline + 1;
                if (newline >= 0) {
                    break;
                }
            }
            if (!any) {
                return null;
            }
            lineNumber++;
            String location = name + ":" + lineNumber;
            if (length > maxChars) {
                return new Unreadable(location, tooLong);
            }
            String text = line.toString();
            if (!text.isBlank()) {
                return new Line(location, text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
            }
            if (ended) {
                return null;
            }
        }
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
