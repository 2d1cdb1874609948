package io.adslot.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JMH JSON result file read into {@link JmhResult}s, plus the JVM it was measured on.
 *
 * @param results rows in file order
 * @param jvm     JDK version and VM name of the first row, e.g. {@code 17.0.15, OpenJDK 64-Bit Server VM}
 */
record JmhResultFile(List<JmhResult> results, String jvm) {

    private static final String ALLOCATION_METRIC = "gc.alloc.rate.norm";

    static JmhResultFile read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(file + " is not a JMH JSON result file (expected an array; run JMH with -rf json)");
        }
        List<JmhResult> results = new ArrayList<>();
        String jvm = "";
        for (JsonNode row : root) {
            if (jvm.isEmpty()) {
                jvm = (row.path("jdkVersion").asText("") + ", " + row.path("vmName").asText("") + " "
                        + row.path("vmVersion").asText("")).trim();
            }
            results.add(parse(row));
        }
        return new JmhResultFile(List.copyOf(results), jvm);
    }

    private static JmhResult parse(JsonNode row) {
        Map<String, String> params = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = row.path("params").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            params.put(field.getKey(), field.getValue().asText());
        }
        JsonNode primary = row.path("primaryMetric");
        double bytesPerOp = Double.NaN;
        Iterator<Map.Entry<String, JsonNode>> secondary = row.path("secondaryMetrics").fields();
        while (secondary.hasNext()) {
            Map.Entry<String, JsonNode> metric = secondary.next();
            // older JMH versions prefix secondary metric names with a middle dot
            if (metric.getKey().endsWith(ALLOCATION_METRIC)) {
                bytesPerOp = metric.getValue().path("score").asDouble(Double.NaN);
            }
        }
        return new JmhResult(row.path("benchmark").asText(), row.path("mode").asText(), row.path("threads").asInt(1),
                params, primary.path("score").asDouble(Double.NaN), number(primary.path("scoreError")),
                primary.path("scoreUnit").asText(), number(primary.path("scorePercentiles").path("50.0")), bytesPerOp);
    }

    /** JMH writes "NaN" as a string when there is no error margin (a single iteration). */
    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }
}
