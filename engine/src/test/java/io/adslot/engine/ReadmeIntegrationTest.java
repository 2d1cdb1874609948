package io.adslot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;
import io.adslot.inject.AdSlotModule;
import io.adslot.inject.CacheConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs the integration code shown to hosts, and checks that the documentation shows exactly this code:
 * each method below holds one documented block between its {@code // readme:} markers.
 */
@DisplayName("The five-line integrations in the documentation compile and run")
class ReadmeIntegrationTest {

    static final String bodyHtml = sample();

    @Test
    @DisplayName("the builder integration renders slots into the sample article")
    void builder() {
        // readme:builder
        AdSlotEngine engine = AdSlotEngine.builder().rulesResource("adslot/rules/default.yaml").build();
        Article article = Article.of("article-42", "rev-7", bodyHtml);
        PageContext page = PageContext.builder().device("mobile").section("news").build();
        RenderResult result = engine.render(article, page);
        String html = result.html();
        // readme:end

        assertThat(result.degraded()).isFalse();
        assertThat(result.insertions()).isNotEmpty();
        assertThat(html).contains("/adslot/news/inarticle");
        Outputs.assertInsertionsReproduce(bodyHtml, result);
    }

    @Test
    @DisplayName("the Guice integration renders the same slots")
    void guice() {
        // readme:guice
        Injector injector = Guice.createInjector(Modules.override(new AdSlotModule())
                .with(binder -> binder.bind(CacheConfig.class).toInstance(CacheConfig.maximumWeight(64L << 20))));
        AdSlotEngine engine = injector.getInstance(AdSlotEngine.class);
        PageContext page = PageContext.builder().device("mobile").section("news").build();
        String html = engine.render(Article.of("article-42", "rev-7", bodyHtml), page).html();
        // readme:end

        assertThat(injector.getInstance(AdSlotEngine.class)).isSameAs(engine);
        assertThat(html).isEqualTo(AdSlotEngine.builder().build()
                .render(Article.of("article-42", "rev-7", bodyHtml), page).html());
        assertThat(html).contains("data-adslot-id=\"inline-1\"");
    }

    @Test
    @DisplayName("the documentation shows exactly the code of these tests")
    void documentationShowsThisCode() throws IOException {
        String doc = documentation();
        String source = Files.readString(Path.of(System.getProperty("adslot.projectRoot"),
                "engine/src/test/java/io/adslot/engine/ReadmeIntegrationTest.java"));

        assertThat(documentedBlocks(doc, "adslot:readme-builder")).allSatisfy(block ->
                assertThat(block).isEqualTo(markedCode(source, "builder")));
        assertThat(documentedBlocks(doc, "adslot:readme-guice")).allSatisfy(block ->
                assertThat(block).isEqualTo(markedCode(source, "guice")));
    }

    @Test
    @DisplayName("the README starts a user with the two set-up commands and a dependency snippet of the current version")
    void readmeSetUp() throws IOException {
        Path root = Path.of(System.getProperty("adslot.projectRoot"));
        String readme = Files.readString(root.resolve("README.md"));
        String pom = Files.readString(root.resolve("pom.xml"));
        String version = pom.substring(pom.indexOf("<version>", pom.indexOf("<artifactId>adslot-parent</artifactId>")))
                .replaceFirst("(?s)<version>([^<]+)</version>.*", "$1");

        assertThat(readme).contains("\n```\n./adslot demo\nmvn -B verify\n```\n");
        assertThat(Files.readString(root.resolve(".ci/run"))).contains("\nmvn -B verify\n");
        assertThat(readme).contains("<artifactId>adslot-engine</artifactId>\n  <version>" + version + "</version>")
                .contains("Version " + version + ",").contains("mvn -B install -DskipTests");
    }

    /** The README and the integration guide, where the Guice block lives. */
    private static String documentation() throws IOException {
        Path root = Path.of(System.getProperty("adslot.projectRoot"));
        return Files.readString(root.resolve("README.md")) + Files.readString(root.resolve("docs/integration.md"));
    }

    /** Every block of the documentation marked {@code marker} (the README and the guide may both show one). */
    private static List<List<String>> documentedBlocks(String doc, String marker) {
        List<List<String>> blocks = new ArrayList<>();
        for (int at = doc.indexOf(marker); at >= 0; at = doc.indexOf(marker, at + 1)) {
            int open = doc.indexOf("```java\n", at) + "```java\n".length();
            int close = doc.indexOf("```", open);
            blocks.add(lines(doc.substring(open, close)));
        }
        assertThat(blocks).as("documentation has a block marked " + marker).isNotEmpty();
        return blocks;
    }

    private static List<String> markedCode(String source, String name) {
        int open = source.indexOf("// readme:" + name + "\n");
        open = source.indexOf('\n', open) + 1;
        int close = source.indexOf("// readme:end", open);
        return lines(source.substring(open, close));
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        String[] raw = text.split("\n");
        int indent = Integer.MAX_VALUE;
        for (String line : raw) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        for (String line : raw) {
            if (!line.isBlank()) {
                out.add(line.substring(indent).stripTrailing());
            }
        }
        return out;
    }

    private static String sample() {
        try (InputStream in = ReadmeIntegrationTest.class.getResourceAsStream("/adslot/samples/article.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
