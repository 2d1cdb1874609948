package io.adslot.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CopyLimitTest {

    private final CopyLimit copyLimit = new CopyLimit(Fixtures.SLOTS);

    @Test
    @DisplayName("the offsets are the ends of top-level paragraphs 2, 6 and 10, as the block scanner delimits them")
    void offsetsFor_smallArticle() {
        String body = Fixtures.read("small-article.html");

        int[] offsets = CopyLimit.offsetsFor(body, Fixtures.RULE);

        assertThat(offsets).containsExactly(
                endOf(body, "P2 It agreed"), endOf(body, "P6 After"), endOf(body, "P10 Ten"));
    }

    @Test
    @DisplayName("the output is the input with each slot at its offset: minus the slots, it is the input")
    void splice_insertsAtOffsets() {
        String body = Fixtures.read("small-article.html");
        int[] offsets = CopyLimit.offsetsFor(body, Fixtures.RULE);

        String output = copyLimit.splice(body, offsets);

        assertThat(Fixtures.withoutSlots(output)).isEqualTo(body);
        assertThat(Fixtures.slotOffsetsInInput(output)).containsExactly(offsets);
        assertThat(output).hasSize(body.length() + Fixtures.SLOTS.stream().mapToInt(String::length).sum());
    }

    @Test
    @DisplayName("with fewer offsets than slots only the first slots are inserted")
    void splice_fewerOffsets() {
        String output = copyLimit.splice("<p>a</p><p>b</p>", new int[] {8});

        assertThat(output).isEqualTo("<p>a</p>" + Fixtures.SLOTS.get(0) + "<p>b</p>");
    }

    /** The offset just past the {@code </p>} of the paragraph starting with {@code text}. */
    static int endOf(String body, String text) {
        return body.indexOf("</p>", body.indexOf(text)) + 4;
    }
}
