package io.adslot.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.adslot.cli.ArchiveJob;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The Spark job (local[2]) reports what adslot simulate and diff report, number for number")
class SparkArchiveRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Only these differ between two runs of the same job: how long it took, on how many threads. */
    private static final List<String> TIMING = List.of("seconds", "threads", "articlesPerSecond", "megabytesPerSecond");

    private static final Path ROOT = Path.of(System.getProperty("adslot.projectRoot", "../..")).toAbsolutePath().normalize();
    private static final Path FIXTURES = ROOT.resolve("engine/cli/src/test/resources/cli");
    private static final String ARCHIVE = FIXTURES.resolve("archive/articles.jsonl").toString();

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("adslot-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "localhost")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    /** The CLI's stdout for {@code args}, as a user runs it. */
    private CliOutput cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = io.adslot.cli.Main.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), dir);
        return new CliOutput(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record CliOutput(int code, String out, String err) {
    }

    /** The Spark job for {@code args} (simulate|diff, options, inputs), run in the test's Spark session. */
    private SparkArchiveRun.Summary spark(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--output");
        all.add(2, dir.resolve("out").toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.Options options = Main.Options.parse(all, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(options).as(err.toString(StandardCharsets.UTF_8)).isNotNull();
        return SparkArchiveRun.run(spark, options.job(), options.inputFormat(), options.output(), options.partitions());
    }

    /** Asserts that the Spark summary equals the CLI's text and JSON reports for the same job, timing aside. */
    private void assertSameReports(String[] cliArgs, SparkArchiveRun.Summary summary) throws IOException {
        CliOutput text = cli(cliArgs);
        String[] jsonArgs = new String[cliArgs.length + 2];
        System.arraycopy(cliArgs, 0, jsonArgs, 0, cliArgs.length);
        jsonArgs[cliArgs.length] = "--format";
        jsonArgs[cliArgs.length + 1] = "json";
        CliOutput json = cli(jsonArgs);

        assertThat(withoutTiming(summary.json())).isEqualTo(withoutTiming(json.out()));
        assertThat(withoutFirstLine(summary.text())).isEqualTo(withoutFirstLine(text.out()));
        assertThat(summary.failures()).hasSize(text.err().isBlank() ? 0 : (int) text.err().lines().count());
    }

    private static JsonNode withoutTiming(String json) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(json);
        root.remove(TIMING);
        return root;
    }

    private static String withoutFirstLine(String text) {
        return text.substring(text.indexOf('\n') + 1);
    }

    private static String fixture(String relative) {
        return FIXTURES.resolve(relative).toString();
    }

    @Test
    @DisplayName("simulate over the fixture archive: same report, bad records counted and listed, decisions written")
    void simulateFixture() throws IOException {
        SparkArchiveRun.Summary summary = spark("simulate", "--rules", fixture("rules/one-slot.yaml"), ARCHIVE);

        assertSameReports(new String[] {"simulate", "--rules", fixture("rules/one-slot.yaml"), "--jsonl", ARCHIVE}, summary);
        assertThat(summary.articles()).isEqualTo(3);
        assertThat(summary.failures()).hasSize(4).anyMatch(f -> f.endsWith("record no-body: no \"body\""));
        assertThat(Files.readAllLines(dir.resolve("out/failures.txt"))).isEqualTo(summary.failures());
        assertThat(Files.readString(dir.resolve("out/report.txt"))).isEqualTo(summary.text());

        Dataset<Row> decisions = spark.read().parquet(dir.resolve("out/decisions").toString());
        assertThat(decisions.count()).isEqualTo(3 * 3);
        Row harbour = decisions.where("id = 'harbour' and device = 'mobile'").first();
        assertThat(harbour.<String>getAs("revision")).isEqualTo("3");
        assertThat(harbour.<Integer>getAs("slots")).isEqualTo(1);
        assertThat(harbour.<String, Integer>getJavaMap(harbour.fieldIndex("slots_per_kind"))).isEqualTo(Map.of("ad", 1));
        assertThat(harbour.<Integer>getList(harbour.fieldIndex("offsets"))).hasSize(1);
        assertThat(harbour.<String>getList(harbour.fieldIndex("placements"))).containsExactly("inline");
        assertThat(decisions.columns()).containsExactly("id", "revision", "rules", "device", "variant", "slots",
                "slots_per_kind", "kinds", "placements", "offsets", "density", "words_between_slots", "density_cut",
                "limit_cut", "cuts");
        assertThat(decisions.where("size(words_between_slots) != greatest(slots - 1, 0)").count()).isZero();
        Row brief = decisions.where("id = '42' and device = 'tablet'").first();
        assertThat(brief.<Boolean>getAs("density_cut")).isTrue();
        assertThat(brief.<String>getList(brief.fieldIndex("cuts")).get(0)).startsWith("inline: ").contains("density");
    }

    @Test
    @DisplayName("diff over the fixture archive, for one device: same report; decisions for both rule sets")
    void diffFixture() throws IOException {
        String[] args = {"diff", "--rules", fixture("rules/many-slots.yaml"), "--rules", fixture("rules/news-only.yaml"),
            "--context", "device=desktop"};
        SparkArchiveRun.Summary summary = spark(concat(args, ARCHIVE));

        assertSameReports(concat(args, "--jsonl", ARCHIVE), summary);
        Dataset<Row> decisions = spark.read().parquet(dir.resolve("out/decisions").toString());
        assertThat(decisions.where("device = 'desktop'").count()).isEqualTo(2 * 3);
        assertThat(decisions.where("id = 'harbour'").select("rules", "slots").orderBy("slots").collectAsList())
                .extracting(r -> r.getString(0) + "=" + r.getInt(1))
                .containsExactly(fixture("rules/news-only.yaml") + "=1", fixture("rules/many-slots.yaml") + "=3");
    }

    @Test
    @DisplayName("Parquet input: the same articles as Parquet rows give the same report as the JSON Lines")
    void parquet() throws IOException {
        Path good = Files.writeString(dir.resolve("good.jsonl"),
                String.join("\n", Files.readAllLines(Path.of(ARCHIVE)).subList(0, 4)));
        String parquet = dir.resolve("archive.parquet").toString();
        spark.read().json(good.toString()).coalesce(1).write().parquet(parquet);

        SparkArchiveRun.Summary summary = spark("simulate", "--rules", fixture("rules/many-slots.yaml"), parquet);

        CliOutput cli = cli("simulate", "--rules", fixture("rules/many-slots.yaml"), "--format", "json", "--jsonl", good.toString());
        assertThat(withoutTiming(summary.json())).isEqualTo(withoutTiming(cli.out()));
    }

    @Test
    @DisplayName("simulate and diff over the corpus, converted to JSON Lines here: the same reports as the command line")
    void corpus() throws IOException {
        Path corpus = ROOT.resolve("../shared/corpus").normalize();
        assumeTrue(Files.isDirectory(corpus), "no article corpus at " + corpus + ": the corpus comparison is skipped"
                + " (the fixture archive comparisons still ran)");
        Path archive = dir.resolve("corpus.jsonl.gz");
        int written = CorpusArchive.write(corpus, List.of("trafilatura-readability"), archive);
        assertThat(written).isEqualTo(81);

        String[] simulate = {"simulate", "--rules", ROOT.resolve("rules/long-form.yaml").toString()};
        assertSameReports(concat(simulate, "--jsonl", archive.toString()), spark(concat(simulate, archive.toString())));
        String[] diff = {"diff", "--rules", ROOT.resolve("rules/default.yaml").toString(),
            "--rules", ROOT.resolve("rules/long-form.yaml").toString(), "--top", "20"};
        assertSameReports(concat(diff, "--jsonl", archive.toString()), spark(concat(diff, archive.toString())));
    }

    @Test
    @DisplayName("the job's rules are checked on the driver: a bad rule file gives file:line:col and no job")
    void badRules() throws IOException {
        Path rules = Files.writeString(dir.resolve("bad.yaml"), "version: 1\nplacements: 3\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        ArchiveJob job = ArchiveJob.fromArguments(List.of("simulate", "--rules", rules.toString(), ARCHIVE), Set.of(),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir);

        assertThat(job).isNull();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(rules + ":2:");
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    /** Writes corpus folders as one JSON Lines archive, a record per article in path order, id = path. */
    static final class CorpusArchive {

        private CorpusArchive() {
        }

        static int write(Path corpus, List<String> folders, Path archive) throws IOException {
            List<Path> files = new ArrayList<>();
            for (String folder : folders) {
                try (Stream<Path> walk = Files.walk(corpus.resolve(folder))) {
                    walk.filter(p -> p.toString().endsWith(".html")).sorted().forEach(files::add);
                }
            }
            try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(archive))) {
                for (Path file : files) {
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("id", corpus.relativize(file).toString());
                    record.put("body", read(file));
                    record.put("section", corpus.relativize(file).getName(0).toString());
                    out.write(JSON.writeValueAsBytes(record));
                    out.write('\n');
                }
            }
            return files.size();
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
