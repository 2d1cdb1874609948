package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("adslot diff")
class DiffCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void archive() {
        CliRun.copyFixture("articles/harbour.html", dir.resolve("archive"));
        CliRun.copyFixture("articles/brief.html", dir.resolve("archive"));
    }

    private String rules(String name) {
        return CliRun.fixtures().resolve("rules/" + name).toString();
    }

    @Test
    @DisplayName("the same rules twice change nothing")
    void sameRulesNoChange() {
        CliRun run = CliRun.run(dir, "diff", "--rules", rules("one-slot.yaml"), "--rules", rules("one-slot.yaml"), "archive");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("compared 2 articles: .*one-slot.yaml -> .*one-slot.yaml")
                .containsPattern("articles changed\\s+0 \\(0%\\)\\s+0 \\(0%\\)\\s+0 \\(0%\\)")
                .containsPattern("slots gained\\s+\\+0\\s+\\+0\\s+\\+0")
                .contains("no article changed");
    }

    @Test
    @DisplayName("counts articles changed, slots gained and lost, the density change, and lists the most affected")
    void textReport() {
        CliRun run = CliRun.run(dir, "diff", "--rules", rules("one-slot.yaml"), "--rules", rules("many-slots.yaml"), "archive");

        assertThat(run.code()).as(run.err()).isZero();
        // one-slot puts its slot after paragraph 2 (boundary 3); many-slots after paragraphs 1, 3 and 5:
        // three new slots, and the one at boundary 3 is gone.
        assertThat(run.out())
                .containsPattern("articles changed\\s+1 \\(50%\\)\\s+1 \\(50%\\)\\s+1 \\(50%\\)")
                .containsPattern("slots gained\\s+\\+3\\s+\\+3\\s+\\+3")
                .containsPattern("slots lost\\s+-1\\s+-1\\s+-1")
                .containsPattern("slots in total\\s+1 -> 3\\s+1 -> 3\\s+1 -> 3")
                .containsPattern("mean density\\s+\\d+\\.\\d% -> \\d+\\.\\d%")
                .contains("most affected articles (slots gained + lost over all devices):")
                .contains("   12  archive/harbour.html  mobile 1->3 (+3 -1), tablet 1->3 (+3 -1), desktop 1->3 (+3 -1)");
    }

    @Test
    @DisplayName("--format json: gained minus lost is the change in slots, per device; csv has a row per article, device and kind")
    void jsonAndCsv() throws Exception {
        CliRun run = CliRun.run(dir, "diff", "--rules", rules("many-slots.yaml"), "--rules", rules("one-slot.yaml"),
                "--format", "json", "archive");

        assertThat(run.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("articles").asInt()).isEqualTo(2);
        for (JsonNode d : root.path("devices")) {
            assertThat(d.path("slotsGained").asInt() - d.path("slotsLost").asInt())
                    .isEqualTo(d.path("newSlots").asInt() - d.path("oldSlots").asInt());
            assertThat(d.path("newMeanDensity").asDouble()).isLessThan(d.path("oldMeanDensity").asDouble());
        }
        assertThat(root.path("mostAffected")).singleElement().satisfies(a ->
                assertThat(a.path("article").asText()).isEqualTo("archive/harbour.html"));

        CliRun csv = CliRun.run(dir, "diff", "--rules", rules("many-slots.yaml"), "--rules", rules("one-slot.yaml"),
                "--format", "csv", "archive");
        List<String> lines = csv.out().lines().toList();
        assertThat(lines).hasSize(1 + 2 * 3);
        assertThat(lines.get(0)).isEqualTo("article,words,device,kind,old_slots,new_slots,gained,lost,old_density,new_density");
        assertThat(lines).contains("archive/brief.html,22,mobile,ad,0,0,0,0,0.0000,0.0000");
    }

    @Test
    @DisplayName("per kind, each figure under the old and the new rules: a newsletter box added apart from the ads")
    void perKind() throws Exception {
        String[] args = {"diff", "--rules", rules("one-slot.yaml"), "--rules", rules("kinds.yaml"),
                "--context", "device=mobile", "archive"};
        CliRun text = CliRun.run(dir, args);
        CliRun json = CliRun.run(dir, java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--format", "json")).toArray(String[]::new));
        CliRun csv = CliRun.run(dir, java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--format", "csv")).toArray(String[]::new));

        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).containsSubsequence("kind ad", "slots per article", "0.50 -> 2.00",
                "kind newsletter", "slots per article", "0.00 -> 0.50", "excl. by min_article", "0 -> 1");
        JsonNode newsletter = new ObjectMapper().readTree(json.out()).path("devices").path("mobile").path("kinds")
                .path("newsletter");
        assertThat(newsletter.path("old").path("slots").asInt()).isZero();
        assertThat(newsletter.path("new").path("slots").asInt()).isEqualTo(1);
        assertThat(csv.out().lines()).contains("archive/harbour.html,430,mobile,newsletter,0,1,1,0,0.1111,0.1515");
    }

    @Test
    @DisplayName("a bad file is named on stderr, the rest compared, exit 1; rules that fail to load exit 1")
    void badInput() throws Exception {
        Files.write(dir.resolve("archive/old.html"), "<p>\u00fcber</p>".getBytes(StandardCharsets.UTF_16LE));
        CliRun run = CliRun.run(dir, "diff", "--rules", rules("one-slot.yaml"), "--rules", rules("many-slots.yaml"), "archive");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("archive/old.html: binary file (NUL byte at offset 1)");
        assertThat(run.out()).contains("compared 2 articles").contains("1 file failed (see stderr)");

        Files.writeString(dir.resolve("broken.yaml"), "version: 1\nplacements: 7\n");
        CliRun broken = CliRun.run(dir, "diff", "--rules", rules("one-slot.yaml"), "--rules", "broken.yaml", "archive");
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err()).contains("broken.yaml:2:");
        assertThat(broken.out()).isEmpty();
    }

    @Test
    @DisplayName("usage errors exit 2: one --rules, three --rules, no articles")
    void usage() {
        assertThat(CliRun.run(dir, "diff", "--rules", rules("one-slot.yaml"), "archive").err())
                .contains("diff needs exactly two --rules (old, then new), got 1");
        assertThat(CliRun.run(dir, "diff", "--rules", "a", "--rules", "b", "--rules", "c", "archive").code()).isEqualTo(2);
        assertThat(CliRun.run(dir, "diff", "--rules", "a", "--rules", "b").code()).isEqualTo(2);
    }

    @Test
    @DisplayName("compares the bundled default and long-form rules over the shared corpus")
    void corpus() throws Exception {
        Path corpus = CliRun.corpus();
        assumeTrue(corpus != null, "../shared/corpus is absent: corpus diff skipped");
        Path rulesDir = Path.of(System.getProperty("adslot.projectRoot"), "rules");
        CliRun run = CliRun.run(dir, "diff", "--rules", rulesDir.resolve("default.yaml").toString(),
                "--rules", rulesDir.resolve("long-form.yaml").toString(), "--format", "json",
                corpus.resolve("trafilatura-readability").toString());

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("articles").asInt()).isGreaterThan(50);
        int changed = 0;
        for (JsonNode d : root.path("devices")) {
            changed += d.path("articlesChanged").asInt();
            assertThat(d.path("slotsGained").asInt() - d.path("slotsLost").asInt())
                    .isEqualTo(d.path("newSlots").asInt() - d.path("oldSlots").asInt());
        }
        assertThat(changed).as("long-form places slots differently from the news defaults").isPositive();
        assertThat(root.path("mostAffected")).isNotEmpty();
    }
}
