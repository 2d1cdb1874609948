package io.adslot.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.benchmarks.input.ArticleGenerator;
import io.adslot.benchmarks.input.Flavour;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttoParserPeerTest {

    private final AttoParserPeer peer = new AttoParserPeer(Fixtures.RULE, Fixtures.SLOTS);

    @Test
    @DisplayName("slots go after top-level paragraphs 2, 6 and 10, through wrappers, not counting quoted, scripted or aside paragraphs")
    void smallArticle() {
        String body = Fixtures.read("small-article.html");

        String output = peer.insert(body);

        assertThat(output).contains("P2 It agreed a <a href=\"/budget\">new budget</a>.</p>" + Fixtures.SLOTS.get(0))
                .contains("<p>P6 After the script.</p>" + Fixtures.SLOTS.get(1))
                .contains("<p>P10 Ten.</p>" + Fixtures.SLOTS.get(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"small-article.html", "implied-ends.html"})
    @DisplayName("the output is the input plus the slots, at the boundaries the engine's block scanner finds")
    void sameBoundariesAsTheScanner(String fixture) {
        String body = Fixtures.read(fixture);

        String output = peer.insert(body);

        assertThat(Fixtures.withoutSlots(output)).isEqualTo(body);
        assertThat(Fixtures.slotOffsetsInInput(output)).containsExactly(CopyLimit.offsetsFor(body, Fixtures.RULE));
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    @DisplayName("on a generated 20 KB news article its output equals the copy limit's at the scanner's offsets")
    void generatedNews(Flavour flavour) {
        String body = ArticleGenerator.news(flavour, 20 * 1024);
        int[] offsets = CopyLimit.offsetsFor(body, Fixtures.RULE);

        String output = peer.insert(body);

        assertThat(offsets).hasSize(3);
        assertThat(output).isEqualTo(new CopyLimit(Fixtures.SLOTS).splice(body, offsets));
    }
}
