package io.adslot.engine;

import static org.assertj.core.api.Assertions.assertThat;

/** The promise every render keeps: take the insertions out of the output and the input comes back. */
final class Outputs {

    private Outputs() {
    }

    /** Asserts that applying the result's insertions to the input gives its output, and removing them gives the input. */
    static void assertInsertionsReproduce(String input, RenderResult result) {
        assertThat(applyInsertions(input, result)).isEqualTo(result.html());
        StringBuilder removed = new StringBuilder(result.html());
        int shift = 0;
        for (Insertion insertion : result.insertions()) {
            int at = insertion.offset() + shift;
            assertThat(removed.substring(at, at + insertion.html().length())).isEqualTo(insertion.html());
            shift += insertion.html().length();
        }
        for (int i = result.insertions().size() - 1; i >= 0; i--) {
            Insertion insertion = result.insertions().get(i);
            int at = insertion.offset() + markupBefore(result, i);
            removed.delete(at, at + insertion.html().length());
        }
        assertThat(removed.toString()).isEqualTo(input);
    }

    static String applyInsertions(String input, RenderResult result) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (Insertion insertion : result.insertions()) {
            assertThat(insertion.offset()).isBetween(from, input.length());
            out.append(input, from, insertion.offset()).append(insertion.html());
            from = insertion.offset();
        }
        return out.append(input, from, input.length()).toString();
    }

    private static int markupBefore(RenderResult result, int index) {
        int total = 0;
        for (int i = 0; i < index; i++) {
            total += result.insertions().get(i).html().length();
        }
        return total;
    }
}
