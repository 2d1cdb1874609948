package io.adslot.rules;

import java.time.Duration;
import java.util.Locale;

/** Reads sizes ({@code 32MB}, {@code 512KB}, bytes) and durations ({@code 30s}, {@code 10m}, {@code 2h}, {@code 1d}). */
final class ByteSizes {

    private ByteSizes() {
    }

    /** Bytes, or null when the text is not a size. KB, MB and GB are binary (1024-based). */
    static Long parse(YamlNode node) {
        if (!(node instanceof YamlNode.Scalar s)) {
            return null;
        }
        String t = s.text().strip().toUpperCase(Locale.ROOT).replace(" ", "");
        long unit = 1;
        String digits = t;
        if (t.endsWith("KB") || t.endsWith("MB") || t.endsWith("GB")) {
            unit = switch (t.charAt(t.length() - 2)) {
                case 'K' -> 1L << 10;
                case 'M' -> 1L << 20;
                default -> 1L << 30;
            };
            digits = t.substring(0, t.length() - 2);
        } else if (t.endsWith("B")) {
            digits = t.substring(0, t.length() - 1);
        }
        Long n = number(digits);
        if (n == null || n < 1 || n > Long.MAX_VALUE / unit) {
            return null;
        }
        return n * unit;
    }

    /** A positive duration, or null. */
    static Duration duration(YamlNode node) {
        if (!(node instanceof YamlNode.Scalar s)) {
            return null;
        }
        String t = s.text().strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        char unit = t.charAt(t.length() - 1);
        Long n = number(t.substring(0, t.length() - 1));
        if (n == null || n < 1 || n > 1_000_000) {
            return null;
        }
        return switch (unit) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> null;
        };
    }

    private static Long number(String digits) {
        if (digits.isEmpty() || digits.length() > 15) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(digits);
    }
}
