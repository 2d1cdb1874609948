package io.adslot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture {@code jmh-result.json} has JMH 1.37's layout, with peer rows and engine rows to come. */
class RatioReportTest {

    @Test
    @DisplayName("reads benchmark, mode, threads, params, score, unit and bytes per op from JMH JSON")
    void readsResults() throws Exception {
        JmhResultFile file = JmhResultFile.read(fixture());

        assertThat(file.jvm()).isEqualTo("17.0.15, OpenJDK 64-Bit Server VM 17.0.15+6-Debian-1deb12u1");
        JmhResult jsoup = file.results().stream().filter(r -> r.method().equals("jsoup")
                && r.params().get("size").equals("20KB") && r.params().get("flavour").equals("LATIN1")).findFirst()
                .orElseThrow();
        assertThat(jsoup.className()).isEqualTo("PeerBenchmark");
        assertThat(jsoup.score()).isEqualTo(1000.0);
        assertThat(jsoup.bytesPerOp()).isEqualTo(900000.0);
        JmhResult cached = file.results().stream().filter(r -> r.method().equals("renderCached")).findFirst()
                .orElseThrow();
        assertThat(cached.bytesPerOp()).isNaN();
    }

    @Test
    @DisplayName("time per operation and other throughput units become operations per second")
    void opsPerSecond() {
        assertThat(row("ops/ms", 300).opsPerSecond()).isEqualTo(300_000.0);
        assertThat(row("us/op", 50).opsPerSecond()).isCloseTo(20_000.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(row("ops/s", 7).opsPerSecond()).isEqualTo(7.0);
    }

    @Test
    @DisplayName("in sample mode the median time per operation is used, so descheduled outliers do not count")
    void sampleModeUsesMedian() {
        JmhResult sampled = new JmhResult("x.Y.z", "sample", 1, java.util.Map.of(), 80.0, 5.0, "us/op", 10.0, Double.NaN);

        assertThat(sampled.opsPerSecond()).isCloseTo(100_000.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    @DisplayName("each row's throughput is divided by each peer's at the same size and flavour")
    void ratios() throws Exception {
        String report = report(fixture().toString());

        String latin1 = section(report, "size 20KB, flavour LATIN1");
        // renderCold: 50 us/op = 20,000 ops/s; jsoup 1,000 ops/s; atto 4,000; naive 320,000; copy 400,000
        assertThat(line(latin1, "| renderCold |")).contains("| 20,000 |", "| 200,000 |", "| 20.0x |", "| 5.00x |",
                "| 0.063x |", "| 0.050x |");
        assertThat(line(latin1, "| renderCold (2 threads) |")).contains("| 38.0x |");
        assertThat(line(latin1, "| renderCached |")).contains("| 300x |", "| 0.75x |");
        assertThat(line(latin1, "| renderAppendable |")).contains("(median 40.0)", "| 25,000 |", "| 25.0x |");
        assertThat(line(latin1, "| copyLimit |")).contains("| 400x |", "| 100x |", "| 1.25x |", "| 1.00x |");
        String utf16 = section(report, "size 20KB, flavour UTF16");
        assertThat(line(utf16, "| jsoup |")).contains("| 1.00x | - | - | 0.010x |");
    }

    @Test
    @DisplayName("engine rows come before the peers; groups are ordered by size numerically, then flavour")
    void ordering() throws Exception {
        String report = report(fixture().toString());

        assertThat(report.indexOf("size 2KB, flavour LATIN1")).isLessThan(report.indexOf("size 20KB, flavour LATIN1"));
        assertThat(report.indexOf("size 20KB, flavour LATIN1")).isLessThan(report.indexOf("size 20KB, flavour UTF16"));
        String latin1 = section(report, "size 20KB, flavour LATIN1");
        assertThat(latin1.indexOf("| renderCached |")).isLessThan(latin1.indexOf("| jsoup |"));
        assertThat(latin1.indexOf("| jsoup |")).isLessThan(latin1.indexOf("| copyLimit |"));
    }

    @Test
    @DisplayName("other baselines can be named; a missing file or no file is a clear error")
    void arguments(@TempDir Path dir) throws Exception {
        String report = report(fixture().toString(), "--baselines", "renderCold");
        assertThat(report).contains("| vs renderCold |").doesNotContain("vs jsoup");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(RatioReport.run(new String[] {dir.resolve("absent.json").toString()}, System.out, errStream))
                .isEqualTo(1);
        assertThat(RatioReport.run(new String[0], System.out, errStream)).isEqualTo(2);
        Files.writeString(dir.resolve("bad.json"), "{\"not\": \"jmh\"}");
        assertThat(RatioReport.run(new String[] {dir.resolve("bad.json").toString()}, System.out, errStream))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("-rf json", "usage:", "not a JMH JSON result file");
    }

    private static JmhResult row(String unit, double score) {
        return new JmhResult("x.Y.z", "thrpt", 1, java.util.Map.of(), score, Double.NaN, unit, Double.NaN, Double.NaN);
    }

    private static Path fixture() throws URISyntaxException {
        return Paths.get(RatioReportTest.class.getResource("jmh-result.json").toURI());
    }

    private static String report(String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = RatioReport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).as("exit status").isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String section(String report, String heading) {
        int start = report.indexOf("### " + heading + "\n");
        assertThat(start).as("section " + heading).isNotNegative();
        int end = report.indexOf("### ", start + 4);
        return report.substring(start, end < 0 ? report.length() : end);
    }

    private static String line(String section, String prefix) {
        List<String> lines = Arrays.stream(section.split("\n")).filter(l -> l.startsWith(prefix)).toList();
        assertThat(lines).as("row " + prefix).hasSize(1);
        return lines.get(0);
    }
}
