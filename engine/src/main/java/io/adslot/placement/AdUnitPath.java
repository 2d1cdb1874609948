package io.adslot.placement;

import io.adslot.rules.ContextValues;
import java.util.Locale;

/**
 * Fills {@code {key}} references in an ad unit path with page context values.
 *
 * <p>A key the page does not supply drops its whole path segment instead of leaving an empty one:
 * {@code /1234/{section}/inarticle} becomes {@code /1234/inarticle} without a section, so an ad server
 * sees a real, shorter unit path rather than {@code /1234//inarticle}. A list key uses its first value.
 */
final class AdUnitPath {

    private AdUnitPath() {
    }

    static String fill(String pattern, ContextValues context) {
        if (pattern == null || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (close < 0) {
                out.append(pattern, i, pattern.length());
                break;
            }
            out.append(pattern, i, open);
            String key = pattern.substring(open + 1, close).strip().toLowerCase(Locale.ROOT);
            String value = context.first(key);
            i = close + 1;
            if (value != null) {
                out.append(value);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) == '/') {
                // Drop the now empty segment: skip the slash after it, or the slash before it at the end.
                if (i < pattern.length() && pattern.charAt(i) == '/') {
                    i++;
                } else if (i == pattern.length() && out.length() > 1) {
                    out.setLength(out.length() - 1);
                }
            }
        }
        return out.toString();
    }
}
