package io.adslot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.rules.ContextValues;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Request values cannot grow the engine's memory: long context values are dropped, caches are weighed in bytes")
class RequestValueMemoryTest {

    static final int REQUESTS = 10_000;
    static final int VALUE_CHARS = 100 * 1024;

    @Test
    @DisplayName("a context value longer than the documented maximum is dropped: it matches nothing and is not rendered")
    void longValuesAreDropped() {
        String longest = "s".repeat(ContextValues.MAX_VALUE_CHARS);
        PageContext page = PageContext.builder().device("mobile").section(longest + "x").custom("brand", longest).build();

        assertThat(page.get("section")).isNull();
        assertThat(page.get("brand")).isEqualTo(longest);
    }

    @Test
    @DisplayName("10,000 requests with distinct 100 KB context values render in a 256 MB heap, cache on and off (a forked JVM)")
    void tenThousandRequestsInA256MbHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), Driver.class.getName())
                .redirectErrorStream(true).start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("the driver finished in time; output:%n%s", output).isTrue();
        assertThat(process.exitValue()).as("exit code; output:%n%s", output).isZero();
        assertThat(output).contains("cache on: rendered " + REQUESTS + " requests")
                .contains("cache off: rendered " + REQUESTS + " requests");
    }

    /**
     * Renders {@link #REQUESTS} requests, each with its own 100 KB section and tag, with the decision cache
     * on and then off; run with -Xmx256m.
     */
    public static final class Driver {
        public static void main(String[] args) throws IOException {
            String article;
            try (InputStream in = Driver.class.getResourceAsStream("/adslot/samples/article.html")) {
                article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (boolean cache : new boolean[] {true, false}) {
                drive(article, AdSlotEngine.builder().cacheEnabled(cache).withoutMetrics().build(), cache ? "on" : "off");
            }
        }

        private static void drive(String article, AdSlotEngine engine, String cache) {
            StringBuilder value = new StringBuilder("x".repeat(VALUE_CHARS));
            int slots = 0;
            for (int i = 0; i < REQUESTS; i++) {
                value.setLength(VALUE_CHARS - 8);
                value.append(String.format("%08d", i));
                String unique = value.toString();
                PageContext page = PageContext.builder().device("mobile").section(unique).tags(List.of(unique)).build();
                RenderResult result = engine.render(Article.of("a" + i, "1", article), page);
                if (result.degraded()) {
                    throw new AssertionError("degraded: " + result.failureReason());
                }
                slots += result.insertions().size();
            }
            System.out.println("cache " + cache + ": rendered " + REQUESTS + " requests, " + slots + " slots, cache " + engine.cacheStats());
        }
    }
}
