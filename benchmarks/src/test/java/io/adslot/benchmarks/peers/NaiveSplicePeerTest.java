package io.adslot.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NaiveSplicePeerTest {

    private final NaiveSplicePeer peer = new NaiveSplicePeer(Fixtures.RULE, Fixtures.SLOTS);

    @Test
    @DisplayName("on plain paragraphs it puts the slots after paragraphs 2, 6 and 10 and loses nothing")
    void plainParagraphs() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            body.append("<p>P").append(i).append("</p>\n");
        }
        String input = body.toString();

        String output = peer.insert(input);

        assertThat(Fixtures.withoutSlots(output)).isEqualTo(input);
        assertThat(output).contains("<p>P2</p>" + Fixtures.SLOTS.get(0))
                .contains("<p>P6</p>" + Fixtures.SLOTS.get(1))
                .contains("<p>P10</p>" + Fixtures.SLOTS.get(2));
    }

    @Test
    @DisplayName("on real markup it counts every </p>, in blockquotes and scripts too: lossless but misplaced")
    void realMarkup_misplaced() {
        String body = Fixtures.read("small-article.html");

        String output = peer.insert(body);

        assertThat(Fixtures.withoutSlots(output)).isEqualTo(body);
        int[] offsets = Fixtures.slotOffsetsInInput(output);
        assertThat(offsets).hasSize(3);
        // The quoted paragraph's </p> and the one inside the script are counted: the 6th </p> is P5's, the 10th P8's.
        assertThat(offsets[0]).isEqualTo(CopyLimitTest.endOf(body, "P2 It agreed"));
        assertThat(offsets[1]).isEqualTo(CopyLimitTest.endOf(body, "P5 Still"));
        assertThat(offsets[2]).isEqualTo(CopyLimitTest.endOf(body, "P8 Eight"));
        assertThat(offsets).isNotEqualTo(CopyLimit.offsetsFor(body, Fixtures.RULE));
    }
}
