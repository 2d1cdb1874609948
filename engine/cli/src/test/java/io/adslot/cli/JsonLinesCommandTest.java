package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("adslot simulate and diff --jsonl: an archive export as JSON Lines")
class JsonLinesCommandTest {

    @TempDir
    Path dir;

    private static String fixture(String relative) {
        return CliRun.fixtures().resolve(relative).toString();
    }

    private static final String ARCHIVE = fixture("archive/articles.jsonl");

    @Test
    @DisplayName("plans each good record, named by id@revision, and lists each bad one with its line and id; exit 1")
    void simulate() throws Exception {
        CliRun run = CliRun.run(dir, "simulate", "--rules", fixture("rules/one-slot.yaml"), "--format", "json",
                "--jsonl", ARCHIVE);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                ARCHIVE + ":5: record no-body: no \"body\"",
                ARCHIVE + ":6: not valid JSON: Unexpected end-of-input: was expecting closing quote for a string value",
                ARCHIVE + ":7: record odd-field: context field \"section\" must be text, a number, true/false or a list of them",
                ARCHIVE + ":8: no \"id\" (text or a whole number)");
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("articles").asInt()).isEqualTo(3);
        assertThat(root.path("failed").asInt()).isEqualTo(4);
        assertThat(root.path("devices").path("mobile").path("articlesBySlots").path("1").asInt()).isEqualTo(1);
        assertThat(root.path("devices").path("mobile").path("densityCut").path("articles"))
                .extracting(JsonNode::asText).containsExactly("42", "messy@2024-05-01");
    }

    @Test
    @DisplayName("reports the same numbers as the same articles given as files")
    void sameAsFiles() throws Exception {
        String rules = fixture("rules/many-slots.yaml");
        Path good = Files.writeString(dir.resolve("good.jsonl"),
                String.join("\n", Files.readAllLines(Path.of(ARCHIVE)).subList(0, 4)));
        CliRun fromArchive = CliRun.run(dir, "simulate", "--rules", rules, "--format", "json", "--jsonl", good.toString());
        CliRun fromFiles = CliRun.run(dir, "simulate", "--rules", rules, "--format", "json",
                fixture("articles/harbour.html"), fixture("articles/brief.html"), fixture("articles/messy.html"));

        assertThat(fromArchive.code()).as(fromArchive.err()).isZero();
        JsonNode a = new ObjectMapper().readTree(fromArchive.out());
        JsonNode f = new ObjectMapper().readTree(fromFiles.out());
        assertThat(a.path("articles")).isEqualTo(f.path("articles"));
        assertThat(a.path("bytes")).isEqualTo(f.path("bytes"));
        for (String device : new String[] {"mobile", "tablet", "desktop"}) {
            JsonNode ad = a.path("devices").path(device);
            JsonNode fd = f.path("devices").path(device);
            assertThat(ad.path("articlesBySlots")).isEqualTo(fd.path("articlesBySlots"));
            assertThat(ad.path("density")).isEqualTo(fd.path("density"));
            assertThat(ad.path("densityCut").path("count")).isEqualTo(fd.path("densityCut").path("count"));
        }
    }

    @Test
    @DisplayName("each record plans in its own context, and --context replaces a record's field")
    void ownContext() {
        String rules = fixture("rules/news-only.yaml");

        CliRun own = CliRun.run(dir, "simulate", "--rules", rules, "--context", "device=mobile", "--jsonl", ARCHIVE);
        assertThat(own.out()).containsPattern("  1 slot\\s+1 \\(33%\\)");
        CliRun sport = CliRun.run(dir, "simulate", "--rules", rules, "--context", "device=mobile",
                "--context", "section=sport", "--jsonl", ARCHIVE);
        assertThat(sport.out()).containsPattern("  0 slots\\s+3 \\(100%\\)").doesNotContain("1 slot");
    }

    @Test
    @DisplayName("diff reads a gzip archive and names changed articles by id")
    void diffGzip() throws Exception {
        Path gz = dir.resolve("archive.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(Path.of(ARCHIVE)));
        }
        CliRun run = CliRun.run(dir, "diff", "--rules", fixture("rules/many-slots.yaml"), "--rules",
                fixture("rules/news-only.yaml"), "--format", "json", "--jsonl", "archive.jsonl.gz");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(4).allMatch(l -> l.startsWith("archive.jsonl.gz:"));
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("articles").asInt()).isEqualTo(3);
        assertThat(root.path("mostAffected").get(0).path("article").asText()).isEqualTo("harbour@3");
    }

    @Test
    @DisplayName("a missing archive is named and the run goes on with the rest")
    void missingArchive() {
        CliRun run = CliRun.run(dir, "simulate", "--jsonl", "missing.jsonl", fixture("articles/brief.html"));

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("missing.jsonl: no such file");
        assertThat(run.out()).startsWith("simulated 1 article ");
    }
}
