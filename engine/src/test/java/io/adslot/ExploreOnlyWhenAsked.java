package io.adslot;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a container of properties that draw a fresh random sample unless the run asks for them with
 * {@code -Dadslot.explore=true}: they search for new failures, which a build must not stumble on at random
 * (see {@link FixedSample}). Their number of tries is jqwik's default, set with {@code -Djqwik.tries.default=N}.
 */
public final class ExploreOnlyWhenAsked implements SkipExecutionHook {

    /** The system property that turns exploration on. */
    public static final String SWITCH = "adslot.explore";

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return Boolean.getBoolean(SWITCH)
                ? SkipResult.doNotSkip()
                : SkipResult.skip("an exploration run: ask for it with -D" + SWITCH + "=true");
    }
}
