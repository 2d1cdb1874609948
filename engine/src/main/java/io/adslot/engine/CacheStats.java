package io.adslot.engine;

import java.time.Duration;

/**
 * A snapshot of the decision cache's counters since the engine was built.
 *
 * @param hitCount        lookups that found prepared decisions (only the splice ran)
 * @param missCount       lookups that scanned, planned and rendered templates
 * @param hitRate         hits / lookups, 1.0 when there were no lookups
 * @param evictionCount   entries evicted by the weight bound or expiry
 * @param evictionWeight  approximate bytes evicted
 * @param totalLoadTime   time spent computing decisions on misses
 * @param averageLoadTime average time per miss
 * @param entries         entries held now (approximate)
 * @param weightBytes     approximate bytes held now
 * @param enabled         false when the cache is switched off (all counters zero)
 */
public record CacheStats(
        long hitCount,
        long missCount,
        double hitRate,
        long evictionCount,
        long evictionWeight,
        Duration totalLoadTime,
        Duration averageLoadTime,
        long entries,
        long weightBytes,
        boolean enabled) {
}
