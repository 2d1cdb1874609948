package io.adslot.benchmarks.peers;

import java.util.ArrayList;
import java.util.List;

/**
 * The slot markup every peer inserts: one "Advertisement · Scroll to continue" box per slot, like the
 * shipped template renders it (a labelled box reserving its height, unique id per slot).
 * Prepared once, before measuring; peers only insert the prepared strings.
 */
public final class SlotMarkup {

    private SlotMarkup() {
    }

    /** The markup of slot {@code ordinal} (1-based). */
    public static String slot(int ordinal) {
        return "<div class=\"adslot adslot--scroll\" id=\"adslot-in-article-" + ordinal + "\""
                + " data-placement=\"in-article\" data-ordinal=\"" + ordinal + "\""
                + " style=\"min-height:300px\"><span class=\"adslot__label\">Advertisement \u00B7 Scroll to continue"
                + "</span><div class=\"adslot__ad\" data-ad-unit=\"/1234/news/article\""
                + " data-sizes=\"300x250,336x280\"></div></div>";
    }

    /** The markups of slots 1 to {@code rule.max()}, in order. */
    public static List<String> forRule(InsertionRule rule) {
        List<String> slots = new ArrayList<>(rule.max());
        for (int i = 1; i <= rule.max(); i++) {
            slots.add(slot(i));
        }
        return List.copyOf(slots);
    }

    /** Total length of the given markups, for pre-sizing builders. */
    static int totalLength(List<String> slots) {
        int total = 0;
        for (String s : slots) {
            total += s.length();
        }
        return total;
    }
}
