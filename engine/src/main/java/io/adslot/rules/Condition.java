package io.adslot.rules;

import java.util.List;
import java.util.Set;

/**
 * When a placement applies, as a predicate over the page context. A key the page does not supply
 * matches nothing (so {@code not} of it matches).
 */
public sealed interface Condition {

    /** True when this condition holds for the given page context. */
    boolean matches(ContextValues context);

    /** Adds the context keys this condition reads. */
    void collectKeys(Set<String> keys);

    /** Always true: a placement without {@code when}. */
    record Always() implements Condition {
        @Override
        public boolean matches(ContextValues context) {
            return true;
        }

        @Override
        public void collectKeys(Set<String> keys) {
        }
    }

    /** All of the parts hold. */
    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean matches(ContextValues context) {
            for (Condition c : parts) {
                if (!c.matches(context)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void collectKeys(Set<String> keys) {
            parts.forEach(c -> c.collectKeys(keys));
        }
    }

    /** At least one of the parts holds. */
    record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean matches(ContextValues context) {
            for (Condition c : parts) {
                if (c.matches(context)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void collectKeys(Set<String> keys) {
            parts.forEach(c -> c.collectKeys(keys));
        }
    }

    /** The part does not hold. */
    record Not(Condition part) implements Condition {
        @Override
        public boolean matches(ContextValues context) {
            return !part.matches(context);
        }

        @Override
        public void collectKeys(Set<String> keys) {
            part.collectKeys(keys);
        }
    }

    /**
     * The key has at least one of the values (compared case-insensitively); for a list key such as
     * {@code tags}, at least one of its values is among them.
     */
    record AnyOf(String key, Set<String> values) implements Condition {
        public AnyOf {
            values = Set.copyOf(values);
        }

        @Override
        public boolean matches(ContextValues context) {
            for (String v : context.all(key)) {
                if (values.contains(v)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void collectKeys(Set<String> keys) {
            keys.add(key);
        }
    }

    /** The key is supplied and none of its values are among the given ones. */
    record NoneOf(String key, Set<String> values) implements Condition {
        public NoneOf {
            values = Set.copyOf(values);
        }

        @Override
        public boolean matches(ContextValues context) {
            if (!context.has(key)) {
                return false;
            }
            for (String v : context.all(key)) {
                if (values.contains(v)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void collectKeys(Set<String> keys) {
            keys.add(key);
        }
    }

    /** A number key compared with a bound: {@code min <= value <= max} (either bound may be null). */
    record Range(String key, Double min, Double max) implements Condition {
        @Override
        public boolean matches(ContextValues context) {
            String raw = context.first(key);
            if (raw == null) {
                return false;
            }
            double v;
            try {
                v = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return false;
            }
            return (min == null || v >= min) && (max == null || v <= max);
        }

        @Override
        public void collectKeys(Set<String> keys) {
            keys.add(key);
        }
    }
}
