package io.adslot.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.ReloadListener;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Binds one {@link AdSlotEngine} (a singleton) for Guice hosts, built from bindings each of which a host
 * may replace with {@code Modules.override(new AdSlotModule(...)).with(...)}:
 * <ul>
 *   <li>{@link RulesLocation}: the rule file (optionally watched) or classpath resource;</li>
 *   <li>{@link TemplatesLocation}: bundled templates or a folder;</li>
 *   <li>{@link CacheConfig}: decision-cache settings (default: from the rule file);</li>
 *   <li>{@code @}{@link ForAdSlot} {@link Clock}: the cache's time source;</li>
 *   <li>{@link ContextExtractor}: request attributes to {@link io.adslot.engine.PageContext};</li>
 *   <li>{@link ReloadListener}: told about every reload, accepted or rejected (default: none); the
 *       engine's {@link AdSlotEngine#status()} serves health checks.</li>
 * </ul>
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new AdSlotModule(Path.of("adslot.yaml")));
 * AdSlotEngine engine = injector.getInstance(AdSlotEngine.class);
 * }</pre>
 *
 * <p>Invalid rules fail when the engine is first provisioned, with an
 * {@link io.adslot.engine.InvalidRulesException} as the provision error's cause.
 */
public final class AdSlotModule extends AbstractModule {

    private final RulesLocation rules;

    /** Binds the engine to the default rules bundled in the jar. */
    public AdSlotModule() {
        this(RulesLocation.bundledDefault());
    }

    /**
     * Binds the engine to a rule file.
     *
     * @param rulesFile the rule file
     */
    public AdSlotModule(Path rulesFile) {
        this(RulesLocation.file(rulesFile));
    }

    /**
     * Binds the engine to a rules location.
     *
     * @param rules where the rules come from
     */
    public AdSlotModule(RulesLocation rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    protected void configure() {
        bind(RulesLocation.class).toInstance(rules);
        bind(TemplatesLocation.class).toInstance(TemplatesLocation.bundled());
        bind(CacheConfig.class).toInstance(CacheConfig.fromRules());
        bind(Clock.class).annotatedWith(ForAdSlot.class).toInstance(Clock.systemUTC());
        bind(ContextExtractor.class).toInstance(ContextExtractor.standard());
        bind(ReloadListener.class).toInstance(ReloadListener.NONE);
    }

    @Provides
    @Singleton
    AdSlotEngine provideEngine(RulesLocation rules, TemplatesLocation templates, CacheConfig cache,
                               @ForAdSlot Clock clock, ReloadListener reloadListener) {
        AdSlotEngine.Builder builder = AdSlotEngine.builder();
        if (rules.file() != null) {
            builder.rules(rules.file());
        } else {
            builder.rulesResource(rules.resource());
        }
        templates.directory().ifPresent(builder::templates);
        cache.enabled().ifPresent(builder::cacheEnabled);
        cache.maximumWeight().ifPresent(builder::cacheMaximumWeight);
        cache.expireAfterWrite().ifPresent(builder::cacheExpireAfterWrite);
        return builder.clock(clock).reloadListener(reloadListener).watch(rules.watch()).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdSlotModule other && rules.equals(other.rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }
}
