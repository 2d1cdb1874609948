package io.adslot.benchmarks;

import io.adslot.benchmarks.input.ArticleGenerator;
import io.adslot.benchmarks.input.Flavour;
import io.adslot.benchmarks.input.Sizes;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the targets of issue 6 against an {@link EngineBenchmark} / {@link EngineThreadsBenchmark} result
 * file, for every size and flavour in it, and prints one line per target with the measured figure:
 * cold render &ge; 20x jsoup and &ge; 3x AttoParser throughput, cold render time &le; 3x the naive splice's,
 * cached render time &le; 1.5x the copy limit's, bytes allocated per cold render &le; 3x the output's size in
 * memory and per cached render &le; 2x, two threads &ge; 1.8x one thread.
 *
 * <p>The output's size in memory is computed by rendering the same generated article: its length, times 2
 * when it holds a char above U+00FF (Java then stores it in UTF-16).
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

    static void print(JmhResultFile file, PrintStream out) {
        Map<String, List<JmhResult>> groups = new TreeMap<>((a, b) -> {
            String[] x = a.split(" ");
            String[] y = b.split(" ");
            int c = Integer.compare(Sizes.parse(x[0]), Sizes.parse(y[0]));
            return c != 0 ? c : x[1].compareTo(y[1]);
        });
        for (JmhResult row : file.results()) {
            if (row.className().startsWith("Engine") && row.params().containsKey("size")) {
                groups.computeIfAbsent(row.params().get("size") + " " + row.params().get("flavour"),
                        k -> new ArrayList<>()).add(row);
            }
        }
        out.println("| size, flavour | target | measured | met |");
        out.println("|---|---|--:|:-:|");
        for (Map.Entry<String, List<JmhResult>> group : groups.entrySet()) {
            String[] key = group.getKey().split(" ");
            List<JmhResult> rows = group.getValue();
            String label = key[0] + ", " + key[1];
            double cold = ops(rows, "EngineBenchmark", "renderCold");
            double cached = ops(rows, "EngineBenchmark", "renderCached");
            line(out, label, "cold >= 20x jsoup throughput", cold / ops(rows, "EngineBenchmark", "jsoup"), 20, true);
            line(out, label, "cold >= 3x AttoParser throughput", cold / ops(rows, "EngineBenchmark", "atto"), 3, true);
            line(out, label, "cold time <= 3x naive splice time", ops(rows, "EngineBenchmark", "naiveSplice") / cold, 3, false);
            line(out, label, "cached time <= 1.5x copy limit time", ops(rows, "EngineBenchmark", "copyLimit") / cached, 1.5, false);
            double outputBytes = outputBytes(key[0], Flavour.valueOf(key[1]));
            line(out, label, "cold B/op <= 3x output bytes", bytes(rows, "renderCold") / outputBytes, 3, false);
            line(out, label, "cached B/op <= 2x output bytes", bytes(rows, "renderCached") / outputBytes, 2, false);
            line(out, label, "cold, 2 threads >= 1.8x 1 thread", ops(rows, "EngineThreadsBenchmark", "renderCold") / cold, 1.8, true);
            line(out, label, "cached, 2 threads >= 1.8x 1 thread", ops(rows, "EngineThreadsBenchmark", "renderCached") / cached, 1.8, true);
        }
    }

    private static void line(PrintStream out, String label, String target, double value, double bound, boolean atLeast) {
        if (Double.isNaN(value)) {
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

    private static double bytes(List<JmhResult> rows, String method) {
        for (JmhResult row : rows) {
            if (row.className().equals("EngineBenchmark") && row.method().equals(method)) {
                return row.bytesPerOp();
            }
        }
        return Double.NaN;
    }

    /** Bytes of the rendered article's string array: one per char, two when any char is above U+00FF. */
    private static double outputBytes(String size, Flavour flavour) {
        EngineFixture fixture = new EngineFixture(ArticleGenerator.news(flavour, Sizes.parse(size)), size);
        String output = fixture.copyLimit.splice(fixture.body, fixture.offsets);
        boolean wide = output.chars().anyMatch(c -> c > 0xFF);
        return output.length() * (wide ? 2.0 : 1.0);
    }
}
