package io.adslot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.benchmarks.input.Flavour;
import io.adslot.benchmarks.input.Shape;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CpuScalingTest {

    @Test
    @DisplayName("prints one row per shape and flavour, a positive CPU time per KB at each size, and the spread")
    void printsTheTable() {
        String table = runMain("1KB,10KB", "1", "1", "1");

        List<String> rows = Arrays.stream(table.split("\n")).filter(l -> l.startsWith("| ") && !l.startsWith("| shape")).toList();
        assertThat(rows).hasSize(Shape.values().length * Flavour.values().length);
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("| NEWS, UTF16 |"));
        for (String row : rows) {
            String[] cells = row.split("\\|");
            // | name | 1KB | 10KB | max/min |
            assertThat(cells).hasSize(5);
            for (String cell : List.of(cells[2], cells[3])) {
                String[] processAndThread = cell.trim().split(" / ");
                assertThat(Double.parseDouble(processAndThread[0])).as(row).isPositive();
                assertThat(Double.parseDouble(processAndThread[1])).as(row).isPositive();
            }
            assertThat(cells[4].trim()).matches("\\d+\\.\\d\\dx");
        }
        assertThat(table).contains("| shape, flavour | 1KB | 10KB | max/min (process) |")
                .containsPattern("Over all shapes, flavours and sizes: [0-9.]+ to [0-9.]+ us/KB, max/min [0-9.]+x");
    }

    private static String runMain(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            CpuScaling.main(args);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
