package io.adslot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.testing.DocumentedCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the integration code shown to hosts, and checks that the documentation shows exactly this code:
 * each method below holds one documented block between its {@code // readme:} markers (the Guice one is
 * adslot-guice's {@code GuiceIntegrationTest}).
 */
@DisplayName("The five-line integrations in the documentation compile and run")
class ReadmeIntegrationTest {

    static final String bodyHtml = DocumentedCode.sampleArticle();

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
    @DisplayName("the documentation shows exactly the code of these tests")
    void documentationShowsThisCode() {
        String source = DocumentedCode.read("engine/src/test/java/io/adslot/engine/ReadmeIntegrationTest.java");

        DocumentedCode.assertShows(DocumentedCode.read("README.md", "docs/integration.md"), "adslot:readme-builder",
                source, "builder");
    }

    @Test
    @DisplayName("the README starts a user with the two set-up commands and a dependency snippet of the current version")
    void readmeSetUp() throws IOException {
        Path root = Path.of(System.getProperty("adslot.projectRoot"));
        String readme = Files.readString(root.resolve("README.md"));
        String version = projectVersion(root);

        assertThat(readme).contains("\n```\n./adslot demo\nmvn -B verify\n```\n");
        assertThat(Files.readString(root.resolve(".ci/run"))).contains("\nmvn -B verify\n");
        assertThat(readme).contains("<artifactId>adslot-engine</artifactId>\n  <version>" + version + "</version>")
                .contains("Version " + version + ",").contains("mvn -B install -DskipTests");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"adslot-engine, engine/pom.xml", "adslot-guice, engine/guice/pom.xml", "adslot-cli, engine/cli/pom.xml"})
    @DisplayName("the integration guide's dependency snippets name the built artifacts at the current version")
    void integrationGuideSnippets(String artifact, String modulePom) throws IOException {
        Path root = Path.of(System.getProperty("adslot.projectRoot"));
        String version = projectVersion(root);

        assertThat(Files.readString(root.resolve(modulePom))).contains("<artifactId>" + artifact + "</artifactId>");
        assertThat(Files.readString(root.resolve("docs/integration.md")))
                .contains("<artifactId>" + artifact + "</artifactId>\n  <version>" + version + "</version>")
                .contains("mvn -B install -DskipTests");
    }

    /** The version of the parent pom, which every artifact shares. */
    private static String projectVersion(Path root) throws IOException {
        String pom = Files.readString(root.resolve("pom.xml"));
        return pom.substring(pom.indexOf("<version>", pom.indexOf("<artifactId>adslot-parent</artifactId>")))
                .replaceFirst("(?s)<version>([^<]+)</version>.*", "$1");
    }
}
