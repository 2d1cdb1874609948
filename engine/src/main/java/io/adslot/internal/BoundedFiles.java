package io.adslot.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads files with a bound on the bytes actually read, never trusting the size the file system reports.
 *
 * <p>{@code Files.size} is 0 for {@code /dev/zero}, a FIFO or {@code /proc} files, so a check of the size
 * followed by {@code readAllBytes} ran the heap out on them. Here a file that is not a regular file is
 * refused outright, and a regular one is read up to one byte past the limit, so that a file that grows
 * while it is read is refused too.
 *
 * <p>Not API: public only so that the engine's packages (rules, templates, command line) share it.
 */
public final class BoundedFiles {

    private BoundedFiles() {
    }

    /** A file that is too large, or not a regular file; the message says which, for a person. */
    public static final class RefusedFileException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedFileException(String message) {
            super(message);
        }
    }

    /**
     * The bytes of {@code file}, at most {@code maxBytes} of them.
     *
     * @throws RefusedFileException when the file is a folder, device or FIFO, or holds more than
     *                              {@code maxBytes} bytes
     * @throws IOException          when it cannot be read
     */
    public static byte[] read(Path file, long maxBytes) throws IOException {
        if (Files.isDirectory(file)) {
            throw new RefusedFileException("is a folder, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new RefusedFileException("is not a regular file (a device, FIFO or socket); name a file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            throw new RefusedFileException("too large: more than " + maxBytes + " bytes");
        }
        return bytes;
    }
}
