package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("adslot explain")
class ExplainCommandTest {

    @TempDir
    Path dir;

    private final Path fixtures = CliRun.fixtures();

    private String article() {
        return fixtures.resolve("articles/harbour.html").toString();
    }

    private String rules(String name) {
        return fixtures.resolve("rules/" + name).toString();
    }

    @Test
    @DisplayName("lists each candidate boundary by number with the blocks around it and each placement's verdict")
    void textListsCandidatesWithVerdicts() {
        CliRun run = CliRun.run(dir, "explain", "--rules", rules("many-slots.yaml"), "--context", "device=mobile", article());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("harbour.html: 16 blocks, 430 words")
                .contains("device mobile")
                .contains("#2   line 3     after  paragraph    \"The city council voted on Tuesday to turn …\" (34 words)")
                .contains("before paragraph    \"The plan passed with a wide margin. Turnout …\" (32 words)")
                .contains("inline  SLOT inline-1: after paragraph 1")
                .contains("inline  no: density 31% > 30%")
                .containsPattern("slots:\\R  inline-1 at #2 \\(ad, no sizes, 250 px\\)");
    }

    @Test
    @DisplayName("a whole page whose header leaves a <font> open: names the content root found and why it is not used")
    void contentRootNotUsed() throws Exception {
        CliRun run = CliRun.run(dir, "explain", "--rules", rules("whole-page.yaml"), "--context", "device=mobile",
                fixtures.resolve("pages/font-left-open.html").toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("no slots: content root div.entry-content at chars")
                .contains("not used: a browser would not read its content as the article alone")
                .contains("so the whole page is passed through");

        JsonNode root = new ObjectMapper().readTree(CliRun.run(dir, "explain", "--rules", rules("whole-page.yaml"),
                "--format", "json", fixtures.resolve("pages/font-left-open.html").toString()).out());
        assertThat(root.path("contentRoot").path("found").asBoolean()).isTrue();
        assertThat(root.path("contentRoot").path("used").asBoolean()).isFalse();
        assertThat(root.path("slots")).isEmpty();
    }

    @Test
    @DisplayName("names the rule that rejected a candidate, and where a blocked candidate moved")
    void namesRejectingRule() {
        CliRun run = CliRun.run(dir, "explain", "--context", "device=desktop", article());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("device desktop")
                .doesNotContain("no --context device")
                .contains("before figure       \"An architect’s rendering of the park.\" (6 words)")
                .contains("inline  no: before a figure")
                .contains("inline  SLOT inline-2: after paragraph 6, moved down 1 (before a figure)")
                .contains("inline  no: too close to slot inline-2: 146 words < 150");
    }

    @Test
    @DisplayName("--format json gives the same plan as data: every slot has an accepted verdict at its boundary")
    void jsonIsConsistentWithSlots() throws Exception {
        CliRun run = CliRun.run(dir, "explain", "--rules", rules("many-slots.yaml"), "--format", "json", article());

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("device").asText()).isEqualTo("mobile");
        assertThat(root.path("blocks").asInt()).isEqualTo(16);
        assertThat(root.path("slots")).hasSize(3);
        Set<Integer> acceptedAt = new HashSet<>();
        for (JsonNode c : root.path("candidates")) {
            assertThat(c.path("before").isNull() && c.path("after").isNull()).isFalse();
            for (JsonNode v : c.path("verdicts")) {
                assertThat(v.path("reason").asText()).isNotBlank();
                if (v.path("accepted").asBoolean()) {
                    acceptedAt.add(c.path("boundary").asInt());
                }
            }
        }
        for (JsonNode slot : root.path("slots")) {
            assertThat(acceptedAt).contains(slot.path("boundary").asInt());
        }
        double density = root.path("density").asDouble();
        int page = root.path("estimatedPageHeight").asInt();
        int slots = root.path("estimatedSlotHeight").asInt();
        assertThat(density).isCloseTo((double) slots / (page + slots), org.assertj.core.data.Offset.offset(0.0001));
    }

    @Test
    @DisplayName("shows the chosen A/B variant of each slot and warns of an adslot:here naming an unknown placement")
    void variantsAndNamedPins() throws Exception {
        String html = Files.readString(fixtures.resolve("articles/harbour.html"))
                .replace("<h2>", "<!-- adslot:here newsletter -->\n<h2>")
                .replace("</figure>", "</figure>\n<!-- adslot:here newsleter -->");
        Files.writeString(dir.resolve("pinned.html"), html);
        String pinned = "pinned.html";
        CliRun text = CliRun.run(dir, "explain", "--rules", rules("serving.yaml"), "--context", "bucket=reader-1", pinned);
        CliRun json = CliRun.run(dir, "explain", "--rules", rules("serving.yaml"), "--context", "bucket=reader-1",
                "--format", "json", pinned);

        assertThat(text.code()).as(text.err()).isZero();
        JsonNode plan = new ObjectMapper().readTree(json.out());
        JsonNode inline = plan.get("slots").get(0);
        String variant = inline.get("variant").asText();
        assertThat(variant).isIn("control", "dense");
        assertThat(text.out()).contains("inline-1 at #").contains(", variant " + variant + ")");
        assertThat(plan.findValuesAsText("slotId")).contains("newsletter-1");
        String warning = "adslot:here names placement \"newsleter\", which these rules do not have (placements: inline, newsletter)";
        assertThat(plan.get("warnings")).singleElement().satisfies(w -> assertThat(w.asText()).endsWith(warning));
        assertThat(text.out()).containsPattern("(?m)^warning: at #\\d+: " + Pattern.quote(warning) + "$");
    }

    @Test
    @DisplayName("--all also lists the boundaries no placement considered")
    void allListsEveryBoundary() {
        CliRun run = CliRun.run(dir, "explain", "--rules", rules("one-slot.yaml"), "--all", article());

        assertThat(run.code()).isZero();
        long numbered = run.out().lines().filter(l -> l.matches("#\\d+ +line.*")).count();
        assertThat(numbered).isEqualTo(17);
        assertThat(run.out()).contains("not a candidate of any placement").contains("(start of article)")
                .contains("(end of article)");
    }

    @Test
    @DisplayName("an article switched off by its editor says so instead of listing candidates")
    void switchedOff() throws Exception {
        String html = Files.readString(fixtures.resolve("articles/harbour.html")).replace("<article>", "<article><!-- adslot:off -->");
        Files.writeString(dir.resolve("off.html"), html);
        CliRun run = CliRun.run(dir, "explain", "off.html");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("no slots: the article carries an <!-- adslot:off --> marker").doesNotContain("#");
    }

    @Test
    @DisplayName("strips terminal escape sequences and other control characters from article text shown in text mode")
    void stripsControlCharacters() throws Exception {
        String html = Files.readString(fixtures.resolve("articles/harbour.html"))
                .replace("The city council voted", "The \u001b]0;pwned\u0007city \u001b[2Jcouncil&#x1b;[31m \u202evoted");
        Files.writeString(dir.resolve("escapes.html"), html);
        CliRun run = CliRun.run(dir, "explain", "--rules", rules("many-slots.yaml"), "--context", "device=mobile", "escapes.html");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e")
                .contains("\"The ]0;pwnedcity [2Jcouncil[31m voted on Tuesday");
    }

    @Test
    @DisplayName("reads the article from standard input with -")
    void readsStdin() throws Exception {
        byte[] html = Files.readAllBytes(fixtures.resolve("articles/harbour.html"));
        CliRun run = CliRun.run(dir, html, "explain", "--rules", rules("one-slot.yaml"), "-");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("<stdin>: 16 blocks");
    }

    @Test
    @DisplayName("uses the bundled default rules without --rules")
    void bundledDefaults() {
        CliRun run = CliRun.run(dir, "explain", article());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("rules bundled default.yaml").contains("SLOT inline-1");
    }

    @Test
    @DisplayName("a missing article, a non-UTF-8 one and a binary one each fail with one line on stderr and exit 1")
    void badArticles() throws Exception {
        Files.write(dir.resolve("latin1.html"), "<p>Caf\u00e9 cr\u00e8me</p>".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        CliRun missing = CliRun.run(dir, "explain", "nope.html");
        CliRun latin1 = CliRun.run(dir, "explain", "latin1.html");
        CliRun binary = CliRun.run(dir, "explain", "image.html");

        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.errLines()).containsExactly("nope.html: no such file");
        assertThat(latin1.code()).isEqualTo(1);
        assertThat(latin1.errLines()).containsExactly(
                "latin1.html: not valid UTF-8 (malformed byte sequence at offset 6); convert it to UTF-8 first");
        assertThat(binary.code()).isEqualTo(1);
        assertThat(binary.errLines()).singleElement().asString().startsWith("image.html: binary file");
        assertThat(missing.out() + latin1.out() + binary.out()).isEmpty();
    }

    @Test
    @DisplayName("an article over --max-bytes is refused with a hint")
    void tooLarge() {
        CliRun run = CliRun.run(dir, "explain", "--max-bytes", "1k", article());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().endsWith("too large: 2.7 KB > 1.0 KB (raise --max-bytes to read it)");
    }

    @Test
    @DisplayName("rule files with errors are reported as file:line:col and exit 1")
    void badRules() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "version: 1\nplacements:\n  - id: x\n    max_slot: 2\n");
        CliRun run = CliRun.run(dir, "explain", "--rules", "bad.yaml", article());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("bad.yaml:4:5:").contains("max_slot");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @DisplayName("usage errors exit 2: no article, two articles, an unknown format or option, a bad --context")
    void usageErrors() {
        assertThat(CliRun.run(dir, "explain").code()).isEqualTo(2);
        assertThat(CliRun.run(dir, "explain", article(), article()).code()).isEqualTo(2);
        assertThat(CliRun.run(dir, "explain", "--format", "xml", article()).err()).contains("--format must be one of text, json");
        assertThat(CliRun.run(dir, "explain", "--verbose", article()).code()).isEqualTo(2);
        CliRun context = CliRun.run(dir, "explain", "--context", "mobile", article());
        assertThat(context.code()).isEqualTo(2);
        assertThat(context.err()).contains("--context takes key=value, got \"mobile\"");
    }

    @Test
    @DisplayName("explains real articles from the shared corpus, in JSON that parses, on every device")
    void corpusArticles() throws Exception {
        Path corpus = CliRun.corpus();
        assumeTrue(corpus != null, "../shared/corpus is absent: corpus explain test skipped");
        List<Path> articles;
        try (Stream<Path> files = Files.list(corpus.resolve("trafilatura-raw"))) {
            articles = files.filter(ArticleFiles::isHtml).sorted().limit(8).toList();
        }
        assertThat(articles).isNotEmpty();
        for (Path a : articles) {
            for (String device : ContextArguments.DEVICES) {
                CliRun run = CliRun.run(dir, "explain", "--format", "json", "--context", "device=" + device, a.toString());
                assertThat(run.code()).as(a + " " + run.err()).isZero();
                JsonNode root = new ObjectMapper().readTree(run.out());
                assertThat(root.path("device").asText()).isEqualTo(device);
                assertThat(root.path("density").asDouble()).isBetween(0.0, root.path("maxDensity").asDouble());
            }
        }
    }

    @Test
    @DisplayName("a context value unsafe in the ad unit path drops the slots, and explain says why at each candidate")
    void unsafeAdUnitValue() {
        CliRun run = CliRun.run(fixtures, "explain", "--context", "section=news/../../evil?x=1#", article());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("0 slots;").contains("inline  no: ad unit path /adslot/{section}/inarticle:"
                + " context value section=\"news/../../evil?x=1#\" has characters outside a-z 0-9 _ - . (or is only"
                + " dots), so it could change the ad unit; no slot");
    }
}
