package io.adslot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.PageContext;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ThreadBuffersTest {

    private static final String BODY = "<p>" + "One paragraph of words, \u201Cquoted\u201D. ".repeat(20) + "</p>\n";

    @Test
    @DisplayName("A platform thread keeps its buffers")
    void platformThreadKeepsBuffers() {
        assertThat(ThreadBuffers.worthKeeping()).isTrue();
    }

    @Test
    @DisplayName("On a virtual thread (JDK 21+) buffers are not kept, and a render gives what it gives on a platform thread")
    void virtualThreadAllocatesPerRequest() throws Exception {
        Method start;
        try {
            start = Thread.class.getMethod("startVirtualThread", Runnable.class);
        } catch (NoSuchMethodException e) {
            assumeTrue(false, "this runtime (" + Runtime.version() + ") has no virtual threads; run the suite on JDK 21+ to check");
            return;
        }
        AdSlotEngine engine = AdSlotEngine.builder().cacheEnabled(false).build();
        Article article = Article.of("a", BODY.repeat(12));
        PageContext page = PageContext.builder().device("mobile").build();
        String onPlatform = engine.render(article, page).html();
        AtomicBoolean kept = new AtomicBoolean(true);
        AtomicReference<String> onVirtual = new AtomicReference<>();
        Thread thread = (Thread) start.invoke(null, (Runnable) () -> {
            kept.set(ThreadBuffers.worthKeeping());
            onVirtual.set(engine.render(article, page).html());
        });
        thread.join();
        assertThat(kept).isFalse();
        assertThat(onVirtual.get()).isEqualTo(onPlatform).isNotEqualTo(article.body());
    }
}
