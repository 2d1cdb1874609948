package io.adslot.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The page context as the rules see it: each key (lower-case, such as {@code device}, {@code section},
 * {@code tags}, {@code subscriber}) maps to one or more lower-cased values. Booleans are
 * {@code "true"}/{@code "false"}. A missing key has no values.
 *
 * <p>Values come from the reader's request, so their size is bounded: a value longer than
 * {@link #MAX_VALUE_CHARS} characters (after stripping) is dropped, so that it matches no condition and is
 * never rendered, and a key keeps at most {@link #MAX_VALUES_PER_KEY} values. Without this, a request with
 * a 100 KB {@code section} made cache keys and rendered markup of that size, each one retained.
 */
public final class ContextValues {

    /** Longest value kept; longer ones are dropped (documented in docs/limits.md). */
    public static final int MAX_VALUE_CHARS = 256;

    /** Most values kept per key (tags); the rest are dropped. */
    public static final int MAX_VALUES_PER_KEY = 64;

    private static final ContextValues EMPTY = new ContextValues(Map.of());

    private final Map<String, List<String>> values;

    private ContextValues(Map<String, List<String>> values) {
        this.values = values;
    }

    public static ContextValues empty() {
        return EMPTY;
    }

    /** Context from key to values; keys and values are lower-cased, empty values dropped. */
    public static ContextValues of(Map<String, ? extends List<String>> raw) {
        TreeMap<String, List<String>> normalized = new TreeMap<>();
        raw.forEach((k, vs) -> {
            List<String> clean = vs.stream()
                    .filter(v -> v != null && !v.isBlank())
                    .map(String::strip)
                    .filter(v -> v.length() <= MAX_VALUE_CHARS)
                    .limit(MAX_VALUES_PER_KEY)
                    .map(v -> v.toLowerCase(Locale.ROOT))
                    .toList();
            if (!clean.isEmpty()) {
                normalized.put(k.strip().toLowerCase(Locale.ROOT), clean);
            }
        });
        return new ContextValues(java.util.Collections.unmodifiableMap(normalized));
    }

    /** Convenience for single-valued keys. */
    public static ContextValues ofSingle(Map<String, String> raw) {
        TreeMap<String, List<String>> m = new TreeMap<>();
        raw.forEach((k, v) -> m.put(k, v == null ? List.of() : List.of(v)));
        return of(m);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** All values of the key, empty when absent. */
    public List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }

    /** The first value of the key, or null when absent. */
    public String first(String key) {
        List<String> v = values.get(key);
        return v == null ? null : v.get(0);
    }

    /** The underlying map, sorted by key. */
    public Map<String, List<String>> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContextValues other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
