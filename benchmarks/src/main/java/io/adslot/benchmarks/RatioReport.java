package io.adslot.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;

/**
 * Prints the ratio tables of a JMH JSON result file: for every parameter setting, each benchmark's
 * raw score, operations per second and bytes allocated per operation ({@code -prof gc}), and its
 * throughput against the peers measured in the same run (by default {@code jsoup}, {@code atto},
 * {@code naiveSplice} and {@code copyLimit}; see {@link RatioTable}).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.adslot.benchmarks.RatioReport result.json [--baselines a,b,c]
 * </pre>
 *
 * Exit status 0 on success, 1 when the file cannot be read, 2 for wrong usage.
 */
public final class RatioReport {

    private RatioReport() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the report; returns the exit status. Visible for testing. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Path file = null;
        List<String> baselines = RatioTable.DEFAULT_BASELINES;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--baselines") && i + 1 < args.length) {
                baselines = Arrays.stream(args[++i].split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            } else if (file == null && !args[i].startsWith("--")) {
                file = Paths.get(args[i]);
            } else {
                return usage(err, "unexpected argument: " + args[i]);
            }
        }
        if (file == null) {
            return usage(err, "no result file given");
        }
        if (!Files.isReadable(file)) {
            err.println(file + ": cannot read the file (write it with JMH's -rf json -rff " + file + ")");
            return 1;
        }
        JmhResultFile results;
        try {
            results = JmhResultFile.read(file);
        } catch (IOException | RuntimeException e) {
            err.println(file + ": " + e.getMessage());
            return 1;
        }
        out.println("Throughput ratios: a benchmark's operations per second divided by the baseline's, at the same");
        out.println("parameters, measured in the same run (above 1 = faster than the baseline); in sample mode from");
        out.println("the median time per operation. JVM: " + results.jvm());
        out.println();
        out.print(new RatioTable(baselines).render(results.results()));
        return 0;
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: RatioReport RESULT.json [--baselines jsoup,atto,naiveSplice,copyLimit]");
        return 2;
    }
}
