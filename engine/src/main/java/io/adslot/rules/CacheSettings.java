package io.adslot.rules;

import java.time.Duration;

/**
 * Decision-cache settings from a rule file's {@code cache} section.
 *
 * @param enabled        false turns the cache off
 * @param maxWeightBytes approximate bound on the memory the cached decisions may take
 * @param expireAfter    how long an entry lives after it is written, or null for no expiry
 */
public record CacheSettings(boolean enabled, long maxWeightBytes, Duration expireAfter) {

    /** 32 MiB, no expiry. */
    public static CacheSettings defaults() {
        return new CacheSettings(true, 32L << 20, null);
    }
}
