package io.adslot.placement;

import io.adslot.rules.ContextValues;
import java.util.Locale;

/**
 * Fills {@code {key}} references in an ad unit path with page context values.
 *
 * <p>A key the page does not supply drops its whole path segment instead of leaving an empty one:
 * {@code /1234/{section}/inarticle} becomes {@code /1234/inarticle} without a section, so an ad server
 * sees a real, shorter unit path rather than {@code /1234//inarticle}. A list key uses its first value.
 *
 * <p>Context values come from the reader's request (a section from the URL, a tag), so only a safe set of
 * characters may enter the path: lower-case ASCII letters, digits, {@code _}, {@code -} and {@code .}, and
 * not a segment of dots alone. A value outside it ({@code news/../../evil?x=1#}) could change the targeting;
 * the planner drops the placement's slots for that page and says why ({@link #unsafeValue}).
 */
final class AdUnitPath {

    private AdUnitPath() {
    }

    /**
     * Why the path cannot be filled safely for this page: the first referenced context value outside the
     * safe set, described for {@code explain}; null when every value is safe or absent.
     */
    static String unsafeValue(String pattern, ContextValues context) {
        if (pattern == null || pattern.indexOf('{') < 0) {
            return null;
        }
        int open = pattern.indexOf('{');
        while (open >= 0) {
            int close = pattern.indexOf('}', open);
            if (close < 0) {
                return null;
            }
            String key = pattern.substring(open + 1, close).strip().toLowerCase(Locale.ROOT);
            String value = context.first(key);
            if (value != null && !isSafe(value)) {
                return "ad unit path " + pattern + ": context value " + key + "=\"" + value + "\" has characters"
                        + " outside a-z 0-9 _ - . (or is only dots), so it could change the ad unit; no slot";
            }
            open = pattern.indexOf('{', close);
        }
        return null;
    }

    private static boolean isSafe(String value) {
        boolean onlyDots = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.')) {
                return false;
            }
            onlyDots &= c == '.';
        }
        return !onlyDots;
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
