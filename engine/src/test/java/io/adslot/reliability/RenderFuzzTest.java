package io.adslot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.RenderResult;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the whole render path, as a host calls it: {@link AdSlotEngine#render} never
 * throws, never degrades, and its output minus the slots is the input. These are the promises that must
 * hold for every input, so this is the target every build fuzzes for a short while (a failure there is a
 * real finding, saved as an input). Where slots stand in pathological tag soup is judged by
 * {@link ScannerFuzzTest}, over the same inputs, in longer local sessions (docs/reliability.md).
 */
class RenderFuzzTest {

    private static final AdSlotEngine ENGINE = AdSlotEngine.builder()
            .rules(Engines.resource("rules/everywhere.yaml")).cacheEnabled(false).withoutMetrics().build();

    @FuzzTest(maxDuration = "30s")
    void render(byte[] input) {
        String html = new String(input, StandardCharsets.UTF_8);
        RenderResult result = ENGINE.render(Article.of("fuzz", html), Engines.mobile());
        assertThat(result.degraded()).as("degraded: %s", result.failureReason()).isFalse();
        assertThat(PreservationCheck.violation(html, result.html(), Engines.splices(result))).isEmpty();
    }
}
