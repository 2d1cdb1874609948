package io.adslot.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A YAML document as the rule loader reads it: mappings, sequences and scalars, each remembering
 * where it was written, so that every problem can point at a line and column. Jackson's data-binding
 * would lose those positions; this tree keeps them, and merging trees (for {@code extends},
 * {@code defaults} and variants) keeps each value's own position, even across files.
 */
sealed interface YamlNode {

    SourcePosition position();

    /** A word for messages: "a mapping", "a list", "a number"... */
    String describe();

    /**
     * A scalar value as written.
     *
     * @param text     the text as written (for null, the empty string)
     * @param type     what YAML made of it
     * @param position where it starts
     */
    record Scalar(String text, ScalarType type, SourcePosition position) implements YamlNode {

        @Override
        public String describe() {
            return switch (type) {
                case NULL -> "nothing";
                case TRUE, FALSE -> text;
                case INTEGER, FLOAT -> Excerpt.of(text);
                case STRING -> "\"" + Excerpt.of(text) + "\"";
            };
        }
    }

    /**
     * What YAML made of a scalar. YAML 1.1 reads {@code yes}, {@code no}, {@code on} and {@code off} as
     * booleans; the scalar keeps the text as written, so where text is expected ({@code id: off}) it
     * still reads as written.
     */
    enum ScalarType {
        STRING,
        INTEGER,
        FLOAT,
        TRUE,
        FALSE,
        NULL;

        boolean isBoolean() {
            return this == TRUE || this == FALSE;
        }
    }

    /**
     * A mapping in document order.
     *
     * @param entries  key-value pairs, keys unique
     * @param position where the mapping starts
     */
    record Mapping(List<Entry> entries, SourcePosition position) implements YamlNode {

        public Mapping {
            entries = List.copyOf(entries);
        }

        /** The entry for the key, or null. */
        Entry entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        /** The value for the key, or null. */
        YamlNode get(String key) {
            Entry e = entry(key);
            return e == null ? null : e.value();
        }

        List<String> keys() {
            List<String> keys = new ArrayList<>(entries.size());
            entries.forEach(e -> keys.add(e.key()));
            return keys;
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** One key of a mapping, with the key's own position. */
    record Entry(String key, SourcePosition keyPosition, YamlNode value) {
    }

    /** A sequence in document order. */
    record Sequence(List<YamlNode> items, SourcePosition position) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }
}
