package io.adslot.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * A content-root setting as written in a rule file or given to the engine's builder: CSS selectors tried
 * in order, and {@code auto} for the automatic mode (tried after the selectors when both are given).
 *
 * @param selectors the selectors, in order
 * @param automatic true when {@code auto} was given
 */
public record ContentRootSetting(List<Selector> selectors, boolean automatic) {

    public ContentRootSetting {
        selectors = List.copyOf(selectors);
    }

    /**
     * Parses {@code "article .entry-content, #story-body, auto"}.
     *
     * @throws IllegalArgumentException saying what is wrong and what to write instead
     */
    public static ContentRootSetting parse(String text) {
        List<Selector> selectors = new ArrayList<>();
        boolean automatic = false;
        for (String part : splitTopLevel(text)) {
            String s = part.strip();
            if (s.equals("auto")) {
                automatic = true;
            } else if (s.isEmpty()) {
                throw new IllegalArgumentException("content root \"" + text + "\" has an empty entry; write selectors "
                        + "separated by commas, such as article .entry-content, #story-body, or auto");
            } else {
                selectors.add(Selector.parse(s));
            }
        }
        return new ContentRootSetting(selectors, automatic);
    }

    /** Splits at commas outside quotes and brackets. */
    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
