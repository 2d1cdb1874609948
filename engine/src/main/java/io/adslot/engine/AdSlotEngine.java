package io.adslot.engine;

import com.github.benmanes.caffeine.cache.Ticker;
import io.adslot.cache.ArticleIdentity;
import io.adslot.cache.DecisionCache;
import io.adslot.cache.DecisionKey;
import io.adslot.placement.Plan;
import io.adslot.render.PreparedPlan;
import io.adslot.render.SlotTemplates;
import io.adslot.rules.CacheSettings;
import io.adslot.rules.ContextValues;
import io.adslot.rules.RuleLoadResult;
import io.adslot.rules.RuleProblem;
import io.adslot.rules.RuleSet;
import io.adslot.structure.ContentRootSetting;
import io.adslot.structure.PageOptions;
import io.adslot.structure.PageReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places ad slots (and other in-article units) in article bodies: the one object a CMS integration holds.
 *
 * <pre>{@code
 * AdSlotEngine engine = AdSlotEngine.builder().rules(Path.of("adslot.yaml")).build();
 * RenderResult result = engine.render(Article.of(id, revision, bodyHtml),
 *         PageContext.builder().device("mobile").section("sport").build());
 * out.write(result.html());
 * }</pre>
 *
 * <p><b>What a request costs.</b> A render scans the body into blocks, plans the slots under the rules,
 * renders each slot's template and splices the markup into the body. Everything but the splice is cached:
 * the decision cache is keyed by the rules' version, the article (id and revision, or a hash of the body)
 * and only the context values the rules and templates read, so a cache hit copies the body once.
 *
 * <p><b>Failures.</b> The engine never throws for article input. When anything fails inside (a template
 * throws, a bug), the article comes back unchanged, the reason is logged through SLF4J, and the result
 * says {@code degraded}. Invalid rules fail {@link Builder#build()} and {@link #reload()} with
 * {@link InvalidRulesException}.
 *
 * <p><b>Threads and reloads.</b> One engine serves all threads. The rules, compiled templates and scanner
 * of one load form an immutable snapshot; a request reads the current snapshot once, so it sees the old
 * rules or the new ones, never a mix. {@link #reload()} (or {@link Builder#watch(boolean) watching} the
 * files) swaps in a new snapshot when it is valid and keeps the last good one when it is not.
 */
public final class AdSlotEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AdSlotEngine.class);

    /** Context key the engine fills from {@link Article#id()} when the rules read it. */
    private static final String ARTICLE_ID = "article_id";

    private final RuleSource ruleSource;
    private final TemplateSource templateSource;
    private final Stages stages;
    /** The builder's content root, which replaces the rules' own; null to use the rules'. */
    private final ContentRootSetting contentRoot;
    private final DecisionCache<Decision> cache;
    private final boolean cacheSizedByRules;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final Object reloadLock = new Object();
    private final RuleFileWatcher watcher;
    private final AtomicInteger rejectedChanges = new AtomicInteger();
    /** Failure reasons already logged with a stack trace (bounded). */
    private final Set<String> loggedFailures = ConcurrentHashMap.newKeySet();
    private static final int MAX_LOGGED_FAILURES = 256;

    private AdSlotEngine(Builder b) {
        this.ruleSource = b.ruleSource;
        this.templateSource = b.templateSource;
        this.stages = b.stages;
        this.contentRoot = b.contentRoot;
        Snapshot first = load();
        current.set(first);
        CacheSettings fromRules = first.rules().cache() == null ? CacheSettings.defaults() : first.rules().cache();
        boolean enabled = b.cacheEnabled != null ? b.cacheEnabled : fromRules.enabled();
        long maxWeight = b.maxWeightBytes != null ? b.maxWeightBytes : fromRules.maxWeightBytes();
        Duration expiry = b.expireAfterWrite != null ? b.expireAfterWrite : fromRules.expireAfter();
        this.cacheSizedByRules = b.maxWeightBytes == null && b.expireAfterWrite == null;
        Ticker ticker = b.clock == null ? Ticker.systemTicker() : () -> nanos(b.clock.instant());
        this.cache = enabled ? DecisionCache.bounded(maxWeight, expiry, ticker, Decision::approximateBytes)
                : DecisionCache.disabled();
        if (b.bindMetrics) {
            cache.bindMetrics(b.meterRegistry, b.cacheName);
        }
        this.watcher = b.watch ? startWatcher() : null;
    }

    /**
     * Starts configuring an engine. Without {@link Builder#rules(Path) rules} it serves the default rules
     * bundled in the jar, with the bundled templates.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Renders the article with its slots.
     *
     * @param article the article
     * @param context the page; null is read as {@link PageContext#empty()}
     * @return the output and the insertions; the unchanged body, degraded, when anything failed inside
     */
    public RenderResult render(Article article, PageContext context) {
        Objects.requireNonNull(article, "article");
        String body = article.body();
        try {
            Decision decision = decide(current.get(), article, context);
            return new RenderResult(decision.prepared.splice(body), decision.insertions, false, Optional.empty());
        } catch (RuntimeException | StackOverflowError e) {
            return new RenderResult(body, List.of(), true, Optional.of(logFailure(article, e)));
        }
    }

    /**
     * Renders the article with its slots into the host's writer, slice by slice, without building the
     * output string. Writes the same characters {@link #render(Article, PageContext)} returns.
     *
     * @param article the article
     * @param context the page; null is read as {@link PageContext#empty()}
     * @param out     where the output goes
     * @return the insertions, with {@code html} null
     * @throws NullPointerException when {@code article} or {@code out} is null
     * @throws UncheckedIOException when {@code out} throws an {@link IOException} (the host's writer failed)
     */
    public RenderResult render(Article article, PageContext context, Appendable out) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(out, "out");
        String body = article.body();
        Decision decision;
        Optional<String> failure = Optional.empty();
        try {
            decision = decide(current.get(), article, context);
        } catch (RuntimeException | StackOverflowError e) {
            decision = Decision.NONE;
            failure = Optional.of(logFailure(article, e));
        }
        try {
            decision.prepared.spliceTo(body, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing article " + article.id() + " failed", e);
        }
        return new RenderResult(null, decision.insertions, failure.isPresent(), failure);
    }

    /**
     * Decides the slots without splicing them, for hosts that insert slots themselves.
     *
     * @param article the article
     * @param context the page; null is read as {@link PageContext#empty()}
     * @return the slots with their markup; none, degraded, when anything failed inside
     */
    public PlanResult plan(Article article, PageContext context) {
        Objects.requireNonNull(article, "article");
        try {
            return new PlanResult(decide(current.get(), article, context).slots, false, Optional.empty());
        } catch (RuntimeException | StackOverflowError e) {
            return new PlanResult(List.of(), true, Optional.of(logFailure(article, e)));
        }
    }

    /**
     * Reads the rules and templates again and swaps them in when they are valid. Requests in flight
     * finish with the rules they started with; cached decisions of the old rules are never used again.
     *
     * @throws InvalidRulesException when the new rules are invalid; the engine keeps its last good rules
     */
    public void reload() {
        synchronized (reloadLock) {
            Snapshot next = load();
            Snapshot previous = current.getAndSet(next);
            if (cacheSizedByRules && next.rules().cache() != null) {
                cache.resize(next.rules().cache().maxWeightBytes(), next.rules().cache().expireAfter());
            }
            if (!previous.version().equals(next.version())) {
                LOG.info("adslot: loaded rules {} (version {})", ruleSource.describe(), next.version());
            }
        }
    }

    /**
     * The version of the rules being served: a hash of the rules and templates, which changes with any
     * change to either.
     *
     * @return the version
     */
    public String rulesVersion() {
        return current.get().version();
    }

    /**
     * The decision cache's counters.
     *
     * @return a snapshot of the counters
     */
    public CacheStats cacheStats() {
        com.github.benmanes.caffeine.cache.stats.CacheStats s = cache.stats();
        long lookups = s.requestCount();
        return new CacheStats(s.hitCount(), s.missCount(), lookups == 0 ? 1.0 : s.hitRate(), s.evictionCount(),
                s.evictionWeight(), Duration.ofNanos(s.totalLoadTime()),
                Duration.ofNanos((long) s.averageLoadPenalty()), cache.estimatedSize(), cache.weightedSize(),
                cache.enabled());
    }

    /** Stops watching the rule files (when {@link Builder#watch(boolean) watching}); the engine keeps serving. */
    @Override
    public void close() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                LOG.warn("adslot: closing the rule watcher failed", e);
            }
        }
    }

    /** Visible for testing: how many watched changes were rejected as invalid. */
    int rejectedChanges() {
        return rejectedChanges.get();
    }

    /** Visible for testing: runs pending cache maintenance so weights and evictions are exact. */
    void cleanUpCache() {
        cache.cleanUp();
    }

    private Decision decide(Snapshot snapshot, Article article, PageContext context) {
        String body = article.body();
        ContextValues given = context == null ? ContextValues.empty() : context.toContextValues();
        ContextValues values = snapshot.readsArticleId() && !given.has(ARTICLE_ID)
                && !article.id().isEmpty() ? withArticleId(given, article.id()) : given;
        if (!cache.enabled()) {
            return prepare(snapshot, body, values);
        }
        DecisionKey key = DecisionKey.of(snapshot.version(),
                ArticleIdentity.of(article.id(), article.revisionOrNull(), body), snapshot.keysRead(), values);
        Decision decision = cache.get(key, k -> prepare(snapshot, body, values));
        if (!decision.prepared.fits(body)) {
            // The host reused an id and revision for a different body: decide again and replace the entry.
            decision = prepare(snapshot, body, values);
            cache.put(key, decision);
        }
        return decision;
    }

    /** Rules may pick variants by article id: the engine supplies it from the article when the page does not. */
    private static ContextValues withArticleId(ContextValues values, String id) {
        java.util.Map<String, List<String>> copy = new java.util.TreeMap<>(values.asMap());
        copy.put(ARTICLE_ID, List.of(id));
        return ContextValues.of(copy);
    }

    private static Decision prepare(Snapshot snapshot, String body, ContextValues values) {
        PageReader.Read read = snapshot.reader().read(body);
        Plan plan = snapshot.planIn(read, values);
        if (plan.slots().isEmpty()) {
            return Decision.NONE;
        }
        return new Decision(PreparedPlan.prepare(body, plan, snapshot.templates(), values));
    }

    private Snapshot load() {
        SlotTemplates templates;
        try {
            templates = templateSource.load();
        } catch (RuntimeException e) {
            throw new InvalidRulesException(ruleSource.describe(), List.of(new RuleProblem(
                    "templates", 0, 0, RuleProblem.Severity.ERROR, "templates failed to load: " + e.getMessage())));
        }
        RuleLoadResult result = ruleSource.load(templates.names());
        if (!result.ok()) {
            throw new InvalidRulesException(ruleSource.describe(), result.problems());
        }
        for (RuleProblem warning : result.problems()) {
            LOG.warn("adslot: {}", warning.format());
        }
        RuleSet rules = result.ruleSet();
        PageOptions page = contentRoot == null ? rules.page()
                : rules.page().withContentRoot(contentRoot.selectors(), contentRoot.automatic());
        return Snapshot.of(rules, templates, stages, page);
    }

    /** Reload for the watcher: logs invalid rules instead of throwing. */
    private void reloadAfterChange() {
        try {
            reload();
        } catch (InvalidRulesException e) {
            rejectedChanges.incrementAndGet();
            LOG.error("adslot: rule change rejected, still serving version {}: {}", rulesVersion(), e.getMessage());
        }
    }

    private RuleFileWatcher startWatcher() {
        List<Path> dirs = new ArrayList<>(ruleSource.watchDirectories());
        dirs.addAll(templateSource.watchDirectories());
        if (dirs.isEmpty()) {
            LOG.warn("adslot: watch(true) has nothing to watch: rules from {} cannot change", ruleSource.describe());
            return null;
        }
        try {
            return new RuleFileWatcher(dirs, this::reloadAfterChange);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + dirs, e);
        }
    }

    /**
     * Logs a failed request: the first time a reason is seen with its stack trace, after that one line,
     * so that a broken template does not fill the log with a stack trace per page view.
     */
    private String logFailure(Article article, Throwable e) {
        String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        boolean firstTime = loggedFailures.size() < MAX_LOGGED_FAILURES && loggedFailures.add(reason);
        if (firstTime) {
            LOG.error("adslot: placing slots in article {} failed; serving it unchanged ({})", article.id(), reason, e);
        } else {
            LOG.warn("adslot: placing slots in article {} failed; serving it unchanged ({})", article.id(), reason);
        }
        return reason;
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /**
     * Configures an {@link AdSlotEngine}. Not thread-safe; build once at startup.
     */
    public static final class Builder {

        /** Classpath resource of the default rules shipped in the jar. */
        static final String DEFAULT_RULES = "adslot/rules/default.yaml";

        private RuleSource ruleSource = RuleSource.resource(DEFAULT_RULES);
        private TemplateSource templateSource = TemplateSource.bundled();
        private boolean templatesChosen;
        private Stages stages = Stages.real();
        private Boolean cacheEnabled;
        private Long maxWeightBytes;
        private Duration expireAfterWrite;
        private Clock clock;
        private boolean watch;
        private boolean bindMetrics = true;
        private Object meterRegistry;
        private String cacheName = "adslot.decisions";
        private ContentRootSetting contentRoot;

        private Builder() {
        }

        /**
         * Takes each input as a whole page and places slots only inside its content root: the first element
         * matching the first of these comma-separated CSS selectors that matches ({@code article .entry-content,
         * #story-body}), or, for {@code auto}, the element found automatically (see {@code rules/README.md});
         * {@code "div.body, auto"} tries the selector first. Everything outside the root is passed through
         * byte for byte. Replaces the rule file's {@code content_root}; without either, the input is the body.
         *
         * @param selectors CSS selectors, {@code auto}, or both, separated by commas
         * @return this builder
         * @throws IllegalArgumentException when a selector is not supported, saying what to write instead
         */
        public Builder contentRoot(String selectors) {
            this.contentRoot = ContentRootSetting.parse(Objects.requireNonNull(selectors, "selectors"));
            return this;
        }

        /**
         * Rules from a YAML file. Templates in a {@code templates/} folder beside it are added to the
         * bundled ones (unless {@link #templates(Path)} names another folder).
         *
         * @param file the rule file
         * @return this builder
         */
        public Builder rules(Path file) {
            this.ruleSource = RuleSource.file(Objects.requireNonNull(file, "file"));
            if (!templatesChosen) {
                this.templateSource = TemplateSource.besideRules(file);
            }
            return this;
        }

        /**
         * Rules from a classpath resource, such as {@code adslot/rules/default.yaml} (the default).
         *
         * @param resource the resource path, without a leading slash
         * @return this builder
         */
        public Builder rulesResource(String resource) {
            this.ruleSource = RuleSource.resource(Objects.requireNonNull(resource, "resource"));
            return this;
        }

        /**
         * Slot templates from a folder of {@code *.mustache} files, added to the bundled ones
         * ({@code scroll-to-continue}, {@code amp}, {@code native}); a file named like a bundled template
         * replaces it. Rule files name templates by file name without the extension.
         *
         * @param dir the templates folder
         * @return this builder
         */
        public Builder templates(Path dir) {
            this.templateSource = TemplateSource.directory(Objects.requireNonNull(dir, "dir"));
            this.templatesChosen = true;
            return this;
        }

        /**
         * Switches the decision cache on or off, overriding the rule file's {@code cache.enabled}.
         *
         * @param enabled false to scan, plan and render templates on every request
         * @return this builder
         */
        public Builder cacheEnabled(boolean enabled) {
            this.cacheEnabled = enabled;
            return this;
        }

        /**
         * Bounds the decision cache, overriding the rule file's {@code cache} size.
         *
         * @param bytes approximate bytes the cached decisions may take
         * @return this builder
         */
        public Builder cacheMaximumWeight(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("cache weight must be >= 0, was " + bytes);
            }
            this.maxWeightBytes = bytes;
            return this;
        }

        /**
         * Expires cached decisions this long after they were made, overriding the rule file's expiry.
         *
         * @param expiry the lifetime
         * @return this builder
         */
        public Builder cacheExpireAfterWrite(Duration expiry) {
            this.expireAfterWrite = Objects.requireNonNull(expiry, "expiry");
            return this;
        }

        /**
         * The time source for cache expiry and load-time stats (the system clock by default); tests pass a
         * controllable clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Watches the rule file's folder and the templates folder, reloading after each change (a daemon
         * thread; {@link AdSlotEngine#close()} stops it). Invalid changes are logged and ignored.
         *
         * @param watch true to watch
         * @return this builder
         */
        public Builder watch(boolean watch) {
            this.watch = watch;
            return this;
        }

        /**
         * Publishes cache metrics to this Micrometer registry. By default, when Micrometer is on the
         * classpath, they go to Micrometer's global registry; without Micrometer nothing is published.
         *
         * @param registry an {@code io.micrometer.core.instrument.MeterRegistry}
         * @param cacheName the {@code cache} tag of the metrics
         * @return this builder
         * @throws IllegalArgumentException when the registry is not a Micrometer {@code MeterRegistry}
         */
        public Builder meterRegistry(Object registry, String cacheName) {
            if (registry == null || !isMeterRegistry(registry.getClass())) {
                throw new IllegalArgumentException("expected an io.micrometer.core.instrument.MeterRegistry, got "
                        + (registry == null ? "null" : registry.getClass().getName()));
            }
            this.meterRegistry = registry;
            this.cacheName = Objects.requireNonNull(cacheName, "cacheName");
            this.bindMetrics = true;
            return this;
        }

        /**
         * Publishes no cache metrics, even when Micrometer is on the classpath.
         *
         * @return this builder
         */
        public Builder withoutMetrics() {
            this.bindMetrics = false;
            this.meterRegistry = null;
            return this;
        }

        /**
         * Loads the rules and templates and builds the engine.
         *
         * @return the engine
         * @throws InvalidRulesException when the rules or templates are invalid
         */
        public AdSlotEngine build() {
            return new AdSlotEngine(this);
        }

        /** Visible for testing: rules from code. */
        Builder ruleSource(RuleSource source) {
            this.ruleSource = source;
            return this;
        }

        /** Visible for testing: templates from code. */
        Builder templateSource(TemplateSource source) {
            this.templateSource = source;
            this.templatesChosen = true;
            return this;
        }

        /** Visible for testing: fake scanner and planner. */
        Builder stages(Stages stages) {
            this.stages = stages;
            return this;
        }

        private static boolean isMeterRegistry(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                if (c.getName().equals("io.micrometer.core.instrument.MeterRegistry")) {
                    return true;
                }
            }
            return false;
        }
    }
}
