package io.adslot.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Bounded cache of prepared decisions, weighed in approximate bytes (Caffeine, window TinyLFU eviction).
 *
 * <p>Entries are never invalidated on a rule reload: the new rule-set version is part of every new key, so
 * old entries cannot be hit and age out under the weight bound (or the expiry). A disabled cache computes
 * every value and records nothing.
 *
 * @param <V> the cached value
 */
public final class DecisionCache<V> {

    private final Cache<DecisionKey, V> cache;

    private DecisionCache(Cache<DecisionKey, V> cache) {
        this.cache = cache;
    }

    /**
     * A bounded cache.
     *
     * @param maxWeightBytes approximate bound on the bytes held by keys and values
     * @param expireAfterWrite entry lifetime, or null for none
     * @param ticker         time source for expiry and load-time stats
     * @param valueBytes     approximate bytes of a value
     */
    public static <V> DecisionCache<V> bounded(long maxWeightBytes, Duration expireAfterWrite, Ticker ticker,
                                               ToIntFunction<V> valueBytes) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder()
                .maximumWeight(maxWeightBytes)
                .ticker(ticker)
                .recordStats();
        if (expireAfterWrite != null) {
            builder.expireAfterWrite(expireAfterWrite);
        }
        Cache<DecisionKey, V> cache = builder
                .<DecisionKey, V>weigher((key, value) -> key.approximateBytes() + valueBytes.applyAsInt(value))
                .build();
        return new DecisionCache<>(cache);
    }

    /** No caching: every lookup computes. */
    public static <V> DecisionCache<V> disabled() {
        return new DecisionCache<>(null);
    }

    /** True when lookups may hit. */
    public boolean enabled() {
        return cache != null;
    }

    /** The cached value for the key, computing and storing it on a miss. */
    public V get(DecisionKey key, Function<DecisionKey, V> compute) {
        return cache == null ? compute.apply(key) : cache.get(key, compute);
    }

    /** Replaces an entry whose value turned out not to fit its request (a host reused a revision for a new body). */
    public void put(DecisionKey key, V value) {
        if (cache != null) {
            cache.put(key, value);
        }
    }

    /** Counters since the cache was built; all zero when disabled. */
    public CacheStats stats() {
        return cache == null ? CacheStats.empty() : cache.stats();
    }

    /** Entries held now (approximate). */
    public long estimatedSize() {
        return cache == null ? 0 : cache.estimatedSize();
    }

    /** Current total weight in approximate bytes. */
    public long weightedSize() {
        return cache == null ? 0 : cache.policy().eviction().flatMap(e -> e.weightedSize().stream().boxed().findFirst()).orElse(0L);
    }

    /** Runs pending maintenance (evictions) now; for tests and for stats that must be exact. */
    public void cleanUp() {
        if (cache != null) {
            cache.cleanUp();
        }
    }

    /** Changes the weight bound and the expiry of a live cache, for a reload whose rule file changes them. */
    public void resize(long maxWeightBytes, Duration expireAfterWrite) {
        if (cache == null) {
            return;
        }
        cache.policy().eviction().ifPresent(e -> e.setMaximum(maxWeightBytes));
        if (expireAfterWrite != null) {
            cache.policy().expireAfterWrite().ifPresent(e -> e.setExpiresAfter(expireAfterWrite));
        }
    }

    /**
     * Publishes this cache's stats to Micrometer when Micrometer is on the classpath; does nothing otherwise.
     *
     * @param registry an {@code io.micrometer.core.instrument.MeterRegistry}, or null for Micrometer's global registry
     * @param name     cache name used as the {@code cache} tag
     * @return true when the cache was bound
     */
    public boolean bindMetrics(Object registry, String name) {
        if (cache == null || !MicrometerSupport.available()) {
            return false;
        }
        MicrometerSupport.bind(cache, registry, name);
        return true;
    }
}
