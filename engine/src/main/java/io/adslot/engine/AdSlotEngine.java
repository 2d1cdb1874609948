package io.adslot.engine;

import com.github.benmanes.caffeine.cache.Ticker;
import io.adslot.cache.DecisionCache;
import io.adslot.cache.DecisionKey;
import io.adslot.placement.Plan;
import io.adslot.render.PreparedPlan;
import io.adslot.render.SlotTemplates;
import io.adslot.render.TemplateLoadException;
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
    private final String metricsName;
    private final AtomicInteger rejectedChanges = new AtomicInteger();
    private final List<ReloadListener> reloadListeners;
    private final Clock statusClock;
    /** The rule files the serving rules were read from (the file and its bases), for the watcher. */
    private volatile List<Path> ruleFilesRead = List.of();
    private volatile Instant loadedAt;
    private volatile ReloadOutcome lastRejection;
    private volatile boolean rejectedIsLatest;
    private volatile List<InvalidRulesException.Problem> lastWarnings = List.of();
    /** The templates' markup memo's share of the cache budget, in bytes; the decision cache has the rest. */
    private volatile long memoBytes;
    /** Failure reasons already logged with a stack trace (bounded). */
    private final Set<String> loggedFailures = ConcurrentHashMap.newKeySet();
    private static final int MAX_LOGGED_FAILURES = 256;

    private AdSlotEngine(Builder b) {
        this.ruleSource = b.ruleSource;
        this.templateSource = b.templateSource;
        this.stages = b.stages;
        this.reloadListeners = List.copyOf(b.reloadListeners);
        this.statusClock = b.clock == null ? Clock.systemUTC() : b.clock;
        this.contentRoot = b.contentRoot;
        Snapshot first = load();
        current.set(first);
        this.loadedAt = statusClock.instant();
        CacheSettings fromRules = first.rules().cache() == null ? CacheSettings.defaults() : first.rules().cache();
        boolean enabled = b.cacheEnabled != null ? b.cacheEnabled : fromRules.enabled();
        long maxWeight = b.maxWeightBytes != null ? b.maxWeightBytes : fromRules.maxWeightBytes();
        Duration expiry = b.expireAfterWrite != null ? b.expireAfterWrite : fromRules.expireAfter();
        this.cacheSizedByRules = b.maxWeightBytes == null && b.expireAfterWrite == null;
        Ticker ticker = b.clock == null ? Ticker.systemTicker() : () -> nanos(b.clock.instant());
        this.memoBytes = memoShare(maxWeight);
        first.templates().limitMemo(memoBytes);
        this.cache = enabled ? DecisionCache.bounded(maxWeight - memoBytes, expiry, ticker, Decision::approximateBytes)
                : DecisionCache.disabled();
        this.metricsName = !b.bindMetrics ? null : b.cacheName != null ? b.cacheName : Builder.defaultMetricsName();
        if (b.bindMetrics) {
            cache.bindMetrics(b.meterRegistry, metricsName);
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
     * @throws NullPointerException when {@code article} is null (the message names it)
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
     * @return the insertions, and whether the engine fell back to writing the unchanged article
     * @throws NullPointerException when {@code article} or {@code out} is null (the message names which)
     * @throws UncheckedIOException when {@code out} throws an {@link IOException} (the host's writer failed)
     */
    public StreamedResult render(Article article, PageContext context, Appendable out) {
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
        return new StreamedResult(decision.insertions, failure.isPresent(), failure);
    }

    /**
     * Decides the slots without splicing them, for hosts that insert slots themselves.
     *
     * @param article the article
     * @param context the page; null is read as {@link PageContext#empty()}
     * @return the slots with their markup; none, degraded, when anything failed inside
     * @throws NullPointerException when {@code article} is null (the message names it)
     */
    public PlanResult plan(Article article, PageContext context) {
        Objects.requireNonNull(article, "article");
        try {
            return new PlanResult(decide(current.get(), article, context).slots(), false, Optional.empty());
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
            Snapshot next;
            try {
                next = load();
            } catch (InvalidRulesException e) {
                rejected(e.problems());
                throw e;
            } catch (RuntimeException | Error e) {
                rejected(List.of(new InvalidRulesException.Problem(ruleSource.describe(), 0, 0, true,
                        "reload failed: " + e)));
                throw e;
            }
            if (cacheSizedByRules && next.rules().cache() != null) {
                long budget = next.rules().cache().maxWeightBytes();
                memoBytes = memoShare(budget);
                cache.resize(budget - memoBytes, next.rules().cache().expireAfter());
            }
            next.templates().limitMemo(memoBytes);
            Snapshot previous = current.getAndSet(next);
            loadedAt = statusClock.instant();
            rejectedIsLatest = false;
            if (!previous.version().equals(next.version())) {
                LOG.info("adslot: loaded rules {} (version {})", ruleSource.describe(), next.version());
            }
            tell(new ReloadOutcome(true, next.version(), lastWarnings, loadedAt));
        }
    }

    /**
     * The state of the rules, for health checks: the version serving, since when, and the last rejected
     * change.
     *
     * @return the status now
     */
    public RulesStatus status() {
        ReloadOutcome rejection = lastRejection;
        return new RulesStatus(rulesVersion(), loadedAt, watcher != null, rejectedChanges.get(),
                Optional.ofNullable(rejection), rejectedIsLatest);
    }

    private void rejected(List<InvalidRulesException.Problem> problems) {
        rejectedChanges.incrementAndGet();
        ReloadOutcome outcome = new ReloadOutcome(false, rulesVersion(), problems, statusClock.instant());
        lastRejection = outcome;
        rejectedIsLatest = true;
        tell(outcome);
    }

    private void tell(ReloadOutcome outcome) {
        for (ReloadListener listener : reloadListeners) {
            try {
                listener.reloaded(outcome);
            } catch (RuntimeException e) {
                LOG.warn("adslot: a reload listener failed", e);
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

    /** Visible for testing: the {@code cache} tag of this engine's metrics; null without metrics. */
    String metricsName() {
        return metricsName;
    }

    /** Visible for testing: how many reloads were rejected. */
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
            return prepare(snapshot, body, values, false);
        }
        DecisionKey key = DecisionKey.of(snapshot.version(), article.id(), article.revisionOrNull(), body,
                snapshot.keysRead(), values);
        Decision decision = cache.get(key, k -> prepare(snapshot, body, values, true));
        if (!decision.prepared.fits(body)) {
            // The host reused an id and revision for a different body: decide again and replace the entry.
            decision = prepare(snapshot, body, values, true);
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

    /** @param cached true when the decision goes into the cache, where later requests check it against their body */
    private static Decision prepare(Snapshot snapshot, String body, ContextValues values, boolean cached) {
        PageReader.Read read = snapshot.reader().read(body);
        Plan plan = snapshot.planIn(read, values);
        if (plan.slots().isEmpty()) {
            return Decision.NONE;
        }
        return new Decision(cached ? PreparedPlan.prepare(body, plan, snapshot.templates(), values)
                : PreparedPlan.prepareOnce(body, plan, snapshot.templates(), values));
    }

    private Snapshot load() {
        SlotTemplates templates;
        try {
            templates = templateSource.load();
        } catch (TemplateLoadException e) {
            throw new InvalidRulesException(ruleSource.describe(), e.problems());
        } catch (RuntimeException e) {
            throw new InvalidRulesException(ruleSource.describe(), List.of(new RuleProblem(
                    "templates", 0, 0, RuleProblem.Severity.ERROR, "templates failed to load: " + e.getMessage())));
        }
        RuleLoadResult result = ruleSource.load(templates.names());
        if (!result.ok()) {
            throw new InvalidRulesException(ruleSource.describe(), result.problems());
        }
        for (RuleProblem warning : templates.warnings()) {
            LOG.warn("adslot: {}", warning.format());
        }
        for (RuleProblem warning : result.problems()) {
            LOG.warn("adslot: {}", warning.format());
        }
        RuleSet rules = result.ruleSet();
        PageOptions page = contentRoot == null ? rules.page()
                : rules.page().withContentRoot(contentRoot.selectors(), contentRoot.automatic());
        Snapshot snapshot = Snapshot.of(rules, templates, stages, page);
        ruleFilesRead = result.filesRead();
        lastWarnings = result.problems().stream().map(InvalidRulesException.Problem::of).toList();
        return snapshot;
    }

    /** Reload for the watcher: reports a rejected change (already told to listeners) instead of throwing. */
    private void reloadAfterChange() {
        try {
            reload();
        } catch (InvalidRulesException e) {
            LOG.error("adslot: rule change rejected, still serving version {}: {}", rulesVersion(), e.getMessage());
        } catch (RuntimeException | Error e) {
            LOG.error("adslot: reload after a file change failed, still serving version {}", rulesVersion(), e);
        }
    }

    /**
     * The folders the watcher watches: the rule file's, those of the files it extends, and the templates
     * folder (once it exists).
     */
    private List<Path> foldersToWatch() {
        java.util.Set<Path> dirs = new java.util.LinkedHashSet<>(ruleSource.watchDirectories());
        for (Path file : ruleFilesRead) {
            if (file.getParent() != null) {
                dirs.add(file.getParent());
            }
        }
        dirs.addAll(templateSource.watchDirectories());
        return new ArrayList<>(dirs);
    }

    private RuleFileWatcher startWatcher() {
        List<Path> dirs = foldersToWatch();
        if (dirs.isEmpty()) {
            LOG.warn("adslot: watch(true) has nothing to watch: rules from {} cannot change", ruleSource.describe());
            return null;
        }
        try {
            return new RuleFileWatcher(this::foldersToWatch, this::reloadAfterChange);
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

    /**
     * The share of the one cache budget that the rendered-markup memo of the templates gets: an eighth, at
     * most 8 MB (the memo holds a few hundred distinct slots in practice).
     */
    static long memoShare(long budgetBytes) {
        return Math.min(budgetBytes / 8, 8L << 20);
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
        private String cacheName;
        private final List<ReloadListener> reloadListeners = new ArrayList<>();
        private final List<Path> ruleFolders = new ArrayList<>();

        /** Engines built with the default metrics name so far in this JVM, to keep their names apart. */
        private static final AtomicInteger DEFAULT_NAMED = new AtomicInteger();
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
            this.ruleSource = RuleSource.file(Objects.requireNonNull(file, "file"), ruleFolders);
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
         * Allows a rule file's {@code extends} to name base files in these folders too. By default a base file
         * must lie in the rule file's own folder or below it, so that a rule file (perhaps uploaded by a
         * person) cannot read other files of the server.
         *
         * @param folders folders holding shared base rule files
         * @return this builder
         */
        public Builder ruleFolders(Path... folders) {
            for (Path folder : folders) {
                ruleFolders.add(Objects.requireNonNull(folder, "folder"));
            }
            return this;
        }

        /**
         * Tells {@code listener} about every reload, accepted or rejected with its problems (see also
         * {@link AdSlotEngine#status()}). May be called more than once to add listeners.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder reloadListener(ReloadListener listener) {
            reloadListeners.add(Objects.requireNonNull(listener, "listener"));
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
         * classpath, they go to Micrometer's global registry, tagged {@code cache=adslot.decisions} for the
         * first engine of the JVM and {@code adslot.decisions-2}, {@code -3}... for later ones, so that
         * two engines never share meters; without Micrometer nothing is published.
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

        /**
         * {@code adslot.decisions} for the first engine of the JVM, then {@code adslot.decisions-2},
         * {@code -3}...: two engines (two sites, or a reload-test engine beside the real one) must not
         * publish into one set of meters, where the second registration would be silently ignored.
         */
        static String defaultMetricsName() {
            int n = DEFAULT_NAMED.incrementAndGet();
            return n == 1 ? "adslot.decisions" : "adslot.decisions-" + n;
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
