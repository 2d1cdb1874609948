package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("adslot preview")
class PreviewCommandTest {

    private static final Pattern MARKER = Pattern.compile("<div class=\"as-b as-(?:used|unused)\" data-boundary=\"\\d+\"><a [^>]*>[^<]*</a></div>");
    private static final Pattern SLOT = Pattern.compile("<div class=\"as-slot\" data-slot=\"[^\"]*\" style=\"height:\\d+px\">.*?</div>");

    @TempDir
    Path dir;

    private final Path fixtures = CliRun.fixtures();

    private String article(String name) {
        return fixtures.resolve("articles/" + name).toString();
    }

    @Test
    @DisplayName("writes one page with a section per device and says what it wrote")
    void writesPage() throws Exception {
        CliRun run = CliRun.run(dir, "preview", "--rules", fixtures.resolve("rules/many-slots.yaml").toString(),
                "-o", "out/preview.html", article("harbour.html"));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo(
                "wrote out/preview.html: mobile 3 slots (25.1%), tablet 3 slots (27.5%), desktop 3 slots (26.2%)");
        Document page = Jsoup.parse(dir.resolve("out/preview.html").toFile());
        assertThat(page.select("section.as-device")).extracting(e -> e.attr("data-device"))
                .containsExactly("mobile", "tablet", "desktop");
        assertThat(page.select(".as-meter")).hasSize(3);
        assertThat(page.select(".as-meter[data-device=mobile] .as-meter-text").text())
                .startsWith("3 slots · estimated 25.1% · measured … · budget 30.0%");
    }

    @Test
    @DisplayName("is self-contained: a policy that forbids the network, one inline script, no external files")
    void selfContained() throws Exception {
        CliRun.run(dir, "preview", "-o", "p.html", article("messy.html"));
        String html = Files.readString(dir.resolve("p.html"));
        Document page = Jsoup.parse(html);

        Element csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertThat(csp).isNotNull();
        assertThat(csp.attr("content")).startsWith("default-src 'none';").contains("script-src 'nonce-");
        List<Element> scripts = page.select("body > script");
        assertThat(scripts).singleElement().satisfies(s -> {
            assertThat(s.hasAttr("src")).isFalse();
            assertThat(csp.attr("content")).contains("'nonce-" + s.attr("nonce") + "'");
        });
        assertThat(page.select("link, script[src], iframe[src^=http], base")).isEmpty();
    }

    @Test
    @DisplayName("marks every candidate boundary and every slot that explain lists, per device")
    void marksEveryCandidate() throws Exception {
        String rules = fixtures.resolve("rules/many-slots.yaml").toString();
        CliRun.run(dir, "preview", "--rules", rules, "-o", "p.html", article("harbour.html"));
        String html = Files.readString(dir.resolve("p.html"));
        List<String> articles = articleCopies(html);
        assertThat(articles).hasSize(3);
        for (int d = 0; d < 3; d++) {
            String device = ContextArguments.DEVICES.get(d);
            JsonNode explain = new ObjectMapper().readTree(CliRun.run(dir, "explain", "--rules", rules, "--format", "json",
                    "--context", "device=" + device, article("harbour.html")).out());
            assertThat(count(MARKER, articles.get(d))).as(device).isEqualTo(explain.path("candidates").size());
            assertThat(count(SLOT, articles.get(d))).as(device).isEqualTo(explain.path("slots").size());
            for (JsonNode slot : explain.path("slots")) {
                assertThat(articles.get(d)).contains("data-slot=\"" + slot.path("slotId").asText() + "\" style=\"height:"
                        + slot.path("height").asInt() + "px\"");
            }
        }
    }

    @Test
    @DisplayName("contains each article copy in a sandboxed frame, whatever end tags the article holds")
    void articleIsSandboxed() throws Exception {
        Path hostile = Files.writeString(dir.resolve("hostile.html"), Files.readString(fixtures.resolve("articles/harbour.html"))
                + "</template></iframe></div><form action=\"http://example.invalid/steal\"><input name=q></form>"
                + "<div style=\"position:fixed;inset:0\">overlay</div>");
        CliRun run = CliRun.run(dir, "preview", "-o", "p.html", hostile.toString());
        assertThat(run.code()).as(run.err()).isZero();

        org.jsoup.nodes.Document page = Jsoup.parse(dir.resolve("p.html").toFile());
        assertThat(page.select("form, template, [style*=position:fixed]")).isEmpty();
        assertThat(page.select("iframe.as-frame")).hasSize(3).allSatisfy(frame -> {
            assertThat(frame.attr("sandbox")).isEqualTo("allow-same-origin");
            assertThat(frame.hasAttr("src")).isFalse();
            assertThat(frame.attr("srcdoc")).contains("<form action=\"http://example.invalid/steal\">")
                    .contains("content=\"default-src 'none';");
        });
    }

    @Test
    @DisplayName("shows the article byte for byte: each copy minus the markers and slots is the source")
    void articleUnchanged() throws Exception {
        for (String name : List.of("harbour.html", "messy.html")) {
            CliRun.run(dir, "preview", "-o", "p.html", article(name));
            String source = Files.readString(fixtures.resolve("articles/" + name));
            for (String copy : articleCopies(Files.readString(dir.resolve("p.html")))) {
                assertThat(SLOT.matcher(MARKER.matcher(copy).replaceAll("")).replaceAll("")).isEqualTo(source);
            }
        }
    }

    @Test
    @DisplayName("--context device=... previews that device only")
    void oneDevice() throws Exception {
        CliRun run = CliRun.run(dir, "preview", "--context", "device=desktop", "-o", "p.html", article("harbour.html"));

        assertThat(run.out()).startsWith("wrote p.html: desktop ");
        assertThat(Jsoup.parse(dir.resolve("p.html").toFile()).select("section.as-device")).singleElement()
                .satisfies(s -> assertThat(s.id()).isEqualTo("desktop"));
    }

    @Test
    @DisplayName("no -o is a usage error; an unreadable article exits 1 and writes nothing")
    void badInput() {
        assertThat(CliRun.run(dir, "preview", article("harbour.html")).code()).isEqualTo(2);
        CliRun missing = CliRun.run(dir, "preview", "-o", "p.html", "gone.html");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.errLines()).containsExactly("gone.html: no such file");
        assertThat(dir.resolve("p.html")).doesNotExist();
    }

    /** The article copies, as the frames' documents hold them (the srcdoc attributes, unescaped). */
    private static List<String> articleCopies(String html) {
        List<String> copies = new ArrayList<>();
        for (org.jsoup.nodes.Element frame : Jsoup.parse(html).select("iframe.as-frame")) {
            String doc = frame.attr("srcdoc");
            int start = doc.indexOf(PreviewPage.FRAME_ARTICLE_START) + PreviewPage.FRAME_ARTICLE_START.length();
            assertThat(doc).endsWith(PreviewPage.FRAME_ARTICLE_END);
            copies.add(doc.substring(start, doc.length() - PreviewPage.FRAME_ARTICLE_END.length()));
        }
        return copies;
    }

    private static int count(Pattern p, String text) {
        int n = 0;
        Matcher m = p.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
