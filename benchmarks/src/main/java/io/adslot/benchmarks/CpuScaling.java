package io.adslot.benchmarks;

import io.adslot.benchmarks.input.ArticleGenerator;
import io.adslot.benchmarks.input.Flavour;
import io.adslot.benchmarks.input.Shape;
import io.adslot.benchmarks.input.Sizes;
import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.PageContext;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@link ScalingBenchmark}'s question (is a cold render's time per KB the same from 1 KB to 10 MB, on news and
 * on the adversarial shapes?) answered in CPU time, for a machine shared with other work. There JMH's
 * wall-clock figures move 10x to 100x with the neighbours' load; the CPU time this process spends on an
 * operation moves far less, since time spent waiting for a core is not counted.
 *
 * <p>Each point is warmed up first, all of them before any is measured; then the points are measured in
 * turn, round after round, and each keeps its best round. Two columns: the process's CPU time (the
 * collector's and compiler's threads included, what a host pays) and the rendering thread's alone.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.adslot.benchmarks.CpuScaling [SIZES [ROUNDS [WARM_UP_MS [ROUND_MS]]]]
 * </pre>
 * SIZES defaults to {@code 1KB,100KB,10MB}, ROUNDS to 7, WARM_UP_MS and ROUND_MS (per point) to 1500 and 300
 * (at least 100).
 */
public final class CpuScaling {

    private static final int MIN_OPERATIONS = 3;
    /** The process's CPU time advances in ticks of 10 ms here: a round shorter than this may read 0. */
    private static final long MIN_ROUND_MILLIS = 100;
    /** A round lasts until the process's CPU clock has advanced at least this far (five of its ticks). */
    private static final long MIN_PROCESS_NANOS = 50_000_000L;

    private CpuScaling() {
    }

    public static void main(String[] args) {
        List<String> sizes = List.of((args.length > 0 ? args[0] : "1KB,100KB,10MB").split(","));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        long warmUpNanos = (args.length > 2 ? Long.parseLong(args[2]) : 1500) * 1_000_000L;
        long roundNanos = Math.max(MIN_ROUND_MILLIS, args.length > 3 ? Long.parseLong(args[3]) : 300) * 1_000_000L;
        AdSlotEngine engine = AdSlotEngine.builder().rulesResource(EngineFixture.RULES).cacheEnabled(false)
                .withoutMetrics().build();
        PageContext page = PageContext.builder().device("mobile").section("news").build();
        List<Point> points = new ArrayList<>();
        for (Shape shape : Shape.values()) {
            for (Flavour flavour : Flavour.values()) {
                for (String size : sizes) {
                    String body = ArticleGenerator.generate(shape, flavour, Sizes.parse(size));
                    points.add(new Point(shape + ", " + flavour, Article.of("scaling", body), body.length() / 1024.0));
                }
            }
        }
        for (Point point : points) {
            point.run(engine, page, warmUpNanos);
        }
        for (int round = 0; round < rounds; round++) {
            for (Point point : points) {
                point.measure(engine, page, roundNanos);
            }
        }
        print(points, sizes, rounds, System.out);
        engine.close();
    }

    private static void print(List<Point> points, List<String> sizes, int rounds, PrintStream out) {
        out.printf(Locale.ROOT, "Cold render, CPU microseconds per KB (process / rendering thread), best of %d rounds; %s %s%n%n",
                rounds, System.getProperty("java.vm.name"), System.getProperty("java.vm.version"));
        out.println(ScalingReport.tableHead(sizes, "max/min (process)"));
        double lowest = Double.MAX_VALUE;
        double highest = 0;
        for (int i = 0; i < points.size(); i += sizes.size()) {
            StringBuilder row = new StringBuilder("| ").append(points.get(i).name).append(" |");
            double low = Double.MAX_VALUE;
            double high = 0;
            for (Point point : points.subList(i, i + sizes.size())) {
                row.append(String.format(Locale.ROOT, " %.3f / %.3f |", point.bestProcess, point.bestThread));
                low = Math.min(low, point.bestProcess);
                high = Math.max(high, point.bestProcess);
            }
            out.println(row.append(String.format(Locale.ROOT, " %.2fx |", high / low)));
            lowest = Math.min(lowest, low);
            highest = Math.max(highest, high);
        }
        out.printf(Locale.ROOT, "%nOver all shapes, flavours and sizes: %.3f to %.3f us/KB, max/min %.2fx (target: within 1.5x)%n",
                lowest, highest, highest / lowest);
    }

    /** One shape, flavour and size, and the best CPU time per KB measured for it. */
    private static final class Point {
        private static final com.sun.management.OperatingSystemMXBean PROCESS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private static final java.lang.management.ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();

        final String name;
        final Article article;
        final double kb;
        double bestProcess = Double.MAX_VALUE;
        double bestThread = Double.MAX_VALUE;
        /** Keeps the renders' results alive, so that the JIT cannot drop them. */
        long sink;

        Point(String name, Article article, double kb) {
            this.name = name;
            this.article = article;
            this.kb = kb;
        }

        /** Renders for at least {@code nanos} of wall time and {@value CpuScaling#MIN_OPERATIONS} operations; returns how many. */
        int run(AdSlotEngine engine, PageContext page, long nanos) {
            long started = System.nanoTime();
            int operations = 0;
            while (operations < MIN_OPERATIONS || System.nanoTime() - started < nanos) {
                sink += engine.render(article, page).html().length();
                operations++;
            }
            return operations;
        }

        void measure(AdSlotEngine engine, PageContext page, long nanos) {
            long process = PROCESS.getProcessCpuTime();
            long thread = THREAD.getCurrentThreadCpuTime();
            int operations = run(engine, page, nanos);
            // on a crowded host a round may get few ticks of the process's clock: it goes on until it has several
            while (PROCESS.getProcessCpuTime() - process < MIN_PROCESS_NANOS) {
                operations += run(engine, page, 0);
            }
            double perOperation = operations * kb * 1000.0;
            bestProcess = Math.min(bestProcess, (PROCESS.getProcessCpuTime() - process) / perOperation);
            bestThread = Math.min(bestThread, (THREAD.getCurrentThreadCpuTime() - thread) / perOperation);
        }
    }
}
