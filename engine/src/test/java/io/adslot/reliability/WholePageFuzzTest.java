package io.adslot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.RenderResult;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of whole pages in automatic content-root mode (Jazzer): the content root is found
 * in the page, its content scanned on its own, and slots go only inside it. In a plain build this runs once
 * per committed input in {@code WholePageFuzzTestInputs/page/}; with {@code JAZZER_FUZZ=1} it fuzzes (see
 * docs/reliability.md). The render never degrades, loses nothing, and every slot is safe by the independent
 * judges (jsoup's and the spec parser's), which read the whole page: what the page before the root leaves
 * open is read with it.
 */
class WholePageFuzzTest {

    private static final AdSlotEngine ENGINE = Engines.everywhereInAutomaticRoot();

    @FuzzTest(maxDuration = "30s")
    void page(byte[] input) {
        String html = new String(input, StandardCharsets.UTF_8);
        RenderResult result = ENGINE.render(Article.of("fuzz", html), Engines.mobile());
        assertThat(result.degraded()).as("degraded: %s", result.failureReason()).isFalse();
        assertThat(PreservationCheck.violation(html, result.html(), Engines.splices(result))).isEmpty();
        assertThat(BoundaryOracle.violations(html, Engines.offsets(result))).as("slots at safe gaps").isEmpty();
        assertThat(SpecTreeJudge.enforced(SpecTreeJudge.violations(html, Engines.splices(result))))
                .as("slots legal by the spec parser").isEmpty();
    }
}
