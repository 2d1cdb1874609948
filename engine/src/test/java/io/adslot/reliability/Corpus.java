package io.adslot.reliability;

import io.adslot.ArticleCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real article bodies in {@code ../shared/corpus/} beside the project (not part of it). Tests that
 * use them are skipped, saying why, when the folder is absent, as in a fresh clone.
 */
public final class Corpus {

    private Corpus() {
    }

    static Path root() {
        return ArticleCorpus.root();
    }

    /** True when the corpus is beside the project: the condition of {@code @EnabledIf} on corpus tests. */
    public static boolean present() {
        return Files.isDirectory(root());
    }

    /** Every article body of the corpus, sorted; skips the calling test when there is no corpus. */
    static List<Path> files() {
        return ArticleCorpus.bodyFiles();
    }

    /**
     * A corpus file's text. All are UTF-8 but one whole page of {@code trafilatura-source/}, which its
     * manifest lists as cp1252: a file that is not valid UTF-8 is read as windows-1252.
     */
    public static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(Path file) {
        return root().relativize(file).toString();
    }
}
