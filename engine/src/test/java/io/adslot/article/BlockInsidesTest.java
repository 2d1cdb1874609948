package io.adslot.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the scan tells the structure pass about the inside of its paragraphs and headings: their text,
 * link text and links when they hold only plain phrasing, and nothing when they hold anything else.
 */
class BlockInsidesTest {

    @Test
    @DisplayName("a paragraph of text, links and emphasis: its text runs trimmed, the part in links, its links")
    void plainParagraph() {
        BlockInsides insides = insidesOf("<p> One <a href=\"/x\" title=\"t\"> two </a> <em>three</em> </p>");
        assertThat(insides.known(0)).isTrue();
        assertThat(insides.text(0)).isEqualTo("One".length() + "two".length() + "three".length());
        assertThat(insides.linkText(0)).isEqualTo("two".length());
        assertThat(insides.links(0)).isEqualTo(1);
    }

    @Test
    @DisplayName("a heading is summarised; a list is not")
    void headingsAndLists() {
        ScannedArticle scanned = BlockScanner.withDefaults().scan("<h2>Title <b>bold</b></h2><ul><li>item</li></ul>");
        assertThat(scanned.insides().known(0)).isTrue();
        assertThat(scanned.insides().text(0)).isEqualTo("Title".length() + "bold".length());
        assertThat(scanned.insides().known(1)).isFalse();
    }

    @Test
    @DisplayName("a class, an id, a data attribute, media, a script, a link in a link: no summary")
    void notPlain() {
        assertThat(insidesOf("<p>One <span class=\"caption\">two</span></p>").known(0)).isFalse();
        assertThat(insidesOf("<p>One <em id=\"x\">two</em></p>").known(0)).isFalse();
        assertThat(insidesOf("<p>One <a href=\"/x\" data-ad-slot=\"1\">two</a></p>").known(0)).isFalse();
        assertThat(insidesOf("<p>One <img src=\"a.jpg\"> two</p>").known(0)).isFalse();
        assertThat(insidesOf("<p>One <script>x()</script> two</p>").known(0)).isFalse();
        assertThat(insidesOf("<p>One <ins class=\"adsbygoogle\"></ins></p>").known(0)).isFalse();
    }

    @Test
    @DisplayName("a link in a link, which the parser closes at the second: two links, all the text link text")
    void linkInALink() {
        BlockInsides insides = insidesOf("<p><a href=\"/x\">One <a href=\"/y\">two</a></a></p>");
        assertThat(insides.known(0)).isTrue();
        assertThat(insides.links(0)).isEqualTo(2);
        assertThat(insides.linkText(0)).isEqualTo(insides.text(0)).isEqualTo("One".length() + "two".length());
    }

    @Test
    @DisplayName("a formatting element the parser reopens inside a paragraph is none the article wrote there: no summary")
    void reopenedFormatting() {
        ScannedArticle scanned = BlockScanner.withDefaults().scan("<p><b>One</p><p>two</p>");
        assertThat(scanned.insides().known(0)).isTrue();
        assertThat(scanned.insides().known(1)).as("the second paragraph, where <b> is reopened").isFalse();
    }

    @Test
    @DisplayName("a paragraph's own attributes do not matter: its start tag is read by the pass itself")
    void ownAttributes() {
        assertThat(insidesOf("<p class=\"lead\" data-x=\"1\">One <strong>two</strong></p>").known(0)).isTrue();
    }

    @Test
    @DisplayName("blocks not made by a scan carry no summary")
    void articlesNotFromAScan() {
        ScannedArticle made = new ScannedArticle("<p>x</p>", List.of(
                new Block(BlockKind.PARAGRAPH, 0, 0, 8, 1, 1, "p", false, 0, 0)), List.of());
        assertThat(made.insides()).isSameAs(BlockInsides.NONE);
        assertThat(made.insides().known(0)).isFalse();
    }

    @Test
    @DisplayName("a part's scan placed in the whole input keeps its summaries")
    void placedIn() {
        String part = "<p>One <a href=\"/x\">two</a></p>";
        String whole = "<header>h</header>" + part;
        ScannedArticle placed = BlockScanner.withDefaults().scan(part).placedIn(whole, whole.indexOf(part));
        assertThat(placed.blocks().get(0).start()).isEqualTo(whole.indexOf(part));
        assertThat(placed.insides().known(0)).isTrue();
        assertThat(placed.insides().links(0)).isEqualTo(1);
    }

    private static BlockInsides insidesOf(String html) {
        ScannedArticle scanned = BlockScanner.withDefaults().scan(html);
        assertThat(scanned.blocks()).hasSize(1);
        return scanned.insides();
    }
}
