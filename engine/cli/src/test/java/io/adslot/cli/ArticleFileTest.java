package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ArticleFile: strict reading of article files")
class ArticleFileTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("UTF-8 text is read as is; a leading byte-order mark is dropped")
    void utf8() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "<p>Ünïcödé — ok</p>".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(text, 0, both, 3, text.length);

        assertThat(ArticleFile.decode("a", both)).isEqualTo(new ArticleFile.Text("a", "<p>Ünïcödé — ok</p>", both.length));
    }

    @Test
    @DisplayName("malformed UTF-8 is refused with the offset of the first bad byte; so is a truncated sequence")
    void malformed() {
        assertThat(ArticleFile.decode("a", new byte[] {'o', 'k', (byte) 0xC3, '(', 'x'}))
                .isEqualTo(new ArticleFile.Failure("a", "not valid UTF-8 (malformed byte sequence at offset 2); convert it to UTF-8 first"));
        assertThat(ArticleFile.decode("a", new byte[] {'o', 'k', (byte) 0xE2, (byte) 0x80}))
                .isInstanceOf(ArticleFile.Failure.class);
    }

    @Test
    @DisplayName("a NUL byte marks a binary file")
    void binary() {
        assertThat(ArticleFile.decode("a", new byte[] {'G', 'I', 'F', 0}))
                .isEqualTo(new ArticleFile.Failure("a", "binary file (NUL byte at offset 3), not an HTML article"));
    }

    @Test
    @DisplayName("a file over the limit is refused before it is read; a folder or a missing file is named as such")
    void sizeAndKind() throws Exception {
        Path big = Files.writeString(dir.resolve("big.html"), "x".repeat(3000));
        assertThat(ArticleFile.read(big, "big.html", 2048)).isEqualTo(
                new ArticleFile.Failure("big.html", "too large: 2.9 KB > 2.0 KB (raise --max-bytes to read it)"));
        assertThat(ArticleFile.read(big, "big.html", 3000)).isInstanceOf(ArticleFile.Text.class);
        assertThat(ArticleFile.read(dir, "dir", 10)).isEqualTo(new ArticleFile.Failure("dir", "is a folder, not a file"));
        assertThat(ArticleFile.read(dir.resolve("gone.html"), "gone.html", 10))
                .isEqualTo(new ArticleFile.Failure("gone.html", "no such file"));
    }
}
