package io.adslot.cache;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.List;

/** The only class naming Micrometer types; loaded only after {@link MicrometerSupport#available()}. */
final class MicrometerBinding {

    private MicrometerBinding() {
    }

    static void bind(Cache<?, ?> cache, Object registry, String name) {
        MeterRegistry target = registry == null ? Metrics.globalRegistry : (MeterRegistry) registry;
        CaffeineCacheMetrics.monitor(target, cache, name, List.of());
    }
}
