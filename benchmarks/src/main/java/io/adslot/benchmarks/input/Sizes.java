package io.adslot.benchmarks.input;

import java.util.List;
import java.util.Locale;

/**
 * Article sizes as written in benchmark parameters: {@code "2KB"}, {@code "20KB"}, {@code "2MB"}.
 * A size counts Java {@code char}s of the body (1 KB = 1024), which for Latin-1 text is also its bytes.
 */
public final class Sizes {

    /** The sizes issue 6 compares the engine with its peers at. */
    public static final List<String> PEER_SIZES = List.of("2KB", "20KB", "200KB", "2MB");

    /** The scaling series, 1 KB to 10 MB in steps of about 3x, for time per KB. */
    public static final List<String> SCALING_SERIES =
            List.of("1KB", "3KB", "10KB", "30KB", "100KB", "300KB", "1MB", "3MB", "10MB");

    private Sizes() {
    }

    /** The number of chars a size label stands for; accepts {@code B}, {@code KB} and {@code MB}, any case. */
    public static int parse(String label) {
        String s = label.trim().toUpperCase(Locale.ROOT);
        int unit;
        String digits;
        if (s.endsWith("MB")) {
            unit = 1024 * 1024;
            digits = s.substring(0, s.length() - 2);
        } else if (s.endsWith("KB")) {
            unit = 1024;
            digits = s.substring(0, s.length() - 2);
        } else if (s.endsWith("B")) {
            unit = 1;
            digits = s.substring(0, s.length() - 1);
        } else {
            unit = 1;
            digits = s;
        }
        try {
            long chars = Long.parseLong(digits.trim()) * unit;
            if (chars <= 0 || chars > Integer.MAX_VALUE / 2) {
                throw new IllegalArgumentException("size out of range: " + label);
            }
            return (int) chars;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size: " + label + " (write e.g. 2KB, 20KB or 2MB)", e);
        }
    }
}
