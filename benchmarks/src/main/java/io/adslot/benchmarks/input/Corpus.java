package io.adslot.benchmarks.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real article bodies in {@code ../shared/corpus/} (relative to the repository root), for benchmarks
 * and tests on what publishers really serve.
 *
 * <p>The folder is not part of the project and a fresh clone has none, so everything here is optional:
 * when no corpus is found the list is empty, without an error. Where it is looked for, first match wins:
 * <ol>
 *   <li>the system property {@code adslot.corpus} (the corpus folder itself);</li>
 *   <li>the system property {@code adslot.projectRoot} (set by the build's test runner) + {@code /../shared/corpus};</li>
 *   <li>the repository root found from the working directory upwards (the first folder holding both
 *       {@code pom.xml} and {@code benchmarks/}) + {@code /../shared/corpus}.</li>
 * </ol>
 */
public final class Corpus {

    /** System property naming the corpus folder, overriding the default location. */
    public static final String PROPERTY = "adslot.corpus";

    private Corpus() {
    }

    /** One real article body. */
    public record Article(String name, String html) {
        /** Size in chars. */
        public int length() {
            return html.length();
        }
    }

    /** The corpus folder, if one is found. */
    public static Optional<Path> folder() {
        String explicit = System.getProperty(PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            Path p = Paths.get(explicit);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        String projectRoot = System.getProperty("adslot.projectRoot");
        if (projectRoot != null && !projectRoot.isBlank()) {
            Path p = Paths.get(projectRoot).resolve("../shared/corpus").normalize();
            if (Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("benchmarks"))) {
                Path p = dir.resolve("../shared/corpus").normalize();
                return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** All {@code .html} bodies under the corpus folder, sorted by path; empty when there is no corpus. */
    public static List<Article> load() {
        return folder().map(Corpus::loadFrom).orElse(List.of());
    }

    /**
     * The corpus folder of whole pages (head, navigation, sidebars around the article; not all UTF-8): they are
     * not article bodies, so the body benchmarks leave them out.
     */
    static final String WHOLE_PAGES = "trafilatura-source";

    /**
     * All {@code .html} bodies under {@code folder} (any depth, but not the {@link #WHOLE_PAGES} folder), named by
     * their path relative to it.
     */
    public static List<Article> loadFrom(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> html = files.filter(p -> p.getFileName().toString().endsWith(".html"))
                    .filter(p -> !folder.relativize(p).startsWith(WHOLE_PAGES))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
            for (Path p : html) {
                articles.add(new Article(folder.relativize(p).toString(),
                        Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus at " + folder, e);
        }
        return List.copyOf(articles);
    }
}
