package io.adslot.cli;

import io.adslot.article.Block;
import io.adslot.article.BlockScanner;
import io.adslot.article.ScannedArticle;
import io.adslot.placement.CandidateVerdict;
import io.adslot.placement.Plan;
import io.adslot.placement.Planner;
import io.adslot.structure.PageReader;
import io.adslot.placement.SlotDecision;
import io.adslot.rules.ContextValues;
import io.adslot.rules.RuleSet;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plans every article of an archive under one or more rule sets and for each device, on all cores.
 *
 * <p>Each file (or JSON Lines record) is read, scanned and planned by one task of a fixed pool (one thread
 * per core): the scanner and planner are pure, so tasks share nothing but a done-counter for the progress
 * bar. At most a few tasks per thread are in flight, so that a streamed archive is never held whole.
 * Results keep only what the reports need (slot counts, densities, slot positions), never the article text,
 * so an archive of any size fits in memory; they are serializable, so that the Spark job ships them from
 * its executors to the report ({@link ArchiveJob}). Results come back in input order whatever order the
 * tasks finish in, so reports are deterministic.
 */
final class ArchiveRun {

    /**
     * One article's plan on one device under one rule set, reduced to what reports use.
     *
     * @param slots      number of slots
     * @param density    the planner's estimated slot share of the page height
     * @param densityCut true when the density budget rejected some candidate
     * @param limitCut   true when a per-placement or per-page slot limit rejected some candidate
     * @param slotKeys   {@code boundary:kind} of each slot, to compare plans across rule sets
     * @param kinds      the same plan split by the placements' kind ({@code ad}, {@code newsletter}...), one
     *                   entry per kind the rule set declares, in name order
     */
    record DevicePlan(int slots, double density, boolean densityCut, boolean limitCut, List<String> slotKeys,
                      Map<String, KindPlan> kinds) implements Serializable {
    }

    /**
     * One article's plan on one device, for the placements of one kind.
     *
     * @param slots               number of slots of this kind
     * @param wordsBetween        words between each two consecutive slots of this kind, in document order
     * @param minArticleExcluded  true when a placement of this kind skipped the article as shorter than its
     *                            {@code min_article}
     * @param densityCut          true when the density budget rejected a candidate of this kind
     * @param limitCut            true when a slot limit rejected a candidate of this kind
     */
    record KindPlan(int slots, List<Integer> wordsBetween, boolean minArticleExcluded, boolean densityCut,
                    boolean limitCut) implements Serializable {
    }

    /**
     * One article planned: {@code plans.get(r).get(d)} is rule set {@code r} on device {@code d}.
     *
     * @param words the article's words, as the scanner counts them
     */
    record Planned(String name, long bytes, int words, List<List<DevicePlan>> plans) implements Serializable {
    }

    /** Everything one run produced, in file order. */
    record Result(List<Planned> planned, List<String> failures, long bytes, long nanos, int threads) {

        double seconds() {
            return nanos / 1e9;
        }

        double articlesPerSecond() {
            return planned.size() / Math.max(seconds(), 1e-9);
        }

        double megabytesPerSecond() {
            return bytes / (1024.0 * 1024.0) / Math.max(seconds(), 1e-9);
        }
    }

    /** One article to plan, named for the message when planning it throws. */
    record Work(String name, Callable<Object> task) {
    }

    /** Sees every plan an article gets, before it is reduced to a {@link DevicePlan}. */
    interface PlanSink {
        void accept(int ruleSet, String device, ScannedArticle article, RuleSet rules, ContextValues context, Plan plan);
    }

    private final List<RuleSet> ruleSets;
    private final List<PageReader> readers;
    /** Files on which the first rule set asked for a content root and none was found. */
    private final AtomicInteger withoutContentRoot = new AtomicInteger();
    private final ContextArguments context;
    private final List<String> devices;
    private final long maxBytes;

    ArchiveRun(List<RuleSet> ruleSets, ContextArguments context, long maxBytes) {
        this.ruleSets = List.copyOf(ruleSets);
        this.readers = ruleSets.stream().map(r -> new PageReader(new BlockScanner(r.scan())::scan, r.page())).toList();
        this.context = context;
        this.devices = context.devices();
        this.maxBytes = maxBytes;
    }

    List<String> devices() {
        return devices;
    }

    /** How many files had no content root where the first rule set asks for one (after {@link #run}). */
    int withoutContentRoot() {
        return withoutContentRoot.get();
    }

    /** Plans every file; failures (unreadable files, a planner bug on one article) don't stop the run. */
    Result run(List<ArticleFiles.Entry> files, ProgressBar progress) throws InterruptedException {
        return run(files.stream().map(this::work).iterator(), files.size(), progress);
    }

    /** Reading and planning one article file. */
    Work work(ArticleFiles.Entry file) {
        return new Work(file.name(), () -> planOne(file));
    }

    /** Parsing and planning one record of a JSON Lines archive, or passing on why it could not be read. */
    Work work(JsonLinesArchive.Item item) {
        if (item instanceof JsonLinesArchive.Line line) {
            return new Work(line.location(), () -> planRecord(line.location(), ArchiveRecord.parse(line.json(), maxBytes), null));
        }
        JsonLinesArchive.Unreadable bad = (JsonLinesArchive.Unreadable) item;
        return new Work(bad.location(), () -> new ArticleFile.Failure(bad.location(), bad.message()));
    }

    /**
     * Plans every piece of work, taken from {@code work} as threads free up (reading it may read the input);
     * {@code expected} is the number of pieces when known, else -1.
     */
    Result run(Iterator<Work> work, int expected, ProgressBar progress) throws InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = Math.max(1, expected < 0 ? cores : Math.min(cores, Math.max(1, expected)));
        int window = threads * 4;
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        List<Planned> planned = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        long[] bytes = {0};
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            Deque<Work> pendingWork = new ArrayDeque<>();
            Deque<Future<Object>> pending = new ArrayDeque<>();
            while (work.hasNext()) {
                if (pending.size() >= window) {
                    collect(pendingWork.poll(), pending.poll(), planned, failures, bytes);
                    progress.show(done.get());
                }
                Work next = work.next();
                pendingWork.add(next);
                pending.add(pool.submit(() -> {
                    try {
                        return next.task().call();
                    } finally {
                        done.incrementAndGet();
                    }
                }));
            }
            while (!pending.isEmpty()) {
                collect(pendingWork.poll(), pending.poll(), planned, failures, bytes);
                progress.show(done.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long nanos = System.nanoTime() - start;
        progress.finish();
        return new Result(planned, failures, bytes[0], nanos, threads);
    }

    private static void collect(Work work, Future<Object> future, List<Planned> planned, List<String> failures,
                                long[] bytes) throws InterruptedException {
        Object o;
        try {
            o = future.get();
        } catch (ExecutionException e) {
            o = e.getCause();
        }
        if (o instanceof Planned p) {
            planned.add(p);
            bytes[0] += p.bytes();
        } else if (o instanceof ArticleFile.Failure f) {
            failures.add(f.line());
        } else {
            failures.add(work.name() + ": planning failed: " + o);
        }
    }

    private Object planOne(ArticleFiles.Entry file) {
        ArticleFile.Read read = ArticleFile.read(file.path(), file.name(), maxBytes);
        if (read instanceof ArticleFile.Failure failure) {
            return failure;
        }
        ArticleFile.Text text = (ArticleFile.Text) read;
        return plan(file.name(), text.html(), text.bytes(), context, null);
    }

    /**
     * Plans one archive record (see {@link ArchiveRecord}) in its own context under the command line's
     * {@code --context}: a {@link Planned}, or an {@link ArticleFile.Failure} at {@code location}.
     */
    Object planRecord(String location, ArchiveRecord parsed, PlanSink sink) {
        if (parsed instanceof ArchiveRecord.Rejected rejected) {
            return new ArticleFile.Failure(location, rejected.describe());
        }
        ArchiveRecord.Article record = (ArchiveRecord.Article) parsed;
        return plan(record.name(), record.body(), record.bytes(), context.over(record.context()), sink);
    }

    /** Plans one article under every rule set for every device; {@code sink} (or null) sees each plan. */
    Planned plan(String name, String html, long bytes, ContextArguments articleContext, PlanSink sink) {
        List<List<DevicePlan>> plans = new ArrayList<>(ruleSets.size());
        PageReader.Read page = null;
        for (int r = 0; r < ruleSets.size(); r++) {
            // Rule sets may declare different atomic elements or page settings; read again only when they do.
            if (page == null || !ruleSets.get(r).scan().equals(ruleSets.get(r - 1).scan())
                    || !ruleSets.get(r).page().canonical().equals(ruleSets.get(r - 1).page().canonical())) {
                page = readers.get(r).read(html);
                if (r == 0 && page.structure().rootMissing()) {
                    withoutContentRoot.incrementAndGet();
                }
            }
            ScannedArticle scanned = page.article();
            List<DevicePlan> perDevice = new ArrayList<>(devices.size());
            for (String device : devices) {
                ContextValues values = articleContext.forDevice(device);
                Plan plan = Planner.plan(scanned, page.structure(), ruleSets.get(r), values);
                if (sink != null) {
                    sink.accept(r, device, scanned, ruleSets.get(r), values, plan);
                }
                perDevice.add(reduce(scanned, ruleSets.get(r), plan));
            }
            plans.add(perDevice);
        }
        return new Planned(name, bytes, page.article().totalWords(), plans);
    }

    /** Keeps of a plan what the reports read, overall and per kind of placement. */
    static DevicePlan reduce(ScannedArticle article, RuleSet rules, Plan plan) {
        Map<String, String> kindOf = new HashMap<>();
        rules.placements().forEach(p -> kindOf.put(p.id(), p.kind()));
        Map<String, boolean[]> cuts = new TreeMap<>();
        kindOf.values().forEach(kind -> cuts.put(kind, new boolean[3]));
        boolean density = false;
        boolean limit = false;
        for (CandidateVerdict v : plan.verdicts()) {
            boolean[] kindCuts = cuts.get(kindOf.get(v.placementId()));
            boolean byDensity = PlanReading.cutByDensity(v);
            boolean byLimit = PlanReading.cutByLimit(v);
            density |= byDensity;
            limit |= byLimit;
            if (kindCuts != null) {
                kindCuts[0] |= PlanReading.excludedByMinArticle(v);
                kindCuts[1] |= byDensity;
                kindCuts[2] |= byLimit;
            }
        }
        List<String> keys = new ArrayList<>(plan.slots().size());
        for (SlotDecision s : plan.slots()) {
            keys.add(s.boundary() + ":" + s.kind());
        }
        int[] wordsBefore = wordsBeforeBoundaries(article);
        Map<String, KindPlan> kinds = new TreeMap<>();
        cuts.forEach((kind, c) -> {
            List<Integer> between = new ArrayList<>();
            int slots = 0;
            int previous = -1;
            for (SlotDecision s : plan.slots()) {
                if (kind.equals(s.kind())) {
                    slots++;
                    if (previous >= 0) {
                        between.add(wordsBefore[s.boundary()] - wordsBefore[previous]);
                    }
                    previous = s.boundary();
                }
            }
            kinds.put(kind, new KindPlan(slots, List.copyOf(between), c[0], c[1], c[2]));
        });
        return new DevicePlan(plan.slots().size(), plan.density(), density, limit, keys, kinds);
    }

    /** {@code result[b]}: the words of the blocks before boundary {@code b} (the gap before block {@code b}). */
    private static int[] wordsBeforeBoundaries(ScannedArticle article) {
        List<Block> blocks = article.blocks();
        int[] before = new int[blocks.size() + 1];
        for (int i = 0; i < blocks.size(); i++) {
            before[i + 1] = before[i] + blocks.get(i).words();
        }
        return before;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "adslot-archive-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
