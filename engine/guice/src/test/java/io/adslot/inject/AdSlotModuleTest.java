package io.adslot.inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import com.google.inject.util.Modules;
import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.InvalidRulesException;
import io.adslot.engine.PageContext;
import io.adslot.engine.ReloadListener;
import io.adslot.engine.ReloadOutcome;
import io.adslot.engine.RenderResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("AdSlotModule binds one engine whose parts a host overrides with Modules.override")
class AdSlotModuleTest {

    static final PageContext PAGE = PageContext.builder().device("mobile").section("news").build();

    static String resource(String name) {
        try (InputStream in = AdSlotModuleTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static final String ARTICLE = resource("/adslot/samples/article.html");

    @Test
    @DisplayName("the engine is a singleton serving the bundled default rules")
    void singletonWithDefaults() {
        Injector injector = Guice.createInjector(new AdSlotModule());

        AdSlotEngine engine = injector.getInstance(AdSlotEngine.class);

        assertThat(injector.getInstance(AdSlotEngine.class)).isSameAs(engine);
        assertThat(engine.render(Article.of("a", ARTICLE), PAGE).insertions()).isNotEmpty();
    }

    @Test
    @DisplayName("overriding the templates location renders the host's templates")
    void overrideTemplates(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("scroll-to-continue.mustache"), "<div class=\"host-slot\" data-id=\"{{slotId}}\"></div>");
        Injector injector = Guice.createInjector(Modules.override(new AdSlotModule()).with(new AbstractModule() {
            @Override
            protected void configure() {
                bind(TemplatesLocation.class).toInstance(TemplatesLocation.directory(dir));
            }
        }));

        RenderResult result = injector.getInstance(AdSlotEngine.class).render(Article.of("a", ARTICLE), PAGE);

        assertThat(result.insertions()).isNotEmpty()
                .allSatisfy(i -> assertThat(i.html()).startsWith("<div class=\"host-slot\" data-id=\""));
    }

    @Test
    @DisplayName("overriding the cache settings switches the cache off")
    void overrideCache() {
        Injector injector = Guice.createInjector(Modules.override(new AdSlotModule())
                .with(binder -> binder.bind(CacheConfig.class).toInstance(CacheConfig.disabled())));
        AdSlotEngine engine = injector.getInstance(AdSlotEngine.class);

        engine.render(Article.of("a", "1", ARTICLE), PAGE);
        engine.render(Article.of("a", "1", ARTICLE), PAGE);

        assertThat(engine.cacheStats().enabled()).isFalse();
        assertThat(engine.cacheStats().hitCount()).isZero();
    }

    @Test
    @DisplayName("invalid rules fail provisioning with the rule problems as the cause")
    void invalidRules(@TempDir Path dir) throws IOException {
        Path rules = Files.writeString(dir.resolve("broken.yaml"), "version: 1\nplacements:\n  - id: inline\n    candidates: { every: 0 }\n");
        Injector injector = Guice.createInjector(new AdSlotModule(rules));

        assertThatThrownBy(() -> injector.getInstance(AdSlotEngine.class))
                .isInstanceOf(ProvisionException.class)
                .cause().isInstanceOfSatisfying(InvalidRulesException.class, e -> {
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(e.problems().get(0).format()).startsWith(rules.toString() + ":4:");
                });
    }

    @Test
    @DisplayName("a bound reload listener hears a rejected reload, and the engine's status shows it")
    void reloadListenerBinding(@TempDir Path dir) throws IOException {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), "version: 1\nmax_slots_per_page: 3\n");
        List<ReloadOutcome> outcomes = new java.util.ArrayList<>();
        Injector injector = Guice.createInjector(Modules.override(new AdSlotModule(rules))
                .with(binder -> binder.bind(ReloadListener.class).toInstance(outcomes::add)));
        AdSlotEngine engine = injector.getInstance(AdSlotEngine.class);

        Files.writeString(rules, "version: 1\nmax_slots_per_page: -3\n");
        assertThatThrownBy(engine::reload).isInstanceOf(InvalidRulesException.class);

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.accepted()).isFalse();
            assertThat(o.problems()).isNotEmpty();
        });
        assertThat(engine.status().lastRejection()).contains(outcomes.get(0));
    }

    @Test
    @DisplayName("the standard context extractor reads attributes of the same names as context keys")
    void standardExtractor() {
        ContextExtractor extractor = Guice.createInjector(new AdSlotModule()).getInstance(ContextExtractor.class);

        PageContext page = extractor.extract(Map.of("Device", List.of("Mobile"), "section", List.of("news"),
                "tags", List.of("a", "b")));

        assertThat(page).isEqualTo(PageContext.builder().device("mobile").section("news").tags("a", "b").build());
    }

    @Test
    @DisplayName("a rules location is either a file or a resource, and only a file can be watched")
    void rulesLocation() {
        assertThat(RulesLocation.bundledDefault().resource()).isEqualTo("adslot/rules/default.yaml");
        assertThatThrownBy(() -> new RulesLocation(null, "x.yaml", true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RulesLocation(Path.of("a"), "x.yaml", false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a watched rule file bound through the module is reloaded when it changes")
    void watchedRulesFile(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("site.yaml"),
                "version: 1\nplacements:\n  - id: first\n    candidates: { every: 2 }\n");
        AdSlotEngine engine = Guice.createInjector(new AdSlotModule(RulesLocation.watchedFile(rules)))
                .getInstance(AdSlotEngine.class);
        try (engine) {
            String version = engine.rulesVersion();

            Files.writeString(rules, "version: 1\nplacements:\n  - id: second\n    candidates: { every: 2 }\n");
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (engine.rulesVersion().equals(version) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            assertThat(engine.rulesVersion()).isNotEqualTo(version);
            assertThat(engine.render(Article.of("a", ARTICLE), PAGE).insertions())
                    .isNotEmpty().allSatisfy(i -> assertThat(i.placementId()).isEqualTo("second"));
        }
    }
}
