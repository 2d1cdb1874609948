package io.adslot.cli;

import java.util.Arrays;

/** Mean and percentiles of a list of numbers, for report columns. */
record Distribution(double mean, double median, double p10, double p90, double max, int count) {

    static Distribution of(double[] values) {
        if (values.length == 0) {
            return new Distribution(0, 0, 0, 0, 0, 0);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new Distribution(sum / sorted.length, percentile(sorted, 0.5), percentile(sorted, 0.1), percentile(sorted, 0.9),
                sorted[sorted.length - 1], sorted.length);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
