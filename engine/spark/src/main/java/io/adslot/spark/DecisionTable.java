package io.adslot.spark;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The per-article decisions the job writes as Parquet: one row per article, rule set and device, with the
 * columns documented in {@code docs/spark.md} ({@link DecisionRow}'s fields in snake case, in this order).
 */
final class DecisionTable {

    /** Bean property, column name. */
    private static final String[][] COLUMNS = {
        {"id", "id"}, {"revision", "revision"}, {"rules", "rules"}, {"device", "device"}, {"variant", "variant"},
        {"slots", "slots"}, {"slotsPerKind", "slots_per_kind"}, {"kinds", "kinds"}, {"placements", "placements"},
        {"offsets", "offsets"}, {"density", "density"}, {"wordsBetweenSlots", "words_between_slots"},
        {"densityCut", "density_cut"}, {"limitCut", "limit_cut"}, {"cuts", "cuts"},
    };

    private DecisionTable() {
    }

    static Dataset<Row> of(SparkSession spark, JavaRDD<DecisionRow> rows) {
        Column[] columns = new Column[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            columns[i] = col(COLUMNS[i][0]).as(COLUMNS[i][1]);
        }
        return spark.createDataset(rows.rdd(), Encoders.bean(DecisionRow.class)).select(columns);
    }
}
