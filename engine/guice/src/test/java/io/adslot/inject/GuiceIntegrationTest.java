package io.adslot.inject;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;
import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.PageContext;
import io.adslot.testing.DocumentedCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs the Guice integration shown to hosts in {@code docs/integration.md}, and checks that the guide shows
 * exactly this code (between the {@code // readme:} markers).
 */
@DisplayName("The Guice integration in the documentation compiles and runs")
class GuiceIntegrationTest {

    static final String bodyHtml = DocumentedCode.sampleArticle();

    @Test
    @DisplayName("the Guice integration renders the same slots as the builder")
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
    @DisplayName("the integration guide shows exactly the code of this test")
    void documentationShowsThisCode() {
        String source = DocumentedCode.read("engine/guice/src/test/java/io/adslot/inject/GuiceIntegrationTest.java");

        DocumentedCode.assertShows(DocumentedCode.read("README.md", "docs/integration.md"), "adslot:readme-guice",
                source, "guice");
    }
}
