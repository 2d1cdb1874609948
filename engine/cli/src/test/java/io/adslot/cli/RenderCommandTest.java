package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code adslot render}, run as a user runs it, on fixture files. */
class RenderCommandTest {

    private static final Path FIXTURES = Path.of("src/test/resources/cli/render").toAbsolutePath();

    private static String article() throws Exception {
        return Files.readString(FIXTURES.resolve("article.html"));
    }

    @Test
    @DisplayName("without --rules it renders with the bundled default rules and prints the article with slots")
    void rendersWithBundledDefaults() throws Exception {
        CliRun run = CliRun.run(FIXTURES, "render", "article.html");

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Advertisement · Scroll to continue").contains("id=\"inline-1\"");
        assertThat(run.out().length()).isGreaterThan(article().length());
    }

    @Test
    @DisplayName("--format json gives the output and insertions that, applied to the input, give the output exactly")
    void jsonInsertionsReproduceTheOutput() throws Exception {
        CliRun run = CliRun.run(FIXTURES, "render", "--format", "json", "article.html");

        assertThat(run.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        String input = article();
        assertThat(json.get("insertions")).isNotEmpty();
        assertThat(RenderedJson.apply(input, json)).isEqualTo(json.get("html").asText());
        for (JsonNode insertion : json.get("insertions")) {
            int offset = insertion.get("offset").asInt();
            long bytes = input.substring(0, offset).getBytes(StandardCharsets.UTF_8).length;
            assertThat(insertion.get("byteOffset").asLong()).as("byte offset of %s", insertion).isEqualTo(bytes);
            assertThat(insertion.get("placement").asText()).isEqualTo("inline");
            assertThat(insertion.get("slotId").asText()).startsWith("inline-");
        }
    }

    @Test
    @DisplayName("--format json gives each insertion's chosen A/B variant, the one its markup carries")
    void jsonCarriesTheVariant() throws Exception {
        Path rules = CliRun.fixtures().resolve("rules/serving.yaml");
        Path article = CliRun.fixtures().resolve("articles/harbour.html");
        Set<String> seen = new TreeSet<>();
        for (String bucket : List.of("a", "b", "c", "d", "e", "f", "g", "h")) {
            CliRun run = CliRun.run(FIXTURES, "render", "--rules", rules.toString(), "--context",
                    "bucket=" + bucket, "--format", "json", article.toString());
            assertThat(run.code()).as(run.err()).isZero();
            for (JsonNode insertion : new ObjectMapper().readTree(run.out()).get("insertions")) {
                String variant = insertion.get("variant").asText();
                assertThat(Jsoup.parseBodyFragment(insertion.get("html").asText())
                        .selectFirst("[data-adslot-variant]").attr("data-adslot-variant")).isEqualTo(variant);
                seen.add(variant);
            }
        }
        assertThat(seen).as("eight buckets reach both variants").containsExactly("control", "dense");
    }

    @Test
    @DisplayName("--context values reach the rules: the device picks the sizes, the section fills the ad unit")
    void contextApplies() {
        CliRun mobile = CliRun.run(FIXTURES, "render", "--context", "device=mobile",
                "--context", "section=news", "article.html");
        CliRun desktop = CliRun.run(FIXTURES, "render", "--context=device=desktop", "article.html");

        assertThat(mobile.out()).contains("320x100").doesNotContain("728x90").contains("/adslot/news/inarticle");
        assertThat(desktop.out()).contains("728x90").doesNotContain("320x100").contains("/adslot/inarticle");
    }

    @Test
    @DisplayName("a lone - or no file reads the article from standard input")
    void readsStandardInput() throws Exception {
        CliRun dash = CliRun.withInput(FIXTURES, article(), "render", "-");
        CliRun none = CliRun.withInput(FIXTURES, article(), "render");
        CliRun file = CliRun.run(FIXTURES, "render", "article.html");

        assertThat(dash.code()).isZero();
        assertThat(dash.out()).isEqualTo(none.out()).isEqualTo(file.out());
    }

    @Test
    @DisplayName("invalid rules exit 1 with every problem as file:line:col: message")
    void invalidRules() {
        CliRun run = CliRun.run(FIXTURES, "render", "--rules", "broken.yaml", "article.html");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).anyMatch(l -> l.matches("broken\\.yaml:4:\\d+: .*every.*>= 1.*"))
                .anyMatch(l -> l.matches("broken\\.yaml:5:\\d+: .*\"max_slot\".*did you mean \"max_slots\".*"));
    }

    @Test
    @DisplayName("an unreadable article exits 1 naming the file")
    void unreadableInput() {
        CliRun run = CliRun.run(FIXTURES, "render", "missing.html");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("missing.html: no such file\n");
    }

    @Test
    @DisplayName("wrong usage exits 2: an unknown format, an unknown option, two articles")
    void wrongUsage() {
        assertThat(CliRun.run(FIXTURES, "render", "--format", "xml", "article.html").code()).isEqualTo(2);
        assertThat(CliRun.run(FIXTURES, "render", "--rule", "x.yaml", "article.html").code()).isEqualTo(2);
        assertThat(CliRun.run(FIXTURES, "render", "a.html", "b.html").code()).isEqualTo(2);
        assertThat(CliRun.run(FIXTURES, "render", "--context", "device", "article.html").err())
                .contains("--context takes key=value");
    }

    @Test
    @DisplayName("a body with no place for a slot comes back unchanged, exit 0")
    void nothingToPlace() {
        CliRun run = CliRun.withInput(FIXTURES, "<p>Too short.</p>", "render", "-");

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("<p>Too short.</p>");
    }

    @Test
    @DisplayName("an article that is not valid UTF-8 is refused with the byte offset of the first bad sequence, like the other tools")
    void invalidUtf8IsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        byte[] good = article().getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 2);
        bad[good.length] = (byte) 0xC3; // a lead byte followed by a byte that cannot continue it
        bad[good.length + 1] = '<';
        Files.write(dir.resolve("latin1.html"), bad);

        CliRun run = CliRun.run(dir, "render", "latin1.html");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("latin1.html: not valid UTF-8 (malformed byte sequence at offset " + good.length
                + "); convert it to UTF-8 first\n");
    }

    @Test
    @DisplayName("--max-bytes refuses a larger article, as in the other tools")
    void maxBytes() {
        CliRun run = CliRun.run(FIXTURES, "render", "--max-bytes", "100", "article.html");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("article.html: too large: ").contains("(raise --max-bytes to read it)");
        assertThat(CliRun.run(FIXTURES, "render", "--max-bytes", "20m", "article.html").code()).isZero();
    }

    @Test
    @DisplayName("a byte-order mark is kept in the output and counted in byte offsets")
    void byteOrderMarkIsKept(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bom.html"), "\uFEFF" + article());

        CliRun html = CliRun.run(dir, "render", "bom.html");
        CliRun json = CliRun.run(dir, "render", "--format", "json", "bom.html");
        CliRun plain = CliRun.run(FIXTURES, "render", "--format", "json", "article.html");

        assertThat(html.out()).startsWith("\uFEFF<");
        JsonNode withMark = new ObjectMapper().readTree(json.out()).get("insertions").get(0);
        JsonNode without = new ObjectMapper().readTree(plain.out()).get("insertions").get(0);
        assertThat(withMark.get("byteOffset").asLong()).isEqualTo(without.get("byteOffset").asLong() + 3);
    }
}
