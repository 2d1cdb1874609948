package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adslot.ArticleCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("adslot simulate")
class SimulateCommandTest {

    @TempDir
    Path dir;

    private Path archive;

    /** An archive of two good articles and, in a subfolder, one of each kind of bad file. */
    @BeforeEach
    void archive() throws Exception {
        archive = dir.resolve("archive");
        CliRun.copyFixture("articles/harbour.html", archive);
        CliRun.copyFixture("articles/brief.html", archive);
        Path bad = Files.createDirectories(archive.resolve("bad"));
        Files.write(bad.resolve("latin1.html"), "<p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(bad.resolve("photo.html"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0});
        Files.writeString(bad.resolve("notes.txt"), "not an article");
        Files.writeString(bad.resolve("huge.html"), "<p>" + "word ".repeat(1000) + "</p>");
    }

    private String rules(String name) {
        return CliRun.fixtures().resolve("rules/" + name).toString();
    }

    @Test
    @DisplayName("reports slots per article, density, no-slot share and cuts per device, and throughput")
    void textReport() {
        CliRun run = CliRun.run(dir, "simulate", "--rules", rules("many-slots.yaml"), "archive/harbour.html", "archive/brief.html");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .containsPattern("simulated 2 articles \\(2\\.8 KB\\) under .*many-slots.yaml in \\d+\\.\\d\\d s on \\d threads?: \\d+ articles/s")
                .containsPattern("\\s+mobile\\s+tablet\\s+desktop")
                .containsPattern("  0 slots\\s+1 \\(50%\\)\\s+1 \\(50%\\)\\s+1 \\(50%\\)")
                .containsPattern("  3 slots\\s+1 \\(50%\\)\\s+1 \\(50%\\)\\s+1 \\(50%\\)")
                .containsPattern("articles with no slot\\s+50\\.0%\\s+50\\.0%\\s+50\\.0%")
                // A 280 px slot would take more than 30 % of the two-paragraph brief: the budget cuts it too.
                .containsPattern("by the density budget\\s+2\\s+2\\s+2")
                .contains("articles where slots were cut (2):")
                .containsPattern("archive/harbour.html\\s+density budget on mobile, tablet, desktop")
                .containsPattern("archive/brief.html\\s+density budget on mobile, tablet, desktop");
    }

    @Test
    @DisplayName("bad files each get one line on stderr, the rest of the folder is simulated, and the exit code is 1")
    void badFilesAreNamedAndSkipped() {
        CliRun run = CliRun.run(dir, "simulate", "--rules", rules("many-slots.yaml"), "--max-bytes", "4k",
                "archive", "missing-folder");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).containsExactlyInAnyOrder(
                "archive/bad/notes.txt: skipped, not an .html or .htm file",
                "missing-folder: no such file or folder",
                "archive/bad/huge.html: too large: 4.9 KB > 4.0 KB (raise --max-bytes to read it)",
                "archive/bad/latin1.html: not valid UTF-8 (malformed byte sequence at offset 6); convert it to UTF-8 first",
                "archive/bad/photo.html: binary file (NUL byte at offset 2), not an HTML article");
        assertThat(run.out()).contains("simulated 2 articles").contains("4 files failed, 1 skipped (see stderr)");
    }

    @Test
    @DisplayName("--format json: the histogram adds up to the articles and the cut lists name them")
    void json() throws Exception {
        CliRun run = CliRun.run(dir, "simulate", "--rules", rules("many-slots.yaml"), "--format", "json", "--max-bytes", "4k", "archive");

        assertThat(run.code()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("articles").asInt()).isEqualTo(2);
        assertThat(root.path("failed").asInt()).isEqualTo(3);
        assertThat(root.path("skipped").asInt()).isEqualTo(1);
        assertThat(root.path("articlesPerSecond").asDouble()).isPositive();
        JsonNode devices = root.path("devices");
        assertThat(devices.fieldNames()).toIterable().containsExactly("mobile", "tablet", "desktop");
        for (JsonNode device : devices) {
            int sum = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = device.path("articlesBySlots").fields(); it.hasNext(); ) {
                sum += it.next().getValue().asInt();
            }
            assertThat(sum).isEqualTo(2);
            assertThat(device.path("meanSlots").asDouble()).isEqualTo(1.5);
            assertThat(device.path("density").path("max").asDouble()).isLessThanOrEqualTo(device.path("density").path("budget").asDouble());
            assertThat(device.path("densityCut").path("articles")).extracting(JsonNode::asText).containsExactly("archive/brief.html", "archive/harbour.html");
        }
    }

    @Test
    @DisplayName("--format csv: one row per article, device and kind, with the article's words; --context device=... plans that device only")
    void csvForOneDevice() {
        CliRun run = CliRun.run(dir, "simulate", "--rules", rules("one-slot.yaml"), "--format", "csv",
                "--context", "device=tablet", "archive/harbour.html", "archive/brief.html");

        assertThat(run.code()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(
                "article,bytes,words,device,kind,slots,min_words_between,min_article_excluded,density,density_cut,limit_cut");
        assertThat(lines.get(1)).startsWith("archive/harbour.html,2747,430,tablet,ad,1,,false,0.").endsWith(",false,false");
        assertThat(lines.get(2)).startsWith("archive/brief.html,161,22,tablet,ad,0,,false,0.0000,true,false");
    }

    @Test
    @DisplayName("per kind (ads apart from newsletter boxes): slots per article, words between slots, min_article exclusions and cuts, in text, json and csv")
    void perKind() throws Exception {
        String[] args = {"simulate", "--rules", rules("kinds.yaml"), "--context", "device=mobile",
                "archive/harbour.html", "archive/brief.html"};
        CliRun text = CliRun.run(dir, args);
        CliRun json = CliRun.run(dir, concat(args, "--format", "json"));
        CliRun csv = CliRun.run(dir, concat(args, "--format", "csv"));

        assertThat(text.out()).containsSubsequence(
                "kind ad", "slots per article", "2.00", "words between slots, median", "62",
                "words between slots, p10", "62", "excluded by min_article", "0", "cut by a slot limit", "1",
                "kind newsletter", "slots per article", "0.50", "words between slots, median", "-",
                "excluded by min_article", "1");
        JsonNode kinds = new ObjectMapper().readTree(json.out()).path("devices").path("mobile").path("kinds");
        assertThat(kinds.path("ad").path("slots").asInt()).isEqualTo(4);
        assertThat(kinds.path("ad").path("wordsBetweenSlots").path("gaps").asInt()).isEqualTo(2);
        assertThat(kinds.path("ad").path("wordsBetweenSlots").path("median").asDouble()).isEqualTo(62.0);
        assertThat(kinds.path("ad").path("limitCut").asInt()).isEqualTo(1);
        assertThat(kinds.path("newsletter").path("excludedByMinArticle").asInt()).isEqualTo(1);
        assertThat(csv.out().lines()).contains(
                "archive/harbour.html,2747,430,mobile,ad,3,62,false,0.1515,false,true",
                "archive/harbour.html,2747,430,mobile,newsletter,1,,false,0.1515,false,false",
                "archive/brief.html,161,22,mobile,newsletter,0,,true,0.4237,false,false");
    }

    @Test
    @DisplayName("progress goes to stderr when the launcher says stderr is a terminal, whatever stdout is; none otherwise")
    void progressOnTerminalStderr() {
        String[] args = {"simulate", "--format", "csv", "archive/harbour.html", "archive/brief.html"};
        String before = System.getProperty(ProgressBar.STDERR_IS_TERMINAL);
        try {
            System.setProperty(ProgressBar.STDERR_IS_TERMINAL, "true");
            CliRun onTerminal = CliRun.run(dir, args);
            System.setProperty(ProgressBar.STDERR_IS_TERMINAL, "false");
            CliRun piped = CliRun.run(dir, args);

            assertThat(onTerminal.err()).contains("\r[" + "#".repeat(30) + "] 2/2 articles");
            assertThat(onTerminal.out()).isEqualTo(piped.out()).doesNotContain("\r");
            assertThat(piped.err()).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty(ProgressBar.STDERR_IS_TERMINAL);
            } else {
                System.setProperty(ProgressBar.STDERR_IS_TERMINAL, before);
            }
        }
    }

    @Test
    @DisplayName("--context: a device alias plans that device; an unknown device or a key the rules never read is a warning")
    void contextWarnings() {
        CliRun alias = CliRun.run(dir, "simulate", "--context", "device=phone", "archive/harbour.html");
        CliRun unknown = CliRun.run(dir, "simulate", "--context", "device=watch", "--context", "sectoin=news",
                "archive/harbour.html");

        assertThat(alias.err()).isEmpty();
        assertThat(alias.out()).containsPattern("\\n\\s+mobile\\n");
        assertThat(unknown.code()).isZero();
        assertThat(unknown.errLines()).containsExactly(
                "warning: --context device=watch: unknown device \"watch\"; devices are mobile, tablet, desktop (also"
                        + " phone, smartphone, handset, mobile-web for mobile; ipad, tab for tablet; pc, computer,"
                        + " laptop, web for desktop); planning without a device",
                "warning: --context sectoin=...: the rules neither declare nor read \"sectoin\", so it changes"
                        + " nothing; did you mean \"section\"?");
        assertThat(unknown.out()).containsPattern("\\s+mobile\\s+tablet\\s+desktop");
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    @DisplayName("a slot limit that cut candidates is reported")
    void limitCuts() {
        CliRun run = CliRun.run(dir, "simulate", "--context", "device=mobile", "archive/harbour.html");

        assertThat(run.code()).isZero();
        assertThat(run.out()).containsPattern("by a slot limit\\s+0");
        CliRun tight = CliRun.run(dir, "simulate", "--rules", rules("one-slot.yaml"), "--context", "device=mobile",
                "archive/harbour.html");
        assertThat(tight.out()).containsPattern("by a slot limit\\s+0");
    }

    @Test
    @DisplayName("an empty folder simulates nothing and succeeds")
    void emptyFolder() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        CliRun run = CliRun.run(dir, "simulate", "empty");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("simulated 0 articles (0 bytes)").containsPattern("articles with no slot\\s+0\\.0%");
    }

    @Test
    @DisplayName("usage errors exit 2: no articles, two --rules, a bad --format, a bad --max-bytes")
    void usage() {
        assertThat(CliRun.run(dir, "simulate").code()).isEqualTo(2);
        CliRun two = CliRun.run(dir, "simulate", "--rules", rules("one-slot.yaml"), "--rules", rules("many-slots.yaml"), "archive");
        assertThat(two.code()).isEqualTo(2);
        assertThat(two.err()).contains("use adslot diff");
        assertThat(CliRun.run(dir, "simulate", "--format", "xls", "archive").code()).isEqualTo(2);
        assertThat(CliRun.run(dir, "simulate", "--max-bytes", "lots", "archive").err()).contains("--max-bytes needs a positive size");
    }

    @Test
    @DisplayName("simulates the whole shared corpus: every article planned on every device, throughput printed")
    void corpus() throws Exception {
        List<String> args = new ArrayList<>(List.of("simulate", "--format", "json"));
        ArticleCorpus.bodyFolders().forEach(folder -> args.add(folder.toString()));
        CliRun run = CliRun.run(dir, args.toArray(String[]::new));

        // The corpus holds real pages as crawled: one not in UTF-8 is named and the run goes on (exit 1).
        boolean anyNotUtf8 = run.errLines().stream().anyMatch(l -> l.contains(": not valid UTF-8 ("));
        assertThat(run.code()).as(run.err()).isEqualTo(anyNotUtf8 ? 1 : 0);
        assertThat(run.errLines()).allMatch(l -> l.endsWith("skipped, not an .html or .htm file")
                || l.contains(": not valid UTF-8 ("));
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("articles").asInt()).isGreaterThan(250);
        for (JsonNode device : root.path("devices")) {
            assertThat(device.path("meanSlots").asDouble()).isPositive();
            assertThat(device.path("density").path("max").asDouble()).isLessThanOrEqualTo(device.path("density").path("budget").asDouble());
        }
        System.out.printf("simulate over the corpus: %d articles, %.2f MB in %.2f s on %d threads: %.0f articles/s, %.1f MB/s%n",
                root.path("articles").asInt(), root.path("bytes").asLong() / 1048576.0, root.path("seconds").asDouble(),
                root.path("threads").asInt(), root.path("articlesPerSecond").asDouble(), root.path("megabytesPerSecond").asDouble());
    }
}
