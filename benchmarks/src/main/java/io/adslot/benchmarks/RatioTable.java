package io.adslot.benchmarks;

import io.adslot.benchmarks.input.Sizes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays out JMH results as Markdown tables, one per parameter setting (size, flavour...): every
 * benchmark's raw score, its throughput in operations per second, its bytes allocated per operation,
 * and its throughput ratio against each baseline benchmark of the same setting.
 *
 * <p>Generic over benchmark names: rows are whatever methods the file holds (the peers' {@code jsoup},
 * {@code atto}, {@code naiveSplice}, {@code copyLimit}; the engine's {@code renderCold},
 * {@code renderCached}, {@code scan}, {@code plan}...), from any benchmark classes, matched by their
 * {@code @Param} values. A ratio above 1 means faster than the baseline. In {@code sample} mode
 * ({@code -bm sample}) operations per second come from the median time per operation, which stays
 * meaningful on a machine shared with other work (see {@link JmhResult#opsPerSecond()}). Baselines are compared at one
 * thread when they were measured at several.
 */
final class RatioTable {

    /** The peers of issue 6, as named in {@link PeerBenchmark}. */
    static final List<String> DEFAULT_BASELINES = List.of("jsoup", "atto", "naiveSplice", "copyLimit");

    private final List<String> baselines;

    RatioTable(List<String> baselines) {
        this.baselines = List.copyOf(baselines);
    }

    String render(List<JmhResult> results) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Map<String, String>, List<JmhResult>> group : groupByParams(results).entrySet()) {
            out.append("### ").append(describe(group.getKey())).append("\n\n");
            renderGroup(group.getValue(), out);
            out.append('\n');
        }
        return out.toString();
    }

    private void renderGroup(List<JmhResult> rows, StringBuilder out) {
        Map<String, JmhResult> baselineRows = new HashMap<>();
        for (String name : baselines) {
            JmhResult chosen = null;
            for (JmhResult row : rows) {
                if (row.method().equals(name) && (chosen == null || row.threads() == 1)) {
                    chosen = row;
                }
            }
            if (chosen != null) {
                baselineRows.put(name, chosen);
            }
        }
        out.append("| benchmark | score | ops/s | B/op |");
        for (String name : baselines) {
            out.append(" vs ").append(name).append(" |");
        }
        out.append("\n|---|--:|--:|--:|");
        out.append("--:|".repeat(baselines.size())).append('\n');
        for (JmhResult row : ordered(rows)) {
            out.append("| ").append(label(row, rows)).append(" | ").append(score(row)).append(" | ")
                    .append(quantity(row.opsPerSecond())).append(" | ").append(bytes(row.bytesPerOp())).append(" |");
            for (String name : baselines) {
                JmhResult baseline = baselineRows.get(name);
                out.append(' ').append(baseline == null ? "-" : ratio(row.opsPerSecond() / baseline.opsPerSecond()))
                        .append(" |");
            }
            out.append('\n');
        }
    }

    /** Benchmarks that are not baselines first, in file order, then the baselines in their given order. */
    private List<JmhResult> ordered(List<JmhResult> rows) {
        List<JmhResult> ordered = new ArrayList<>();
        for (JmhResult row : rows) {
            if (!baselines.contains(row.method())) {
                ordered.add(row);
            }
        }
        for (String name : baselines) {
            for (JmhResult row : rows) {
                if (row.method().equals(name)) {
                    ordered.add(row);
                }
            }
        }
        return ordered;
    }

    /** The method name; with the class when two classes share it here; with the threads when more than one. */
    private static String label(JmhResult row, List<JmhResult> group) {
        boolean shared = group.stream()
                .anyMatch(other -> other.method().equals(row.method()) && !other.className().equals(row.className()));
        String name = shared ? row.className() + "." + row.method() : row.method();
        return row.threads() == 1 ? name : name + " (" + row.threads() + " threads)";
    }

    /** Groups rows by their parameter values; groups ordered by size first (numerically), then by the others. */
    static Map<Map<String, String>, List<JmhResult>> groupByParams(List<JmhResult> results) {
        Map<Map<String, String>, List<JmhResult>> groups = new TreeMap<>(RatioTable::compareParams);
        for (JmhResult row : results) {
            groups.computeIfAbsent(new TreeMap<>(row.params()), k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    private static int compareParams(Map<String, String> a, Map<String, String> b) {
        List<String> keys = new ArrayList<>(new TreeMap<>(a).keySet());
        for (String key : b.keySet()) {
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        keys.sort(Comparator.comparing((String k) -> !k.equals("size")).thenComparing(k -> k));
        for (String key : keys) {
            int c = compareValues(a.get(key), b.get(key));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int compareValues(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        Integer sizeA = sizeOrNull(a);
        Integer sizeB = sizeOrNull(b);
        if (sizeA != null && sizeB != null) {
            return Integer.compare(sizeA, sizeB);
        }
        return a.compareTo(b);
    }

    private static Integer sizeOrNull(String value) {
        if (value.isEmpty() || !Character.isDigit(value.charAt(0))) {
            return null;
        }
        try {
            return Sizes.parse(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String describe(Map<String, String> params) {
        if (params.isEmpty()) {
            return "no parameters";
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        if (params.containsKey("size")) {
            ordered.put("size", params.get("size"));
        }
        params.forEach(ordered::putIfAbsent);
        StringBuilder sb = new StringBuilder();
        ordered.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return sb.toString();
    }

    private static String score(JmhResult row) {
        String error = Double.isNaN(row.scoreError()) ? "" : " ± " + quantity(row.scoreError());
        String median = row.usesMedian() ? " (median " + quantity(row.median()) + ")" : "";
        return quantity(row.score()) + error + " " + row.scoreUnit() + median;
    }

    /** Three significant figures, thousands grouped: {@code 1,234,000}, {@code 56.7}, {@code 0.00123}. */
    static String quantity(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "-";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1000) {
            double rounded = Math.round(value / Math.pow(10, Math.floor(Math.log10(magnitude)) - 2))
                    * Math.pow(10, Math.floor(Math.log10(magnitude)) - 2);
            return String.format(Locale.ROOT, "%,.0f", rounded);
        }
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    private static String bytes(double bytesPerOp) {
        return Double.isNaN(bytesPerOp) ? "-" : String.format(Locale.ROOT, "%,.0f", bytesPerOp);
    }

    /** A ratio with two significant decimals below 10, one below 100, none above: {@code 0.77x}, {@code 46.3x}. */
    static String ratio(double ratio) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return "-";
        }
        if (ratio >= 100) {
            return String.format(Locale.ROOT, "%.0fx", ratio);
        }
        if (ratio >= 10) {
            return String.format(Locale.ROOT, "%.1fx", ratio);
        }
        if (ratio >= 0.1) {
            return String.format(Locale.ROOT, "%.2fx", ratio);
        }
        return String.format(Locale.ROOT, "%.3fx", ratio);
    }
}
