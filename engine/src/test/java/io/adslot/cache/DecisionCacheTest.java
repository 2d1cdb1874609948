package io.adslot.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.adslot.rules.ContextValues;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The decision cache counts hits and misses, stays in its weight bound and publishes to Micrometer")
class DecisionCacheTest {

    static DecisionKey key(int i) {
        return DecisionKey.of("v1", "r:" + i, Set.of(), ContextValues.empty());
    }

    @Test
    @DisplayName("a hit returns the stored value without computing; stats count both")
    void hitsAndMisses() {
        DecisionCache<String> cache = DecisionCache.bounded(1 << 20, null, Ticker.systemTicker(), String::length);

        assertThat(cache.get(key(1), k -> "computed")).isEqualTo("computed");
        assertThat(cache.get(key(1), k -> "again")).isEqualTo("computed");

        assertThat(cache.stats().hitCount()).isEqualTo(1);
        assertThat(cache.stats().missCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("many distinct keys never push the weight past the bound")
    void weightBound() {
        DecisionCache<String> cache = DecisionCache.bounded(64 * 1024, null, Ticker.systemTicker(), String::length);
        for (int i = 0; i < 100_000; i++) {
            cache.get(key(i), k -> "x".repeat(100));
        }
        cache.cleanUp();

        assertThat(cache.weightedSize()).isLessThanOrEqualTo(64 * 1024);
        assertThat(cache.stats().evictionCount()).isGreaterThan(90_000);
    }

    @Test
    @DisplayName("a disabled cache always computes")
    void disabled() {
        DecisionCache<String> cache = DecisionCache.disabled();
        cache.get(key(1), k -> "a");

        assertThat(cache.get(key(1), k -> "b")).isEqualTo("b");
        assertThat(cache.enabled()).isFalse();
        assertThat(cache.bindMetrics(null, "x")).isFalse();
    }

    @Test
    @DisplayName("with Micrometer on the classpath the cache's gets are published as cache.gets")
    void micrometer() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        DecisionCache<String> cache = DecisionCache.bounded(1 << 20, null, Ticker.systemTicker(), String::length);

        assertThat(cache.bindMetrics(registry, "adslot.test")).isTrue();
        cache.get(key(1), k -> "a");
        cache.get(key(1), k -> "a");

        assertThat(registry.get("cache.gets").tags(List.of(io.micrometer.core.instrument.Tag.of("result", "hit")))
                .tag("cache", "adslot.test").functionCounter().count()).isEqualTo(1.0);
    }
}
