package io.adslot.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Metrics;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The engine's public contract: streamed results, null arguments, metrics names")
class PublicContractTest {

    private static final AdSlotEngine ENGINE = AdSlotEngine.builder().withoutMetrics().build();
    private static final Article ARTICLE = Article.of("a1", "<p>One.</p><p>Two.</p>");

    @Test
    @DisplayName("a streamed render returns a StreamedResult, a type without an html() that could be null")
    void streamedResultHasNoHtml() throws Exception {
        StringWriter out = new StringWriter();

        StreamedResult result = ENGINE.render(ARTICLE, PageContext.empty(), out);

        assertThat(StreamedResult.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("insertions", "degraded", "failureReason");
        assertThat(out.toString()).isEqualTo(ENGINE.render(ARTICLE, PageContext.empty()).html());
        assertThat(result.degraded()).isFalse();
    }

    @Test
    @DisplayName("null arguments throw NullPointerException naming the argument; a null page is the empty page")
    void nullArguments() {
        assertThatThrownBy(() -> ENGINE.render(null, PageContext.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("article");
        assertThatThrownBy(() -> ENGINE.render(null, PageContext.empty(), new StringBuilder()))
                .isInstanceOf(NullPointerException.class).hasMessage("article");
        assertThatThrownBy(() -> ENGINE.render(ARTICLE, PageContext.empty(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("out");
        assertThatThrownBy(() -> ENGINE.plan(null, PageContext.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("article");
        assertThatThrownBy(() -> AdSlotEngine.builder().rules((Path) null))
                .isInstanceOf(NullPointerException.class).hasMessage("file");
        assertThatThrownBy(() -> AdSlotEngine.builder().templates(null))
                .isInstanceOf(NullPointerException.class).hasMessage("dir");
        assertThat(ENGINE.render(ARTICLE, null).html()).isEqualTo(ENGINE.render(ARTICLE, PageContext.empty()).html());
    }

    @Test
    @DisplayName("two engines built with the default metrics name publish under distinct cache names")
    void twoEnginesDistinctMetrics() {
        AdSlotEngine first = AdSlotEngine.builder().build();
        AdSlotEngine second = AdSlotEngine.builder().build();

        assertThat(first.metricsName()).startsWith("adslot.decisions");
        assertThat(second.metricsName()).startsWith("adslot.decisions").isNotEqualTo(first.metricsName());
        assertThat(Metrics.globalRegistry.find("cache.size").tag("cache", first.metricsName()).meters()).isNotEmpty();
        assertThat(Metrics.globalRegistry.find("cache.size").tag("cache", second.metricsName()).meters()).isNotEmpty();
    }
}
