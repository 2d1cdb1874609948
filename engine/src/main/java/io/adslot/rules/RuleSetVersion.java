package io.adslot.rules;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The version of a resolved rule set: the first 16 hex digits of the SHA-256 of a canonical text form of
 * everything in it except its version and source. Sets and maps are written sorted, so the version does
 * not depend on hash iteration order; any change of any value gives a new version.
 */
final class RuleSetVersion {

    private RuleSetVersion() {
    }

    static String of(RuleSet rules) {
        StringBuilder canonical = new StringBuilder();
        List<Object> parts = new ArrayList<>(Arrays.asList(rules.scan(), rules.layouts(), rules.placements(), rules.variants(),
                rules.maxSlotsPerPage(), rules.contextKeys(), rules.overridable(), rules.cache()));
        String page = rules.page().canonical();
        if (!page.equals(io.adslot.structure.PageOptions.defaults().canonical())) {
            parts.add(page); // only when set, so that the versions of rule sets without them stay as they were
        }
        write(parts, canonical);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Writes a value canonically. Model depth is bounded by the rule file's depth limit. */
    static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('(');
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                out.append(c.getName()).append('=');
                try {
                    write(c.getAccessor().invoke(record), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c, e);
                }
                out.append(';');
            }
            out.append(')');
        } else if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            out.append('{');
            sorted.forEach((k, v) -> {
                quote(k, out);
                out.append(':');
                write(v, out);
                out.append(',');
            });
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (Object o : list) {
                write(o, out);
                out.append(',');
            }
            out.append(']');
        } else if (value instanceof Collection<?> set) {
            List<String> parts = new ArrayList<>();
            for (Object o : set) {
                StringBuilder b = new StringBuilder();
                write(o, b);
                parts.add(b.toString());
            }
            parts.sort(null);
            out.append('<').append(String.join(",", parts)).append('>');
        } else if (value instanceof String s) {
            quote(s, out);
        } else if (value instanceof Enum<?> e) {
            out.append(e.name());
        } else {
            out.append(value);
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
}
