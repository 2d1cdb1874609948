package io.adslot.spark;

import io.adslot.cli.ArchiveJob;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code simulate} or {@code diff} over an archive on Spark: every record is planned on the executors with
 * the engine each of them builds once ({@link ArchiveJob#plan}), the decisions are written as Parquet, and
 * what the report needs comes back to the driver, in input order, for the command line's own report.
 *
 * <p>Planning runs once: the outcomes are kept (memory, else disk) between writing the decisions and
 * collecting the report's part. The driver holds a few hundred bytes per article and device for the report
 * (no article text), the same as {@code adslot simulate} holds on one machine.
 *
 * <p>Output folder: {@code decisions/} (Parquet, {@link DecisionTable}), {@code report.txt},
 * {@code report.json} and {@code failures.txt} (one line per bad record).
 */
final class SparkArchiveRun {

    /** What the run produced, besides its output folder. */
    record Summary(String text, String json, List<String> failures, long articles, double seconds) {
    }

    /** One record's outcome with where it was in the input, to put the report back in input order. */
    record Placed(String file, long position, ArchiveJob.Outcome outcome) implements Serializable {
        Placed forReport() {
            return new Placed(file, position, outcome.forReport());
        }
    }

    private SparkArchiveRun() {
    }

    /**
     * Runs {@code job} over its inputs and writes the output folder.
     *
     * @param format     input format ({@link ArchiveInput#FORMATS})
     * @param partitions how many tasks to plan in; 0 for at least one per core of the cluster
     */
    static Summary run(SparkSession spark, ArchiveJob job, String format, String output, int partitions) {
        int cores = spark.sparkContext().defaultParallelism();
        Dataset<Row> records = ArchiveInput.read(spark, job.inputs(), format);
        int wanted = partitions > 0 ? partitions : cores;
        if (partitions > 0 || records.rdd().getNumPartitions() < wanted) {
            // A gzip file is one partition: spread its records so that every core plans. Spark's own row format
            // shuffles several times faster than the Java objects of an RDD would.
            records = records.repartition(wanted);
        }
        JavaRDD<Placed> planned = records.javaRDD()
                .filter(row -> !row.<String>getAs(ArchiveInput.JSON).isBlank())
                .map(row -> {
                    String file = row.getAs(ArchiveInput.FILE);
                    return new Placed(file, row.getAs(ArchiveInput.POSITION), job.plan(file, row.getAs(ArchiveInput.JSON)));
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long start = System.nanoTime();
            DecisionTable.of(spark, planned.flatMap(p -> p.outcome().decisions().stream().map(DecisionRow::of).iterator()))
                    .write().mode(SaveMode.Overwrite).parquet(new Path(output, "decisions").toString());
            // A partition at a time, so that no single result grows past spark.driver.maxResultSize.
            List<Placed> placed = new ArrayList<>();
            planned.map(Placed::forReport).toLocalIterator().forEachRemaining(placed::add);
            long nanos = System.nanoTime() - start;
            placed.sort(Comparator.comparing(Placed::file).thenComparingLong(Placed::position));
            List<ArchiveJob.Outcome> outcomes = new ArrayList<>(placed.size());
            List<String> failures = new ArrayList<>();
            for (Placed p : placed) {
                outcomes.add(p.outcome());
                if (p.outcome().failed()) {
                    failures.add(p.outcome().failure());
                }
            }
            Summary summary = new Summary(job.report(outcomes, nanos, cores, "text"), job.report(outcomes, nanos, cores, "json"),
                    failures, outcomes.size() - failures.size(), nanos / 1e9);
            write(spark, output, "report.txt", summary.text());
            write(spark, output, "report.json", summary.json());
            write(spark, output, "failures.txt", failures.isEmpty() ? "" : String.join("\n", failures) + "\n");
            return summary;
        } finally {
            planned.unpersist(false);
        }
    }

    private static void write(SparkSession spark, String folder, String name, String text) {
        Path path = new Path(folder, name);
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (OutputStream out = fs.create(path, true)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
