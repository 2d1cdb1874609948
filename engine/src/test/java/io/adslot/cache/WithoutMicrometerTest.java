package io.adslot.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Micrometer is optional: without it on the classpath the cache works and publishes nothing")
class WithoutMicrometerTest {

    @Test
    void cacheRunsWithoutMicrometer() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains("micrometer")) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> Class.forName("io.micrometer.core.instrument.MeterRegistry", false, loader))
                    .isInstanceOf(ClassNotFoundException.class);
            Class<?> tickerType = Class.forName("com.github.benmanes.caffeine.cache.Ticker", true, loader);
            Object ticker = tickerType.getMethod("systemTicker").invoke(null);
            Class<?> cacheType = Class.forName(DecisionCache.class.getName(), true, loader);
            Method bounded = cacheType.getMethod("bounded", long.class, Duration.class, tickerType, ToIntFunction.class);
            ToIntFunction<Object> weigher = v -> 1;
            Object cache = bounded.invoke(null, 1024L, null, ticker, weigher);

            Object bound = cacheType.getMethod("bindMetrics", Object.class, String.class).invoke(cache, null, "adslot");

            assertThat(bound).isEqualTo(false);
        }
    }
}
