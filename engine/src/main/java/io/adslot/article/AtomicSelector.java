package io.adslot.article;

import java.util.Locale;

/**
 * A simple selector naming elements that the scanner must treat as atomic blocks (never entered),
 * written in rule files as {@code aside}, {@code .related}, {@code #comments}, {@code [data-embed]},
 * {@code [data-adslot=off]} or {@code div.related}.
 *
 * @param tag       lower-case tag name to match, or null for any tag
 * @param className class to match (one of the element's space-separated classes), or null
 * @param id        id to match, or null
 * @param attribute lower-case attribute name that must be present, or null
 * @param value     value the attribute must have (compared exactly), or null for presence only
 */
public record AtomicSelector(String tag, String className, String id, String attribute, String value) {

    /**
     * Parses one selector.
     *
     * @throws IllegalArgumentException with a message saying what is accepted, when the text is not
     *                                  one of the supported forms
     */
    public static AtomicSelector parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty selector; write a tag (aside), a class (.related), an id (#comments) or an attribute ([data-adslot=off])");
        }
        if (s.charAt(0) == '[') {
            if (s.charAt(s.length() - 1) != ']') {
                throw new IllegalArgumentException("selector \"" + s + "\" opens [ but does not close it; write [name] or [name=value]");
            }
            String inner = s.substring(1, s.length() - 1).strip();
            int eq = inner.indexOf('=');
            String name = (eq < 0 ? inner : inner.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            if (!isName(name)) {
                throw new IllegalArgumentException("selector \"" + s + "\" has no valid attribute name; write [name] or [name=value]");
            }
            String value = null;
            if (eq >= 0) {
                value = unquote(inner.substring(eq + 1).strip());
            }
            return new AtomicSelector(null, null, null, name, value);
        }
        if (s.charAt(0) == '#') {
            String id = s.substring(1);
            if (!isName(id)) {
                throw new IllegalArgumentException("selector \"" + s + "\" is not a valid id; write #comments");
            }
            return new AtomicSelector(null, null, id, null, null);
        }
        int dot = s.indexOf('.');
        String tag = (dot < 0 ? s : s.substring(0, dot)).toLowerCase(Locale.ROOT);
        String cls = dot < 0 ? null : s.substring(dot + 1);
        if (dot == 0) {
            tag = null;
        }
        if ((tag != null && !isName(tag)) || (cls != null && !isName(cls))) {
            throw new IllegalArgumentException("selector \"" + s + "\" is not supported; write a tag (aside), a class (.related), "
                    + "a tag with a class (div.related), an id (#comments) or an attribute ([data-adslot=off])");
        }
        return new AtomicSelector(tag, cls, null, null, null);
    }

    /** True when this selector needs the element's attributes to decide. */
    boolean needsAttributes() {
        return className != null || id != null || attribute != null;
    }

    private static boolean isName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':')) {
                return false;
            }
        }
        return true;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (tag != null) {
            b.append(tag);
        }
        if (className != null) {
            b.append('.').append(className);
        }
        if (id != null) {
            b.append('#').append(id);
        }
        if (attribute != null) {
            b.append('[').append(attribute);
            if (value != null) {
                b.append('=').append(value);
            }
            b.append(']');
        }
        return b.toString();
    }
}
