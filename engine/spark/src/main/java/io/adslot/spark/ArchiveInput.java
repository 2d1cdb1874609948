package io.adslot.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.StructField;

/**
 * Reads an archive as records to plan: one row per article with its input {@code file}, its {@code position}
 * in the read (increasing through each file) and the record as {@code json} text, which the engine's own
 * record parser reads, as {@code adslot simulate --jsonl} does.
 *
 * <p>JSON Lines (gzip or not) is read as text, one row per line (the job skips blank ones, as the command
 * line does), so that a malformed line is a bad record like on the command line rather than a row of nulls. Parquet rows are written as JSON by Spark
 * ({@code to_json}), binary columns read as UTF-8 text first. Paths are anything Spark reads: local, HDFS,
 * S3 ({@code s3a://}), folders of part files.
 */
final class ArchiveInput {

    /** The input formats; {@code auto} picks Parquet when the first path ends in {@code .parquet}. */
    static final List<String> FORMATS = List.of("auto", "jsonl", "parquet");

    static final String FILE = "file";
    static final String POSITION = "position";
    static final String JSON = "json";

    private ArchiveInput() {
    }

    /** The records of {@code paths}, in {@code format} (see {@link #FORMATS}). */
    static Dataset<Row> read(SparkSession spark, List<String> paths, String format) {
        String chosen = format.equals("auto") ? guess(paths.get(0)) : format;
        String[] all = paths.toArray(new String[0]);
        Dataset<Row> records;
        if (chosen.equals("parquet")) {
            Dataset<Row> rows = spark.read().parquet(all);
            List<Column> columns = new ArrayList<>();
            for (StructField field : rows.schema().fields()) {
                Column column = col("`" + field.name() + "`");
                columns.add(field.dataType() instanceof BinaryType ? column.cast("string").as(field.name()) : column);
            }
            records = rows.select(to_json(struct(columns.toArray(new Column[0]))).as(JSON));
        } else {
            records = spark.read().text(all).withColumnRenamed("value", JSON);
        }
        return records.withColumn(FILE, input_file_name()).withColumn(POSITION, monotonically_increasing_id());
    }

    private static String guess(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".parquet") || p.endsWith(".parquet/") ? "parquet" : "jsonl";
    }
}
