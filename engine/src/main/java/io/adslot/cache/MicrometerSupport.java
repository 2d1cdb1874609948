package io.adslot.cache;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * Checks for Micrometer without linking to it. Only when the check passes does code touch
 * {@link MicrometerBinding}, the one class that names Micrometer types, so the engine loads and runs
 * without Micrometer on the classpath (the dependency is optional).
 */
final class MicrometerSupport {

    private static final boolean AVAILABLE = detect();

    private MicrometerSupport() {
    }

    static boolean available() {
        return AVAILABLE;
    }

    static void bind(Cache<?, ?> cache, Object registry, String name) {
        MicrometerBinding.bind(cache, registry, name);
    }

    private static boolean detect() {
        try {
            Class.forName("io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics", false,
                    MicrometerSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
