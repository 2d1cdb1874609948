package io.adslot.benchmarks;

import java.util.Locale;
import java.util.Map;

/**
 * One row of a JMH JSON result file ({@code -rf json}): a benchmark method at one parameter setting.
 *
 * @param benchmark     fully qualified benchmark name, {@code io.adslot.benchmarks.PeerBenchmark.jsoup}
 * @param mode          JMH mode: {@code thrpt}, {@code avgt}, {@code sample} or {@code ss}
 * @param threads       threads the benchmark ran on
 * @param params        the {@code @Param} values, by name
 * @param score         the primary metric's score
 * @param scoreError    its 99.9% error margin ({@code NaN} when JMH gave none)
 * @param scoreUnit     its unit: {@code ops/s}, {@code ops/ms}, {@code us/op}...
 * @param median        the primary metric's 50th percentile ({@code NaN} when JMH gave none)
 * @param bytesPerOp    {@code gc.alloc.rate.norm} from {@code -prof gc}, or {@code NaN} without it
 */
record JmhResult(String benchmark, String mode, int threads, Map<String, String> params, double score,
                 double scoreError, String scoreUnit, double median, double bytesPerOp) {

    JmhResult {
        params = Map.copyOf(params);
    }

    /** The method name: the part after the last dot. */
    String method() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** The benchmark class's simple name. */
    String className() {
        int lastDot = benchmark.lastIndexOf('.');
        int classDot = benchmark.lastIndexOf('.', lastDot - 1);
        return benchmark.substring(classDot + 1, Math.max(lastDot, classDot + 1));
    }

    /**
     * The score as operations per second, whatever the mode and unit (time-per-op modes are inverted).
     * In {@code sample} mode the median time per operation is used, not the mean: on a shared machine an
     * operation that lost the CPU to another process lands in the tail, and the median stays put.
     * Time-per-op modes measure each thread's operations, so on several threads the time is converted
     * to the throughput of all threads together, as a throughput score is.
     */
    double opsPerSecond() {
        double value = usesMedian() ? median : score;
        String unit = scoreUnit.trim().toLowerCase(Locale.ROOT);
        int slash = unit.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("unknown score unit " + scoreUnit + " in " + benchmark);
        }
        String top = unit.substring(0, slash);
        String bottom = unit.substring(slash + 1);
        if (top.equals("ops")) {
            return value / seconds(bottom);
        }
        if (bottom.equals("op")) {
            return threads / (value * seconds(top));
        }
        throw new IllegalArgumentException("unknown score unit " + scoreUnit + " in " + benchmark);
    }

    /** True when {@link #opsPerSecond()} is computed from the median. */
    boolean usesMedian() {
        return mode.equals("sample") && !Double.isNaN(median);
    }

    private double seconds(String timeUnit) {
        return switch (timeUnit) {
            case "ns" -> 1e-9;
            case "us" -> 1e-6;
            case "ms" -> 1e-3;
            case "s" -> 1.0;
            case "min" -> 60.0;
            case "hr" -> 3600.0;
            case "day" -> 86400.0;
            default -> throw new IllegalArgumentException("unknown time unit " + timeUnit + " in " + benchmark);
        };
    }
}
