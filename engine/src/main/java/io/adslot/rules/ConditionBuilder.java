package io.adslot.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@code when} mapping into a {@link Condition}.
 *
 * <p>Each key of a {@code when} mapping is one test and all of them must hold; {@code all}, {@code any}
 * and {@code not} combine tests; any other key names a context key, which must be a standard key or one
 * declared under {@code context}. How a value is matched depends on the key's type: text and list keys
 * take a value, a list of values (any of them) or {@code {any_of: [...], none_of: [...]}}; true/false keys
 * take {@code true} or {@code false}; number keys take a number or {@code {min: .., max: ..}}.
 * Nesting is bounded by the YAML reader's depth limit, so the recursion here is safe.
 */
final class ConditionBuilder {

    static final Set<String> DEVICES = Set.of("mobile", "tablet", "desktop");
    private static final Set<String> COMBINATORS = Set.of("all", "any", "not");

    private final Map<String, ContextKeyType> contextKeys;
    private final ProblemCollector problems;

    ConditionBuilder(Map<String, ContextKeyType> contextKeys, ProblemCollector problems) {
        this.contextKeys = contextKeys;
        this.problems = problems;
    }

    /** The condition, or {@link Condition.Always} for an absent node. */
    Condition build(YamlNode node, String name) {
        if (node == null) {
            return new Condition.Always();
        }
        if (!(node instanceof YamlNode.Mapping m)) {
            problems.error(node.position(), name + " must be a mapping of tests such as { device: mobile }, got " + node.describe());
            return new Condition.Always();
        }
        if (m.entries().isEmpty()) {
            problems.error(node.position(), name + " is empty; remove it or write a test such as { device: mobile }");
            return new Condition.Always();
        }
        List<Condition> parts = new ArrayList<>();
        for (YamlNode.Entry e : m.entries()) {
            Condition c = entry(e, name);
            if (c != null) {
                parts.add(c);
            }
        }
        Condition result = parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
        if (parts.size() > 1) {
            checkSatisfiable(parts, m.position(), name);
        }
        return result;
    }

    private Condition entry(YamlNode.Entry e, String name) {
        String key = e.key();
        String path = name + "." + key;
        switch (key) {
            case "all", "any" -> {
                if (!(e.value() instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
                    problems.error(e.value().position(), path + " must be a non-empty list of tests, such as [ { device: mobile }, { amp: false } ], got "
                            + e.value().describe());
                    return null;
                }
                List<Condition> parts = new ArrayList<>();
                for (YamlNode item : seq.items()) {
                    parts.add(build(item, path));
                }
                if (key.equals("all")) {
                    checkSatisfiable(parts, e.value().position(), path);
                    return new Condition.All(parts);
                }
                return new Condition.Any(parts);
            }
            case "not" -> {
                return new Condition.Not(build(e.value(), path));
            }
            default -> {
                ContextKeyType type = contextKeys.get(key);
                if (type == null) {
                    Set<String> known = new LinkedHashSet<>(contextKeys.keySet());
                    known.addAll(COMBINATORS);
                    String suggestion = Suggestions.closest(key, known);
                    problems.error(e.keyPosition(), "unknown context key \"" + key + "\""
                            + (suggestion != null ? ", did you mean \"" + suggestion + "\"?" : ";")
                            + " custom keys must be declared under context: (for example context: { " + key + ": string })");
                    return null;
                }
                return matcher(key, type, e.value(), path);
            }
        }
    }

    private Condition matcher(String key, ContextKeyType type, YamlNode value, String path) {
        switch (type) {
            case BOOLEAN -> {
                if (value instanceof YamlNode.Scalar s && s.type().isBoolean()) {
                    return new Condition.AnyOf(key, Set.of(String.valueOf(s.type() == YamlNode.ScalarType.TRUE)));
                }
                problems.error(value.position(), key + " is a true/false key; write " + key + ": true or " + key + ": false, got " + value.describe());
                return null;
            }
            case NUMBER -> {
                if (value instanceof YamlNode.Mapping) {
                    MappingReader r = MappingReader.of(value, path, value.position(), List.of("min", "max"), problems);
                    Double min = r.has("min") ? MappingReader.decimal(r.node("min"), path + ".min", problems) : null;
                    Double max = r.has("max") ? MappingReader.decimal(r.node("max"), path + ".max", problems) : null;
                    if (min == null && max == null) {
                        if (!r.has("min") && !r.has("max")) {
                            problems.error(value.position(), path + " needs min, max or both, such as { min: 0, max: 49 }");
                        }
                        return null;
                    }
                    if (min != null && max != null && min > max) {
                        problems.error(value.position(), path + ": min " + r.node("min").describe() + " is greater than max "
                                + r.node("max").describe() + ", so this never matches; swap them");
                        return null;
                    }
                    return new Condition.Range(key, min, max);
                }
                Double v = MappingReader.decimal(value, path, problems);
                return v == null ? null : new Condition.Range(key, v, v);
            }
            default -> {
                return textMatcher(key, value, path);
            }
        }
    }

    private Condition textMatcher(String key, YamlNode value, String path) {
        if (value instanceof YamlNode.Mapping) {
            MappingReader r = MappingReader.of(value, path, value.position(), List.of("any_of", "none_of"), problems);
            Set<String> anyOf = values(key, r.node("any_of"), path + ".any_of");
            Set<String> noneOf = values(key, r.node("none_of"), path + ".none_of");
            if (!r.has("any_of") && !r.has("none_of")) {
                problems.error(value.position(), path + " needs any_of, none_of or both, such as { none_of: [sponsored] }");
                return null;
            }
            if (anyOf != null && noneOf != null && !anyOf.isEmpty() && noneOf.containsAll(anyOf)) {
                problems.warning(value.position(), path + " can never match: every value of any_of is also in none_of");
            }
            List<Condition> parts = new ArrayList<>();
            if (anyOf != null && !anyOf.isEmpty()) {
                parts.add(new Condition.AnyOf(key, anyOf));
            }
            if (noneOf != null && !noneOf.isEmpty()) {
                parts.add(new Condition.NoneOf(key, noneOf));
            }
            if (parts.isEmpty()) {
                return null;
            }
            return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
        }
        Set<String> anyOf = values(key, value, path);
        return anyOf == null || anyOf.isEmpty() ? null : new Condition.AnyOf(key, anyOf);
    }

    /** Lower-cased values from a scalar or a list of scalars; null when absent or wrong. */
    private Set<String> values(String key, YamlNode node, String path) {
        if (node == null) {
            return null;
        }
        List<YamlNode> items = node instanceof YamlNode.Sequence s ? s.items() : List.of(node);
        if (items.isEmpty()) {
            problems.error(node.position(), path + " is an empty list, so it never matches; write at least one value");
            return null;
        }
        Set<String> result = new LinkedHashSet<>();
        for (YamlNode item : items) {
            String text = item instanceof YamlNode.Scalar ? MappingReader.text(item, path, problems) : null;
            if (!(item instanceof YamlNode.Scalar)) {
                problems.error(item.position(), path + ": expected a value or a list of values, got " + item.describe());
            }
            if (text == null) {
                continue;
            }
            String v = text.strip().toLowerCase(Locale.ROOT);
            if (key.equals("device") && !DEVICES.contains(v)) {
                String suggestion = Suggestions.closest(v, DEVICES);
                problems.error(item.position(), "unknown device \"" + text + "\""
                        + (suggestion != null ? ", did you mean \"" + suggestion + "\"?" : ";")
                        + " devices are: " + Suggestions.list(DEVICES));
                continue;
            }
            result.add(v);
        }
        return result;
    }

    /**
     * Warns when tests that must all hold ask a single-valued key for disjoint values, as in
     * {@code all: [ { device: mobile }, { device: desktop } ]}.
     */
    private void checkSatisfiable(List<Condition> parts, SourcePosition at, String name) {
        Map<String, Set<String>> allowed = new HashMap<>();
        for (Condition c : parts) {
            if (c instanceof Condition.AnyOf any && contextKeys.get(any.key()) != ContextKeyType.LIST) {
                Set<String> previous = allowed.get(any.key());
                Set<String> now = new LinkedHashSet<>(any.values());
                if (previous != null) {
                    now.retainAll(previous);
                    if (now.isEmpty()) {
                        problems.warning(at, name + " can never match: " + any.key() + " cannot be one of "
                                + Suggestions.list(previous) + " and one of " + Suggestions.list(any.values()) + " at once");
                    }
                }
                allowed.put(any.key(), now);
            }
        }
    }
}
