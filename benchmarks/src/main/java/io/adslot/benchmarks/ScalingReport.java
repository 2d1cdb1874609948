package io.adslot.benchmarks;

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
 * Prints the scaling tables of a JMH JSON result file: for {@link ScalingBenchmark}, the cold render's
 * time per KB of input at every size for every shape and flavour, with each row's and the whole table's
 * max/min ratio (target: within 1.5x); for {@link PlanScalingBenchmark}, plan time per number of placements
 * and per placement.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.adslot.benchmarks.ScalingReport result.json [more.json...]
 * </pre>
 */
public final class ScalingReport {

    private ScalingReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ScalingReport RESULT.json [MORE.json...]");
            System.exit(2);
        }
        // benchmarks/run writes the render and the plan series to separate files (different JMH options).
        List<JmhResult> rows = new ArrayList<>();
        String jvm = "";
        for (String arg : args) {
            JmhResultFile file = JmhResultFile.read(Path.of(arg));
            rows.addAll(file.results());
            jvm = jvm.isEmpty() ? file.jvm() : jvm;
        }
        print(new JmhResultFile(rows, jvm), System.out);
    }

    static void print(JmhResultFile file, PrintStream out) {
        List<String> sizes = new ArrayList<>();
        Map<String, Map<String, Double>> perKb = new TreeMap<>();
        List<JmhResult> plans = new ArrayList<>();
        for (JmhResult row : file.results()) {
            if (row.className().equals("ScalingBenchmark")) {
                String size = row.params().get("size");
                if (!sizes.contains(size)) {
                    sizes.add(size);
                }
                double microsPerOp = 1e6 / row.opsPerSecond();
                double kb = Sizes.parse(size) / 1024.0;
                perKb.computeIfAbsent(row.params().get("shape") + ", " + row.params().get("flavour"),
                        k -> new TreeMap<>()).put(size, microsPerOp / kb);
            } else if (row.className().equals("PlanScalingBenchmark")) {
                plans.add(row);
            }
        }
        sizes.sort((a, b) -> Integer.compare(Sizes.parse(a), Sizes.parse(b)));
        if (!perKb.isEmpty()) {
            out.println("### Cold render, microseconds per KB of input (JVM " + file.jvm() + ")");
            out.println();
            out.println(tableHead(sizes, "max/min"));
            double min = Double.MAX_VALUE;
            double max = 0;
            for (Map.Entry<String, Map<String, Double>> e : perKb.entrySet()) {
                StringBuilder line = new StringBuilder("| ").append(e.getKey()).append(" |");
                double rowMin = Double.MAX_VALUE;
                double rowMax = 0;
                for (String size : sizes) {
                    Double v = e.getValue().get(size);
                    line.append(' ').append(v == null ? "-" : String.format(Locale.ROOT, "%.3f", v)).append(" |");
                    if (v != null) {
                        rowMin = Math.min(rowMin, v);
                        rowMax = Math.max(rowMax, v);
                    }
                }
                min = Math.min(min, rowMin);
                max = Math.max(max, rowMax);
                out.println(line.append(' ').append(String.format(Locale.ROOT, "%.2fx", rowMax / rowMin)).append(" |"));
            }
            out.println();
            out.printf(Locale.ROOT, "Over all shapes, flavours and sizes: %.3f to %.3f us/KB, max/min %.2fx (target: within 1.5x)%n%n",
                    min, max, max / min);
        }
        if (!plans.isEmpty()) {
            plans.sort((a, b) -> Integer.compare(Integer.parseInt(a.params().get("placements")),
                    Integer.parseInt(b.params().get("placements"))));
            out.println("### Plan time by number of placements (200 KB article)");
            out.println();
            out.println("| placements | us/plan | us per placement | B/op |");
            out.println("|--:|--:|--:|--:|");
            for (JmhResult row : plans) {
                int n = Integer.parseInt(row.params().get("placements"));
                double micros = 1e6 / row.opsPerSecond();
                out.printf(Locale.ROOT, "| %d | %s | %s | %s |%n", n, RatioTable.quantity(micros),
                        RatioTable.quantity(micros / n),
                        Double.isNaN(row.bytesPerOp()) ? "-" : String.format(Locale.ROOT, "%,.0f", row.bytesPerOp()));
            }
            out.println();
        }
    }

    /** The head of a time-per-KB table: a column per size and a last one, then the alignment row. */
    static String tableHead(List<String> sizes, String lastColumn) {
        StringBuilder header = new StringBuilder("| shape, flavour |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String size : sizes) {
            header.append(' ').append(size).append(" |");
            rule.append("--:|");
        }
        return header.append(' ').append(lastColumn).append(" |\n").append(rule).append("--:|").toString();
    }
}
