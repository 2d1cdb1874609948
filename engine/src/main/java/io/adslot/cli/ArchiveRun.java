package io.adslot.cli;

import io.adslot.article.BlockScanner;
import io.adslot.placement.CandidateVerdict;
import io.adslot.placement.Plan;
import io.adslot.placement.Planner;
import io.adslot.structure.PageReader;
import io.adslot.placement.SlotDecision;
import io.adslot.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
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
     */
    record DevicePlan(int slots, double density, boolean densityCut, boolean limitCut, List<String> slotKeys) {
    }

    /**
     * One article planned: {@code plans.get(r).get(d)} is rule set {@code r} on device {@code d}.
     */
    record Planned(String name, long bytes, List<List<DevicePlan>> plans) {
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
        PageReader.Read page = null;
        for (int r = 0; r < ruleSets.size(); r++) {
            // Rule sets may declare different atomic elements or page settings; read again only when they do.
            if (page == null || !ruleSets.get(r).scan().equals(ruleSets.get(r - 1).scan())
                    || !ruleSets.get(r).page().canonical().equals(ruleSets.get(r - 1).page().canonical())) {
                page = readers.get(r).read(text.html());
                if (r == 0 && page.structure().rootMissing()) {
                    withoutContentRoot.incrementAndGet();
                }
            }
            List<DevicePlan> perDevice = new ArrayList<>(devices.size());
            for (String device : devices) {
                perDevice.add(reduce(Planner.plan(page.article(), page.structure(), ruleSets.get(r), context.forDevice(device))));
            }
            plans.add(perDevice);
        }
        return new Planned(file.name(), text.bytes(), plans);
    }

    static DevicePlan reduce(Plan plan) {
        boolean density = false;
        boolean limit = false;
        for (CandidateVerdict v : plan.verdicts()) {
            density |= PlanReading.cutByDensity(v);
            limit |= PlanReading.cutByLimit(v);
        }
        List<String> keys = new ArrayList<>(plan.slots().size());
        for (SlotDecision s : plan.slots()) {
            keys.add(s.boundary() + ":" + s.kind());
        }
        return new DevicePlan(plan.slots().size(), plan.density(), density, limit, keys);
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
