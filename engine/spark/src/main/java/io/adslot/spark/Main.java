package io.adslot.spark;

import io.adslot.cli.ArchiveJob;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job's entry point, for {@code spark-submit}:
 * <pre>
 * spark-submit --class io.adslot.spark.Main adslot-spark-job.jar \
 *     simulate|diff [--rules FILE]... [--context key=value]... [--max-bytes N] [--top N] \
 *     [--input-format auto|jsonl|parquet] [--partitions N] [--format text|json] --output DIR INPUT...
 * </pre>
 * The options shared with {@code adslot simulate} and {@code adslot diff} mean the same. The report goes to
 * standard output (and, with the decisions, to the output folder); bad records are counted in it and listed
 * in {@code DIR/failures.txt}. Exit codes as the command line's: 0 success, 1 bad records or unusable rules,
 * 2 wrong usage. See {@code docs/spark.md}.
 */
public final class Main {

    static final String OUTPUT = "--output";
    static final String INPUT_FORMAT = "--input-format";
    static final String PARTITIONS = "--partitions";
    static final String FORMAT = "--format";

    static final String USAGE = "usage: spark-submit --class io.adslot.spark.Main adslot-spark-job.jar simulate|diff"
            + " [--rules FILE]... [--context key=value]... [--max-bytes N] [--top N] [--input-format auto|jsonl|parquet]"
            + " [--partitions N] [--format text|json] --output DIR INPUT...";

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code;
        SparkSession spark = null;
        try {
            Options options = Options.parse(List.of(args), err);
            if (options == null) {
                code = 1;
            } else {
                spark = SparkSession.builder().appName("adslot " + options.job().command()).getOrCreate();
                code = run(spark, options, out, err);
            }
        } catch (IllegalArgumentException e) {
            err.println("adslot-spark: " + e.getMessage());
            err.println(USAGE);
            code = 2;
        } finally {
            if (spark != null) {
                spark.stop();
            }
        }
        System.exit(code);
    }

    /** Runs the job in {@code spark}, printing the report; returns the exit code. */
    static int run(SparkSession spark, Options options, PrintStream out, PrintStream err) {
        SparkArchiveRun.Summary summary = SparkArchiveRun.run(spark, options.job(), options.inputFormat(),
                options.output(), options.partitions());
        int shown = Math.min(20, summary.failures().size());
        summary.failures().subList(0, shown).forEach(err::println);
        if (summary.failures().size() > shown) {
            err.println("... " + (summary.failures().size() - shown) + " more bad records in "
                    + options.output() + "/failures.txt");
        }
        out.print(options.format().equals("json") ? summary.json() : summary.text());
        out.flush();
        return summary.failures().isEmpty() ? 0 : 1;
    }

    /** The job and the runner's own options. */
    record Options(ArchiveJob job, String output, String inputFormat, int partitions, String format) {

        /**
         * Parses the arguments; the rules are checked here, on the driver.
         *
         * @return the options, or null after printing rule problems to {@code err}
         * @throws IllegalArgumentException for wrong usage
         */
        static Options parse(List<String> args, PrintStream err) {
            ArchiveJob job = ArchiveJob.fromArguments(args, Set.of(OUTPUT, INPUT_FORMAT, PARTITIONS, FORMAT), err,
                    Path.of("").toAbsolutePath());
            if (job == null) {
                return null;
            }
            String output = last(job, OUTPUT, null);
            if (output == null) {
                throw new IllegalArgumentException("--output DIR is required: where the decisions and reports go");
            }
            String inputFormat = last(job, INPUT_FORMAT, "auto");
            if (!ArchiveInput.FORMATS.contains(inputFormat)) {
                throw new IllegalArgumentException("--input-format must be one of " + String.join(", ", ArchiveInput.FORMATS)
                        + ", got \"" + inputFormat + "\"");
            }
            String format = last(job, FORMAT, "text");
            if (!format.equals("text") && !format.equals("json")) {
                throw new IllegalArgumentException("--format must be text or json, got \"" + format + "\"");
            }
            String partitionText = last(job, PARTITIONS, "0");
            int partitions;
            try {
                partitions = Integer.parseInt(partitionText);
                if (partitions < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--partitions needs a count >= 0, got \"" + partitionText + "\"");
            }
            return new Options(job, output, inputFormat, partitions, format);
        }

        private static String last(ArchiveJob job, String option, String fallback) {
            List<String> values = job.runnerOption(option);
            return values.isEmpty() ? fallback : values.get(values.size() - 1);
        }
    }
}
