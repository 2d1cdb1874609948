package io.adslot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.PageContext;
import io.adslot.engine.RenderResult;

/**
 * The promises of one render, checked from the outside: nothing lost, every slot at a safe gap,
 * no internal failure, the streamed output equal to the returned one, and the same answer twice.
 */
final class RenderInvariants {

    private RenderInvariants() {
    }

    /** Renders {@code html} with the engine and checks every promise; returns the result. */
    static RenderResult check(AdSlotEngine engine, String html, PageContext page) {
        Article article = Article.of("article", html);
        RenderResult result = engine.render(article, page);
        assertThat(result.degraded()).as("degraded: %s", result.failureReason()).isFalse();
        assertThat(PreservationCheck.violation(html, result.html(), Engines.splices(result)))
                .as("output minus slots equals the input").isEmpty();
        assertThat(BoundaryOracle.violations(html, Engines.offsets(result))).as("slots at safe gaps").isEmpty();

        StringBuilder streamed = new StringBuilder();
        io.adslot.engine.StreamedResult streamedResult = engine.render(article, page, streamed);
        assertThat(streamed.toString()).as("streamed output").isEqualTo(result.html());
        assertThat(streamedResult.insertions()).isEqualTo(result.insertions());

        // engines from Engines have no decision cache: this recomputes scan, plan and templates
        RenderResult again = engine.render(Article.of("article", new String(html.toCharArray())), page);
        assertThat(again.html()).as("deterministic").isEqualTo(result.html());
        assertThat(again.insertions()).as("deterministic").isEqualTo(result.insertions());
        return result;
    }
}
