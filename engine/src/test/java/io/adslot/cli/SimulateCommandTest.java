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
    @DisplayName("--format csv: one row per article and device; --context device=... plans that device only")
    void csvForOneDevice() {
        CliRun run = CliRun.run(dir, "simulate", "--rules", rules("one-slot.yaml"), "--format", "csv",
                "--context", "device=tablet", "archive/harbour.html", "archive/brief.html");

        assertThat(run.code()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("article,bytes,device,slots,density,density_cut,limit_cut");
        assertThat(lines.get(1)).startsWith("archive/harbour.html,2747,tablet,1,0.").endsWith(",false,false");
        assertThat(lines.get(2)).startsWith("archive/brief.html,").contains(",tablet,0,0.0000,true,false");
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

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.errLines()).allMatch(l -> l.endsWith("skipped, not an .html or .htm file"));
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
