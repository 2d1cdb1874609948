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
final class Corpus {

    private Corpus() {
    }

    static Path root() {
        return ArticleCorpus.root();
    }

    /** Every article body of the corpus, sorted; skips the calling test when there is no corpus. */
    static List<Path> files() {
        return ArticleCorpus.bodyFiles();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(Path file) {
        return root().relativize(file).toString();
    }
}
