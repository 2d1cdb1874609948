package io.adslot.benchmarks;

import io.adslot.benchmarks.input.ArticleGenerator;
import io.adslot.benchmarks.input.Flavour;
import io.adslot.benchmarks.input.Sizes;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the targets of issue 20 against a result file holding {@link EngineBenchmark} (generated articles)
 * and {@link TrafficBenchmark} (mixed traffic, corpus bodies) with their two-thread variants, for every
 * input in it, and prints one line per target with the measured figure: a cache hit within 1.25x the copy
 * limit's time; a cold render at least 20x jsoup's throughput and within 3x the time of {@code tagWalk} plus
 * {@code copyLimit} (the floor: reading every tag and building the output); bytes allocated per cold render
 * at most 2x the output's size in memory and per cache hit at most 1.1x; two threads at least 1.9x one thread.
 * For traffic, the cache hit of bodies passed as new strings ({@code renderCachedReread}) is shown against
 * the same bound.
 *
 * <p>The output's size in memory is computed by rendering the same input: its length, times 2 when it holds a
 * char above U+00FF (Java then stores it in UTF-16), summed over the articles of a traffic.
 */
public final class TargetReport {

    private TargetReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: TargetReport RESULT.json");
            System.exit(2);
        }
        print(JmhResultFile.read(Path.of(args[0])), System.out);
    }

    /** One input's rows: the one-thread class, the two-thread class, and how to size its output. */
    private record Input(String label, String single, String threads, Map<String, String> params, List<JmhResult> rows) {
    }

    static void print(JmhResultFile file, PrintStream out) {
        Map<String, Input> inputs = new LinkedHashMap<>();
        for (JmhResult row : file.results()) {
            Map<String, String> p = row.params();
            Input input;
            if (row.className().startsWith("Engine") && p.containsKey("size")) {
                String label = p.get("size") + ", " + p.get("flavour");
                input = inputs.computeIfAbsent(label, k -> new Input(k, "EngineBenchmark", "EngineThreadsBenchmark", p, new ArrayList<>()));
            } else if (row.className().startsWith("Traffic")) {
                String label = p.get("traffic").equals(Traffic.MIXED) ? "mixed (UTF-16 share " + p.get("utf16Share") + ")" : p.get("traffic");
                input = inputs.computeIfAbsent(label, k -> new Input(k, "TrafficBenchmark", "TrafficThreadsBenchmark", p, new ArrayList<>()));
            } else {
                continue;
            }
            input.rows().add(row);
        }
        out.println("| input | target | measured | met |");
        out.println("|---|---|--:|:-:|");
        for (Input in : inputs.values()) {
            double cold = ops(in.rows(), in.single(), "renderCold");
            double cached = ops(in.rows(), in.single(), "renderCached");
            double copy = ops(in.rows(), in.single(), "copyLimit");
            double walk = ops(in.rows(), in.single(), "tagWalk");
            line(out, in.label(), "cached time <= 1.25x copy limit time", copy / cached, 1.25, false);
            line(out, in.label(), "(body as a new string) cached time <= 1.25x copy limit time",
                    copy / ops(in.rows(), in.single(), "renderCachedReread"), 1.25, false);
            line(out, in.label(), "cold >= 20x jsoup throughput", cold / ops(in.rows(), in.single(), "jsoup"), 20, true);
            line(out, in.label(), "cold time <= 3x (tagWalk + copyLimit) time", (1 / cold) / (1 / walk + 1 / copy), 3, false);
            double outputBytes = outputBytes(in);
            line(out, in.label(), "cold B/op <= 2x output bytes", bytes(in.rows(), in.single(), "renderCold") / outputBytes, 2, false);
            line(out, in.label(), "cached B/op <= 1.1x output bytes", bytes(in.rows(), in.single(), "renderCached") / outputBytes, 1.1, false);
            line(out, in.label(), "cold, 2 threads >= 1.9x 1 thread", ops(in.rows(), in.threads(), "renderCold") / cold, 1.9, true);
            line(out, in.label(), "cached, 2 threads >= 1.9x 1 thread", ops(in.rows(), in.threads(), "renderCached") / cached, 1.9, true);
        }
    }

    private static void line(PrintStream out, String label, String target, double value, double bound, boolean atLeast) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return;
        }
        boolean met = atLeast ? value >= bound : value <= bound;
        out.printf(Locale.ROOT, "| %s | %s | %.2fx | %s |%n", label, target, value, met ? "yes" : "**no**");
    }

    private static double ops(List<JmhResult> rows, String className, String method) {
        for (JmhResult row : rows) {
            if (row.className().equals(className) && row.method().equals(method)) {
                return row.opsPerSecond();
            }
        }
        return Double.NaN;
    }

    private static double bytes(List<JmhResult> rows, String className, String method) {
        for (JmhResult row : rows) {
            if (row.className().equals(className) && row.method().equals(method)) {
                return row.bytesPerOp();
            }
        }
        return Double.NaN;
    }

    /** Bytes of the rendered outputs' string arrays: one per char, two when any char is above U+00FF. */
    private static double outputBytes(Input in) {
        if (in.single().equals("EngineBenchmark")) {
            String size = in.params().get("size");
            EngineFixture fixture = new EngineFixture(
                    ArticleGenerator.news(Flavour.valueOf(in.params().get("flavour")), Sizes.parse(size)), size);
            return memoryBytes(fixture.copyLimit.splice(fixture.body, fixture.offsets));
        }
        TrafficFixture fixture = new TrafficFixture(Traffic.bodies(in.params().get("traffic"),
                Double.parseDouble(in.params().get("utf16Share"))), in.label());
        double total = 0;
        for (int i = 0; i < fixture.bodies.length; i++) {
            total += memoryBytes(fixture.copyLimit(i));
        }
        return total;
    }

    private static double memoryBytes(String output) {
        return output.length() * (Traffic.isUtf16(output) ? 2.0 : 1.0);
    }
}
