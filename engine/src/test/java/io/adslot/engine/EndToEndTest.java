package io.adslot.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.adslot.ArticleCorpus;
import io.adslot.article.BlockScanner;
import io.adslot.article.ScannedArticle;
import io.adslot.rules.RuleLoader;
import io.adslot.rules.RuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("End to end through the public API with real rule files, templates and articles")
class EndToEndTest {

    static final PageContext MOBILE_NEWS = PageContext.builder().device("mobile").section("news").build();

    static Path testResource(String name) {
        try {
            return Path.of(EndToEndTest.class.getResource("/engine/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    static List<Path> corpus() {
        return ArticleCorpus.bodyFiles();
    }

    @Test
    @DisplayName("every corpus article: slots at block boundaries, insertions reproduce the output, streaming and cache hits agree")
    void corpusWithDefaultRules() throws IOException {
        List<Path> files = corpus();
        AdSlotEngine engine = AdSlotEngine.builder().build();
        RuleSet rules = RuleLoader.loadResource("adslot/rules/default.yaml", Set.of("scroll-to-continue", "amp", "native")).ruleSet();
        BlockScanner scanner = new BlockScanner(rules.scan());
        int withSlots = 0;
        for (Path file : files) {
            String body = Files.readString(file, StandardCharsets.UTF_8);
            Article article = Article.of(file.getFileName().toString(), body);

            RenderResult result = engine.render(article, MOBILE_NEWS);
            StringBuilder streamed = new StringBuilder();
            engine.render(article, MOBILE_NEWS, streamed);
            RenderResult cached = engine.render(article, MOBILE_NEWS);

            assertThat(result.degraded()).as(file.toString()).isFalse();
            Outputs.assertInsertionsReproduce(body, result);
            assertThat(streamed.toString()).as(file.toString()).isEqualTo(result.html());
            assertThat(cached.html()).as(file.toString()).isEqualTo(result.html());
            ScannedArticle scanned = scanner.scan(body);
            Set<Integer> boundaries = new HashSet<>();
            for (int i = 0; i < scanned.boundaryCount(); i++) {
                boundaries.add(scanned.boundaryOffset(i));
            }
            Set<String> slotIds = new HashSet<>();
            for (Insertion insertion : result.insertions()) {
                assertThat(boundaries).as(file + " slot " + insertion.slotId()).contains(insertion.offset());
                assertThat(slotIds.add(insertion.slotId())).as("slot ids unique in " + file).isTrue();
            }
            withSlots += result.insertions().isEmpty() ? 0 : 1;
        }
        assertThat(withSlots).as("articles that got slots").isGreaterThan(files.size() / 2);
        // At least the two repeat renders of each article hit; the corpus holds some bodies twice, which hit too.
        assertThat(engine.cacheStats().hitCount()).isGreaterThanOrEqualTo(2L * files.size());
    }

    @Test
    @DisplayName("a publisher's rule file with its own template beside it: ads and a newsletter sign-up")
    void publisherRulesWithTemplatesBeside() {
        AdSlotEngine engine = AdSlotEngine.builder().rules(testResource("site/site.yaml")).build();
        String body = AdSlotEngineTest.ARTICLE;
        PageContext page = PageContext.builder().device("mobile").section("news").custom("brand", "Acme").build();

        RenderResult result = engine.render(Article.of("a1", "r1", body), page);
        PlanResult plan = engine.plan(Article.of("a1", "r1", body), page);

        assertThat(result.degraded()).isFalse();
        assertThat(result.insertions()).extracting(Insertion::placementId).contains("inline", "newsletter");
        assertThat(plan.slots()).filteredOn(s -> s.placementId().equals("inline"))
                .allSatisfy(s -> {
                    assertThat(s.adUnit()).isEqualTo("/99/acme/news");
                    assertThat(s.sizes()).containsExactly("300x250");
                    assertThat(s.reservedHeight()).isEqualTo(260);
                });
        assertThat(result.html()).contains("<section class=\"newsletter\" data-adslot-id=\"newsletter-1\" data-brand=\"acme\">")
                .contains("style=\"min-height:260px\"");
        Outputs.assertInsertionsReproduce(body, result);

        RenderResult subscriber = engine.render(Article.of("a1", "r1", body),
                PageContext.builder().device("mobile").section("news").custom("brand", "acme").subscriber(true).build());
        assertThat(subscriber.insertions()).extracting(Insertion::placementId).doesNotContain("newsletter");
    }

    @Test
    @DisplayName("the bundled AMP rules render amp-ad elements on AMP pages only")
    void ampRules() {
        AdSlotEngine engine = AdSlotEngine.builder().rulesResource("adslot/rules/amp.yaml").build();
        String body = AdSlotEngineTest.ARTICLE.repeat(3);

        RenderResult amp = engine.render(Article.of("a1", body),
                PageContext.builder().device("mobile").section("news").amp(true).build());
        RenderResult web = engine.render(Article.of("a1", body),
                PageContext.builder().device("mobile").section("news").amp(false).build());

        assertThat(amp.insertions()).isNotEmpty().allSatisfy(i -> assertThat(i.html())
                .startsWith("<amp-ad width=\"300\" height=\"250\" type=\"doubleclick\" data-slot=\"/adslot/news/amp\""));
        assertThat(web.insertions()).isEmpty();
        assertThat(web.html()).isSameAs(body);
    }

    @Test
    @DisplayName("invalid rules fail build() with every problem as file:line:col")
    void invalidRulesFailBuild() {
        Path broken = testResource("broken.yaml");

        assertThatThrownBy(() -> AdSlotEngine.builder().rules(broken).build())
                .isInstanceOfSatisfying(InvalidRulesException.class, e -> {
                    assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(2).allMatch(InvalidRulesException.Problem::error);
                    assertThat(e.problems()).extracting(InvalidRulesException.Problem::line).contains(4, 5);
                    assertThat(e.getMessage()).contains(broken + ":4:");
                });
    }

    @Test
    @DisplayName("a watched YAML rule file: a valid edit is swapped in, a broken edit keeps the last good rules")
    void hotReloadOfYaml(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("site.yaml");
        Files.copy(testResource("site/site.yaml"), rules);
        Files.createDirectory(dir.resolve("templates"));
        Files.copy(testResource("site/templates/newsletter.mustache"), dir.resolve("templates/newsletter.mustache"));
        PageContext page = PageContext.builder().device("mobile").section("news").custom("brand", "acme").build();
        try (AdSlotEngine engine = AdSlotEngine.builder().rules(rules).watch(true).build()) {
            String first = engine.rulesVersion();
            assertThat(engine.render(Article.of("a", AdSlotEngineTest.ARTICLE), page).html()).contains("Get the morning briefing");

            Files.writeString(rules, Files.readString(rules).replace("Get the morning briefing", "Get the evening briefing"));
            HotReloadTest.await(() -> !engine.rulesVersion().equals(first), "the edited rules serve");
            assertThat(engine.render(Article.of("a", AdSlotEngineTest.ARTICLE), page).html()).contains("Get the evening briefing");

            String second = engine.rulesVersion();
            Files.writeString(rules, "version: 1\nplacements: [ { id: Bad Id } ]\n");
            HotReloadTest.await(() -> engine.rejectedChanges() > 0, "the watcher has rejected the broken file");
            assertThat(engine.rulesVersion()).isEqualTo(second);
            assertThat(engine.render(Article.of("a", AdSlotEngineTest.ARTICLE), page).html()).contains("Get the evening briefing");
        }
    }

    @Test
    @DisplayName("rules that read article_id get the article's id when the page does not give one")
    void articleIdFromArticle() {
        AdSlotEngine engine = AdSlotEngine.builder().rules(testResource("article-id.yaml")).build();
        String body = AdSlotEngineTest.ARTICLE;

        assertThat(engine.render(Article.of("a1", body), MOBILE_NEWS).insertions()).hasSize(1);
        assertThat(engine.render(Article.of("a2", body), MOBILE_NEWS).insertions()).isEmpty();
        assertThat(engine.render(Article.of("a2", body),
                PageContext.builder().device("mobile").custom("article_id", "a1").build()).insertions()).hasSize(1);
    }
}
