package io.adslot.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.benchmarks.input.ArticleGenerator;
import io.adslot.benchmarks.input.Flavour;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JsoupPeerTest {

    private final JsoupPeer peer = new JsoupPeer(Fixtures.RULE, Fixtures.SLOTS);

    @Test
    @DisplayName("slots go after top-level paragraphs 2, 6 and 10, through wrappers, not counting quoted, scripted or aside paragraphs")
    void smallArticle() {
        String output = peer.insert(Fixtures.read("small-article.html"));

        assertThat(paragraphsBeforeSlots(output)).containsExactly(
                "P2 It agreed a new budget.", "P6 After the script.", "P10 Ten.");
    }

    @Test
    @DisplayName("implied paragraph ends and upper-case tags are read as a browser reads them")
    void impliedEnds() {
        String output = peer.insert(Fixtures.read("implied-ends.html"));

        assertThat(paragraphsBeforeSlots(output)).containsExactly("P2 Closed by the next paragraph start",
                "P6 Six, unclosed at the end of the section");
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    @DisplayName("on a generated news article it picks the same paragraphs as the AttoParser peer")
    void sameParagraphsAsAttoParser(Flavour flavour) {
        String body = ArticleGenerator.news(flavour, 20 * 1024);

        List<String> jsoup = paragraphsBeforeSlots(peer.insert(body));
        List<String> atto = paragraphsBeforeSlots(new AttoParserPeer(Fixtures.RULE, Fixtures.SLOTS).insert(body));

        assertThat(jsoup).hasSize(3).isEqualTo(atto);
    }

    /** The text of the element right before each inserted slot, in document order. */
    private static List<String> paragraphsBeforeSlots(String output) {
        return Jsoup.parseBodyFragment(output).select("div.adslot").stream()
                .map(Element::previousElementSibling)
                .map(p -> p.normalName() + ":" + p.text())
                .map(s -> s.startsWith("p:") ? s.substring(2) : s)
                .toList();
    }
}
