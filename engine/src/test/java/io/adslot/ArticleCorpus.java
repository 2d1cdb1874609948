package io.adslot;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real article bodies of {@code ../shared/corpus/} beside the project (not part of it), for the tests
 * of every package. Only the folders that hold article bodies count: {@code trafilatura-source/} holds whole
 * pages (head, navigation, sidebars; one of them not UTF-8), which are the input of content-root tests, not
 * bodies. Tests that use the corpus are skipped, saying why, when it is absent, as in a fresh clone.
 */
public final class ArticleCorpus {

    /** The corpus folders whose files are article bodies, in UTF-8. */
    public static final List<String> BODY_FOLDERS = List.of("readability", "trafilatura-raw", "trafilatura-readability");

    private ArticleCorpus() {
    }

    /** {@code ../shared/corpus} beside the project root, whether or not it exists. */
    public static Path root() {
        return Path.of(System.getProperty("adslot.projectRoot", "."), "..", "shared", "corpus").toAbsolutePath().normalize();
    }

    /** The body folders that exist; skips the calling test, saying why, when there are none. */
    public static List<Path> bodyFolders() {
        Path root = root();
        assumeTrue(Files.isDirectory(root), "no article corpus at " + root + " (it is not part of the project): corpus test skipped");
        List<Path> folders = new ArrayList<>();
        for (String name : BODY_FOLDERS) {
            Path folder = root.resolve(name);
            if (Files.isDirectory(folder)) {
                folders.add(folder);
            }
        }
        assumeTrue(!folders.isEmpty(), "the article corpus at " + root + " has none of " + BODY_FOLDERS + ": corpus test skipped");
        return folders;
    }

    /** Every {@code .html} article body of the corpus, sorted; skips the calling test when there is none. */
    public static List<Path> bodyFiles() {
        List<Path> files = new ArrayList<>();
        for (Path folder : bodyFolders()) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(p -> p.toString().endsWith(".html")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
