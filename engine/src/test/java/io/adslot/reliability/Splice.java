package io.adslot.reliability;

import java.util.List;

/**
 * One piece of markup inserted into an article at an offset of the original string. The
 * engine's {@code Insertion}s and the planner's slot offsets are both turned into these, so that
 * the checks below judge any producer the same way.
 *
 * @param offset index in the input where the markup goes
 * @param html   the inserted markup
 */
record Splice(int offset, String html) {

    /** Applies splices (ascending offsets; equal offsets keep their order) to the input. */
    static String apply(String input, List<Splice> splices) {
        StringBuilder out = new StringBuilder(input.length() + 64 * splices.size());
        int from = 0;
        for (Splice s : splices) {
            out.append(input, from, s.offset());
            out.append(s.html());
            from = s.offset();
        }
        return out.append(input, from, input.length()).toString();
    }

    /** A recognisable empty element standing for slot number {@code k}, for checks that reparse the output. */
    static String marker(int k) {
        return "<div data-reliability-slot=\"" + k + "\"></div>";
    }
}
