package io.adslot.benchmarks.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    @Test
    @DisplayName("loads every .html file under the folder, any depth, sorted, named by relative path")
    void loadFrom(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("b"));
        Files.writeString(folder.resolve("b/two.html"), "<p>\u201Ctwo\u201D</p>");
        Files.writeString(folder.resolve("a.html"), "<p>one</p>");
        Files.writeString(folder.resolve("README.md"), "not an article");

        assertThat(Corpus.loadFrom(folder)).extracting(Corpus.Article::name, Corpus.Article::html)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a.html", "<p>one</p>"),
                        org.assertj.core.groups.Tuple.tuple("b" + folder.getFileSystem().getSeparator() + "two.html",
                                "<p>\u201Ctwo\u201D</p>"));
    }

    @Test
    @DisplayName("a missing folder is an empty corpus, not an error")
    void missingFolder(@TempDir Path folder) {
        assertThat(Corpus.loadFrom(folder.resolve("absent"))).isEmpty();
    }

    @Test
    @DisplayName("the adslot.corpus property overrides where the corpus is looked for")
    void propertyOverride(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("x.html"), "<p>x</p>");
        String before = System.getProperty(Corpus.PROPERTY);
        try {
            System.setProperty(Corpus.PROPERTY, folder.toString());
            assertThat(Corpus.load()).extracting(Corpus.Article::name).containsExactly("x.html");
            System.setProperty(Corpus.PROPERTY, folder.resolve("absent").toString());
            assertThat(Corpus.load()).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty(Corpus.PROPERTY);
            } else {
                System.setProperty(Corpus.PROPERTY, before);
            }
        }
    }

    @Test
    @DisplayName("the shared corpus, when present next to the project, is found and read")
    void sharedCorpus() {
        assumeTrue(Corpus.folder().isPresent(), "no ../shared/corpus next to the project root: skipped");

        assertThat(Corpus.load()).hasSizeGreaterThan(100).allSatisfy(a -> assertThat(a.html()).isNotEmpty());
    }
}
