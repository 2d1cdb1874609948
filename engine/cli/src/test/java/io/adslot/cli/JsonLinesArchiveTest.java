package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A JSON Lines archive")
class JsonLinesArchiveTest {

    @TempDir
    Path dir;

    private static List<JsonLinesArchive.Item> read(Path file, long maxBytes) throws IOException {
        List<JsonLinesArchive.Item> items = new ArrayList<>();
        try (JsonLinesArchive archive = JsonLinesArchive.open(file, "a.jsonl", maxBytes)) {
            archive.forEachRemaining(items::add);
        }
        return items;
    }

    @Test
    @DisplayName("gives one record per non-blank line, numbered as an editor numbers lines, CRLF or not")
    void lines() throws IOException {
        Path file = Files.writeString(dir.resolve("a.jsonl"), "{\"id\":1}\r\n\n  \n{\"id\":2}\n{\"id\":3}");

        assertThat(read(file, 1024)).containsExactly(new JsonLinesArchive.Line("a.jsonl:1", "{\"id\":1}"),
                new JsonLinesArchive.Line("a.jsonl:4", "{\"id\":2}"), new JsonLinesArchive.Line("a.jsonl:5", "{\"id\":3}"));
    }

    @Test
    @DisplayName("reads gzip whatever the file is called, by its magic bytes")
    void gzip() throws IOException {
        Path file = dir.resolve("export.data");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("{\"id\":1}\n{\"id\":\"\u00e9\"}\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(read(file, 1024)).extracting(JsonLinesArchive.Item::location).containsExactly("a.jsonl:1", "a.jsonl:2");
        assertThat(((JsonLinesArchive.Line) read(file, 1024).get(1)).json()).isEqualTo("{\"id\":\"\u00e9\"}");
    }

    @Test
    @DisplayName("skips a line longer than the size limit allows without keeping it, and goes on")
    void longLine() throws IOException {
        long maxBytes = 10;
        char[] line = new char[(int) ArchiveRecord.maxRecordChars(maxBytes) + 100_000];
        Arrays.fill(line, 'x');
        Path file = Files.writeString(dir.resolve("a.jsonl"), "{\"id\":1}\n" + new String(line) + "\n{\"id\":3}\n");

        assertThat(read(file, maxBytes)).containsExactly(new JsonLinesArchive.Line("a.jsonl:1", "{\"id\":1}"),
                new JsonLinesArchive.Unreadable("a.jsonl:2", ArchiveRecord.tooLong(maxBytes)),
                new JsonLinesArchive.Line("a.jsonl:3", "{\"id\":3}"));
    }

    @Test
    @DisplayName("a gzip file cut short gives the lines before the cut, then one line saying why reading stopped")
    void truncatedGzip() throws IOException {
        Path whole = dir.resolve("whole.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            for (int i = 0; i < 20_000; i++) {
                out.write(("{\"id\":" + i + ",\"body\":\"<p>" + i * 7919L + "</p>\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.gz"), Arrays.copyOf(bytes, bytes.length / 2));

        List<JsonLinesArchive.Item> items = read(cut, 1024);
        JsonLinesArchive.Item last = items.get(items.size() - 1);
        assertThat(last).isInstanceOf(JsonLinesArchive.Unreadable.class);
        assertThat(((JsonLinesArchive.Unreadable) last).message()).startsWith("cannot read further: java.io.EOFException");
        assertThat(items.subList(0, items.size() - 1)).isNotEmpty().allMatch(i -> i instanceof JsonLinesArchive.Line);
    }

    @Test
    @DisplayName("a missing file or a folder cannot be opened, with a line saying so")
    void notOpened() {
        assertThatThrownBy(() -> JsonLinesArchive.open(dir.resolve("missing.jsonl"), "missing.jsonl", 10))
                .isInstanceOfSatisfying(NoSuchFileException.class,
                        e -> assertThat(JsonLinesArchive.openFailure("missing.jsonl", e)).isEqualTo("missing.jsonl: no such file"));
        assertThatThrownBy(() -> JsonLinesArchive.open(dir, "dir", 10)).hasMessageContaining("is a folder");
    }
}
