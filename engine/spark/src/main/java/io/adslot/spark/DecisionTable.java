package io.adslot.spark;

import io.adslot.cli.ArchiveJob;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The per-article decisions the job writes as Parquet: one row per article, rule set and device. Columns
 * are documented in {@code docs/spark.md}; they are {@link ArchiveJob.Decision}'s fields in snake case.
 */
final class DecisionTable {

    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("revision", DataTypes.StringType, true),
        DataTypes.createStructField("rules", DataTypes.StringType, false),
        DataTypes.createStructField("device", DataTypes.StringType, false),
        DataTypes.createStructField("variant", DataTypes.StringType, true),
        DataTypes.createStructField("slots", DataTypes.IntegerType, false),
        DataTypes.createStructField("slots_per_kind",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType, false), false),
        DataTypes.createStructField("kinds", DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField("placements", DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField("offsets", DataTypes.createArrayType(DataTypes.IntegerType, false), false),
        DataTypes.createStructField("density", DataTypes.DoubleType, false),
        DataTypes.createStructField("words_between_slots", DataTypes.createArrayType(DataTypes.IntegerType, false), false),
        DataTypes.createStructField("density_cut", DataTypes.BooleanType, false),
        DataTypes.createStructField("limit_cut", DataTypes.BooleanType, false),
        DataTypes.createStructField("cuts", DataTypes.createArrayType(DataTypes.StringType, false), false),
    });

    private DecisionTable() {
    }

    static Row row(ArchiveJob.Decision d) {
        return RowFactory.create(d.id(), d.revision(), d.rules(), d.device(), d.variant(), d.slots(),
                CollectionConverters.asScala(d.slotsPerKind()), seq(d.kinds()), seq(d.placements()), seq(d.offsets()),
                d.density(), seq(d.wordsBetweenSlots()), d.densityCut(), d.limitCut(), seq(d.cuts()));
    }

    private static scala.collection.Seq<?> seq(List<?> list) {
        return CollectionConverters.asScala(list);
    }
}
