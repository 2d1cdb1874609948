package io.adslot.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Differential test: over every real article body in {@code ../shared/corpus/}, the scanner finds the
 * same atomic blocks as jsoup (kind, start offset, end offset, order).
 *
 * <p>Only blocks that are elements are compared: text runs and standalone media have no element of
 * their own in a DOM walk. An element whose end tag jsoup implied has no end offset to compare; for
 * it the scanner's end must not pass the start of the next block. Every mismatch is printed with its
 * file and offsets so a failure can be read without a debugger.
 */
class BlockScannerJsoupDifferentialTest {

    private static final Path CORPUS = Path.of(System.getProperty("adslot.projectRoot", "."), "..", "shared", "corpus")
            .normalize();

    private final BlockScanner scanner = BlockScanner.withDefaults();

    @Test
    @DisplayName("readability/: every atomic block matches jsoup")
    void readability() throws IOException {
        assertThat(compareFolder("readability").rate()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("trafilatura-readability/: every atomic block matches jsoup")
    void trafilaturaReadability() throws IOException {
        assertThat(compareFolder("trafilatura-readability").rate()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("trafilatura-raw/: at least 99.5% of atomic blocks match jsoup on raw publisher markup (100% today)")
    void trafilaturaRaw() throws IOException {
        assertThat(compareFolder("trafilatura-raw").rate()).isGreaterThanOrEqualTo(0.995);
    }

    private Score compareFolder(String name) throws IOException {
        Path folder = CORPUS.resolve(name);
        assumeTrue(Files.isDirectory(folder), "corpus folder " + folder + " is absent (it is not part of the project): skipped");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "corpus folder " + folder + " has no .html files: skipped");
        Score total = new Score();
        List<String> mismatches = new ArrayList<>();
        for (Path file : files) {
            String html = Files.readString(file, StandardCharsets.UTF_8);
            total.add(compare(file.getFileName().toString(), html, mismatches));
        }
        System.out.printf("differential %s: %d of %d atomic blocks match jsoup (%.2f%%; %d with an explicit end tag"
                        + " matched exactly) in %d files%n",
                name, total.matched, total.total, 100.0 * total.rate(), total.explicitEnds, files.size());
        mismatches.stream().limit(40).forEach(m -> System.out.println("  " + m));
        return total;
    }

    private Score compare(String file, String html, List<String> mismatches) {
        List<JsoupBlocks.Expected> expected = JsoupBlocks.of(html);
        List<Block> actual = new ArrayList<>();
        for (Block b : scanner.scan(html).blocks()) {
            if (!b.tag().startsWith("#") && JsoupBlocks.atomicKind(b.tag()) != null) {
                actual.add(b);
            }
        }
        Score score = new Score();
        int i = 0;
        int j = 0;
        while (i < expected.size() || j < actual.size()) {
            JsoupBlocks.Expected e = i < expected.size() ? expected.get(i) : null;
            Block a = j < actual.size() ? actual.get(j) : null;
            score.total++;
            if (e != null && a != null && e.start() == a.start()) {
                int nextStart = i + 1 < expected.size() ? expected.get(i + 1).start() : html.length();
                boolean endMatches = e.explicitEnd() ? a.end() == e.end() : a.end() <= Math.max(nextStart, a.start() + 1);
                if (a.kind() == e.kind() && endMatches) {
                    score.matched++;
                    if (e.explicitEnd()) {
                        score.explicitEnds++;
                    }
                } else {
                    mismatches.add(file + ": jsoup " + e + " vs scanner " + a.kind() + " " + a.tag() + " [" + a.start() + ","
                            + a.end() + ") " + excerpt(html, e.start()));
                }
                i++;
                j++;
            } else if (a == null || (e != null && e.start() < a.start())) {
                mismatches.add(file + ": only jsoup " + e + " " + excerpt(html, e.start()));
                i++;
            } else {
                mismatches.add(file + ": only scanner " + a.kind() + " " + a.tag() + " [" + a.start() + "," + a.end() + ") "
                        + excerpt(html, a.start()));
                j++;
            }
        }
        return score;
    }

    private static String excerpt(String html, int at) {
        String s = html.substring(Math.max(0, at - 40), Math.min(html.length(), at + 60));
        return "«" + s.replace("\n", "\\n").replace("\r", "\\r") + "»";
    }

    private static final class Score {
        int matched;
        int total;
        int explicitEnds;

        void add(Score other) {
            matched += other.matched;
            total += other.total;
            explicitEnds += other.explicitEnds;
        }

        double rate() {
            return total == 0 ? 1.0 : (double) matched / total;
        }
    }
}
