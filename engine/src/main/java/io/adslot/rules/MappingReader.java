package io.adslot.rules;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Typed, checked access to one mapping of a rule file. Every check that fails adds a problem at the
 * offending key or value and returns the default, so that loading goes on and reports every problem
 * at once. Keys are named in messages by their dotted path ({@code spacing.between.words}).
 */
final class MappingReader {

    private final YamlNode.Mapping mapping;
    private final String path;
    private final ProblemCollector problems;

    private MappingReader(YamlNode.Mapping mapping, String path, ProblemCollector problems) {
        this.mapping = mapping;
        this.path = path;
        this.problems = problems;
    }

    /**
     * A reader over {@code node}, which should be a mapping with keys from {@code allowed}. An absent
     * node reads as an empty mapping; another kind of node is reported and reads as empty; unknown keys
     * are reported with the closest known key.
     */
    static MappingReader of(YamlNode node, String path, SourcePosition fallback, Collection<String> allowed,
                            ProblemCollector problems) {
        if (node == null || isNull(node)) {
            return new MappingReader(new YamlNode.Mapping(List.of(), fallback), path, problems);
        }
        if (!(node instanceof YamlNode.Mapping m)) {
            problems.error(node.position(), (path.isEmpty() ? "the rule file" : path) + " must be a mapping with keys "
                    + Suggestions.list(allowed) + ", got " + node.describe());
            return new MappingReader(new YamlNode.Mapping(List.of(), node.position()), path, problems);
        }
        for (YamlNode.Entry e : m.entries()) {
            if (!allowed.contains(e.key())) {
                String suggestion = Suggestions.closest(e.key(), allowed);
                problems.error(e.keyPosition(), "unknown key \"" + e.key() + "\"" + (path.isEmpty() ? "" : " in " + path)
                        + (suggestion != null ? ", did you mean \"" + suggestion + "\"?" : "; write one of: " + Suggestions.list(allowed)));
            }
        }
        return new MappingReader(m, path, problems);
    }

    static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL;
    }

    YamlNode.Mapping mapping() {
        return mapping;
    }

    String path() {
        return path;
    }

    ProblemCollector problems() {
        return problems;
    }

    /** The dotted name of a key of this mapping. */
    String name(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return mapping.entry(key) != null;
    }

    YamlNode node(String key) {
        return mapping.get(key);
    }

    /** Where the key's value is, or where this mapping is when the key is absent. */
    SourcePosition at(String key) {
        YamlNode n = mapping.get(key);
        return n == null ? mapping.position() : n.position();
    }

    SourcePosition keyAt(String key) {
        YamlNode.Entry e = mapping.entry(key);
        return e == null ? mapping.position() : e.keyPosition();
    }

    SourcePosition position() {
        return mapping.position();
    }

    /** A nested mapping reader; absent reads as empty. */
    MappingReader child(String key, Collection<String> allowed) {
        return of(node(key), name(key), mapping.position(), allowed, problems);
    }

    int integer(String key, int min, int max, int defaultValue) {
        YamlNode n = node(key);
        if (n == null) {
            return defaultValue;
        }
        Long v = wholeNumber(n, name(key), problems);
        if (v == null) {
            return defaultValue;
        }
        return checkRange(n, name(key), v, min, max, problems) ? v.intValue() : defaultValue;
    }

    double number(String key, double min, double max, double defaultValue) {
        YamlNode n = node(key);
        if (n == null) {
            return defaultValue;
        }
        Double v = decimal(n, name(key), problems);
        if (v == null) {
            return defaultValue;
        }
        if (v < min) {
            problems.error(n.position(), name(key) + " must be >= " + plain(min) + ", got " + n.describe());
            return defaultValue;
        }
        if (v > max) {
            problems.error(n.position(), name(key) + " must be <= " + plain(max) + ", got " + n.describe());
            return defaultValue;
        }
        return v;
    }

    boolean bool(String key, boolean defaultValue) {
        YamlNode n = node(key);
        if (n == null) {
            return defaultValue;
        }
        Boolean v = bool(n, name(key), problems);
        return v == null ? defaultValue : v;
    }

    /** A text value; numbers and booleans read as their text. */
    String string(String key, String defaultValue) {
        YamlNode n = node(key);
        if (n == null) {
            return defaultValue;
        }
        String v = text(n, name(key), problems);
        return v == null ? defaultValue : v;
    }

    /** The items of a list value; a single scalar reads as a one-item list, absent as empty. */
    List<YamlNode> items(String key) {
        YamlNode n = node(key);
        if (n == null || isNull(n)) {
            return List.of();
        }
        if (n instanceof YamlNode.Sequence s) {
            return s.items();
        }
        if (n instanceof YamlNode.Scalar) {
            return List.of(n);
        }
        problems.error(n.position(), name(key) + ": expected a list, got " + n.describe());
        return List.of();
    }

    // ---- value conversions usable on any node ----

    static Long wholeNumber(YamlNode n, String name, ProblemCollector problems) {
        if (n instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.INTEGER) {
            try {
                return Long.decode(s.text().replace("_", "").replace("+", ""));
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
        }
        problems.error(n.position(), name + ": expected a whole number, got " + n.describe());
        return null;
    }

    static Double decimal(YamlNode n, String name, ProblemCollector problems) {
        if (n instanceof YamlNode.Scalar s
                && (s.type() == YamlNode.ScalarType.INTEGER || s.type() == YamlNode.ScalarType.FLOAT)) {
            try {
                double v = Double.parseDouble(s.text().replace("_", ""));
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
        }
        problems.error(n.position(), name + ": expected a number, got " + n.describe());
        return null;
    }

    static Boolean bool(YamlNode n, String name, ProblemCollector problems) {
        if (n instanceof YamlNode.Scalar s && s.type().isBoolean()) {
            return s.type() == YamlNode.ScalarType.TRUE;
        }
        problems.error(n.position(), name + ": expected true or false, got " + n.describe());
        return null;
    }

    static String text(YamlNode n, String name, ProblemCollector problems) {
        if (n instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL) {
            return s.text();
        }
        problems.error(n.position(), name + ": expected text, got " + n.describe());
        return null;
    }

    /** A lower-case identifier such as a placement id, kind or key name. */
    static String identifier(YamlNode n, String name, ProblemCollector problems) {
        String t = text(n, name, problems);
        if (t == null) {
            return null;
        }
        if (!isIdentifier(t)) {
            problems.error(n.position(), name + " must be lower-case letters, digits, - or _, starting with a letter, got \""
                    + t + "\"; write for example \"" + suggestIdentifier(t) + "\"");
            return null;
        }
        return t;
    }

    static boolean isIdentifier(String t) {
        if (t.isEmpty() || !(t.charAt(0) >= 'a' && t.charAt(0) <= 'z')) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static String suggestIdentifier(String t) {
        StringBuilder b = new StringBuilder();
        for (char c : t.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        String s = b.toString();
        return s.isEmpty() || !(s.charAt(0) >= 'a' && s.charAt(0) <= 'z') ? "x" + s : s;
    }

    static boolean checkRange(YamlNode n, String name, long v, long min, long max, ProblemCollector problems) {
        if (v < min) {
            problems.error(n.position(), name + " must be >= " + min + ", got " + v);
            return false;
        }
        if (v > max) {
            problems.error(n.position(), name + " must be <= " + max + ", got " + v);
            return false;
        }
        return true;
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
