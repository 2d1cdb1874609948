package io.adslot.cli;

import io.adslot.article.Block;
import io.adslot.article.BlockScanner;
import io.adslot.article.ScannedArticle;
import io.adslot.placement.CandidateVerdict;
import io.adslot.placement.Plan;
import io.adslot.placement.Planner;
import io.adslot.placement.SlotDecision;
import io.adslot.rules.RuleSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plans every article of an archive under one or more rule sets and for each device, on all cores.
 *
 * <p>Each file is read, scanned and planned by one task of a fixed pool (one thread per core): the
 * scanner and planner are pure, so tasks share nothing but a done-counter for the progress bar. Results
 * keep only what the reports need (slot counts, densities, slot positions), never the article text, so an
 * archive of any size fits in memory. Results come back in file order whatever order the tasks finish in,
 * so reports are deterministic.
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
                      Map<String, KindPlan> kinds) {
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
                    boolean limitCut) {
    }

    /**
     * One article planned: {@code plans.get(r).get(d)} is rule set {@code r} on device {@code d}.
     *
     * @param words the article's words, as the scanner counts them
     */
    record Planned(String name, long bytes, int words, List<List<DevicePlan>> plans) {
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

    private final List<RuleSet> ruleSets;
    private final List<BlockScanner> scanners;
    private final ContextArguments context;
    private final List<String> devices;
    private final long maxBytes;

    ArchiveRun(List<RuleSet> ruleSets, ContextArguments context, long maxBytes) {
        this.ruleSets = List.copyOf(ruleSets);
        this.scanners = ruleSets.stream().map(r -> new BlockScanner(r.scan())).toList();
        this.context = context;
        this.devices = context.devices();
        this.maxBytes = maxBytes;
    }

    List<String> devices() {
        return devices;
    }

    /** Plans every file; failures (unreadable files, a planner bug on one article) don't stop the run. */
    Result run(List<ArticleFiles.Entry> files, ProgressBar progress) throws InterruptedException {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, files.size())));
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        List<Object> outcomes = new ArrayList<>(files.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            List<Future<Object>> futures = new ArrayList<>(files.size());
            for (ArticleFiles.Entry file : files) {
                futures.add(pool.submit(() -> {
                    try {
                        return planOne(file);
                    } finally {
                        done.incrementAndGet();
                    }
                }));
            }
            for (Future<Object> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
                progress.show(done.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long nanos = System.nanoTime() - start;
        progress.finish();
        List<Planned> planned = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            Object o = outcomes.get(i);
            if (o instanceof Planned p) {
                planned.add(p);
                bytes += p.bytes();
            } else if (o instanceof ArticleFile.Failure f) {
                failures.add(f.line());
            } else {
                failures.add(files.get(i).name() + ": planning failed: " + o);
            }
        }
        return new Result(planned, failures, bytes, nanos, threads);
    }

    private Object planOne(ArticleFiles.Entry file) {
        ArticleFile.Read read = ArticleFile.read(file.path(), file.name(), maxBytes);
        if (read instanceof ArticleFile.Failure failure) {
            return failure;
        }
        ArticleFile.Text text = (ArticleFile.Text) read;
        List<List<DevicePlan>> plans = new ArrayList<>(ruleSets.size());
        ScannedArticle scanned = null;
        for (int r = 0; r < ruleSets.size(); r++) {
            // Rule sets may declare different atomic elements; scan again only when they do.
            if (scanned == null || !ruleSets.get(r).scan().equals(ruleSets.get(r - 1).scan())) {
                scanned = scanners.get(r).scan(text.html());
            }
            List<DevicePlan> perDevice = new ArrayList<>(devices.size());
            for (String device : devices) {
                perDevice.add(reduce(scanned, ruleSets.get(r), Planner.plan(scanned, ruleSets.get(r), context.forDevice(device))));
            }
            plans.add(perDevice);
        }
        return new Planned(file.name(), text.bytes(), scanned.totalWords(), plans);
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
