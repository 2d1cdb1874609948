package io.adslot.inject;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decision-cache settings as a Guice binding a host can override. Anything left empty comes from the
 * rule file's {@code cache} section.
 *
 * @param enabled          switch the cache on or off, empty for the rule file's choice
 * @param maximumWeight    approximate bytes the cache may hold, empty for the rule file's bound
 * @param expireAfterWrite entry lifetime, empty for the rule file's (or none)
 */
public record CacheConfig(Optional<Boolean> enabled, OptionalLong maximumWeight, Optional<Duration> expireAfterWrite) {

    /**
     * Everything from the rule file.
     *
     * @return the settings
     */
    public static CacheConfig fromRules() {
        return new CacheConfig(Optional.empty(), OptionalLong.empty(), Optional.empty());
    }

    /**
     * A weight bound, the rest from the rule file.
     *
     * @param bytes approximate bytes
     * @return the settings
     */
    public static CacheConfig maximumWeight(long bytes) {
        return new CacheConfig(Optional.empty(), OptionalLong.of(bytes), Optional.empty());
    }

    /**
     * No caching.
     *
     * @return the settings
     */
    public static CacheConfig disabled() {
        return new CacheConfig(Optional.of(false), OptionalLong.empty(), Optional.empty());
    }
}
