package io.adslot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.PageContext;
import io.adslot.engine.RenderResult;
import java.util.List;

/**
 * The promises of one render, checked from the outside: nothing lost, every slot at a safe gap (by jsoup's
 * {@link BoundaryOracle} and the spec parser's {@link SpecTreeJudge}),
 * no internal failure, the streamed output equal to the returned one, and the same answer twice.
 */
final class RenderInvariants {

    private RenderInvariants() {
    }

    /**
     * Renders {@code html} with the engine and checks every promise, by the spec parser's judge as far as
     * {@link SpecTreeJudge#enforced} goes today; returns the result.
     */
    static RenderResult check(AdSlotEngine engine, String html, PageContext page) {
        return check(engine, html, page, false);
    }

    /** As {@link #check(AdSlotEngine, String, PageContext)}, with every problem the spec parser's judge finds. */
    static RenderResult checkEverything(AdSlotEngine engine, String html, PageContext page) {
        return check(engine, html, page, true);
    }

    private static RenderResult check(AdSlotEngine engine, String html, PageContext page, boolean everything) {
        Article article = Article.of("article", html);
        RenderResult result = engine.render(article, page);
        assertThat(result.degraded()).as("degraded: %s", result.failureReason()).isFalse();
        assertThat(PreservationCheck.violation(html, result.html(), Engines.splices(result)))
                .as("output minus slots equals the input").isEmpty();
        assertThat(BoundaryOracle.violations(html, Engines.offsets(result))).as("slots at safe gaps").isEmpty();
        List<SpecTreeJudge.Problem> problems = SpecTreeJudge.violations(html, Engines.splices(result));
        assertThat(everything ? problems : SpecTreeJudge.enforced(problems)).as("slots legal by the spec parser")
                .isEmpty();

        StringBuilder streamed = new StringBuilder();
        RenderResult streamedResult = engine.render(article, page, streamed);
        assertThat(streamed.toString()).as("streamed output").isEqualTo(result.html());
        assertThat(streamedResult.insertions()).isEqualTo(result.insertions());

        // engines from Engines have no decision cache: this recomputes scan, plan and templates
        RenderResult again = engine.render(Article.of("article", new String(html.toCharArray())), page);
        assertThat(again.html()).as("deterministic").isEqualTo(result.html());
        assertThat(again.insertions()).as("deterministic").isEqualTo(result.insertions());
        return result;
    }
}
