package io.adslot.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the scan tells the structure pass about the inside of its paragraphs, headings and list items: where
 * each one the article wrote with only plain phrasing starts and ends, its text, link text and links; nothing
 * for those that hold anything else.
 */
class BlockInsidesTest {

    @Test
    @DisplayName("a paragraph of text, links and emphasis: its extent, its text runs trimmed, the part in links, its links")
    void plainParagraph() {
        String html = "<p> One <a href=\"/x\" title=\"t\"> two </a> <em>three</em> </p>";
        BlockInsides insides = insidesOf(html);
        assertThat(insides.count()).isEqualTo(1);
        assertThat(insides.name(0)).isEqualTo("p");
        assertThat(insides.start(0)).isZero();
        assertThat(insides.end(0)).isEqualTo(html.length());
        assertThat(insides.text(0)).isEqualTo("One".length() + "two".length() + "three".length());
        assertThat(insides.linkText(0)).isEqualTo("two".length());
        assertThat(insides.links(0)).isEqualTo(1);
    }

    @Test
    @DisplayName("headings and list items are summarised, one record each, in document order; the list itself is not")
    void headingsAndListItems() {
        String html = "<h2>Title <b>bold</b></h2><ul><li>item <a href=\"/a\">one</a></li><li>two</li></ul>";
        BlockInsides insides = insidesOf(html);
        assertThat(insides.count()).isEqualTo(3);
        assertThat(List.of(insides.name(0), insides.name(1), insides.name(2))).containsExactly("h2", "li", "li");
        assertThat(insides.text(0)).isEqualTo("Title".length() + "bold".length());
        assertThat(insides.start(1)).isEqualTo(html.indexOf("<li>"));
        assertThat(insides.end(1)).isEqualTo(html.indexOf("</li>") + "</li>".length());
        assertThat(insides.links(1)).isEqualTo(1);
        assertThat(insides.linkText(1)).isEqualTo("one".length());
    }

    @Test
    @DisplayName("paragraphs inside a quote or an aside are summarised; an item that holds a paragraph is not, its paragraph is")
    void insideBlocks() {
        BlockInsides quote = insidesOf("<blockquote class=\"pull\"><p>Said <em>this</em>.</p><p>And that.</p></blockquote>");
        assertThat(quote.count()).isEqualTo(2);
        assertThat(quote.name(1)).isEqualTo("p");
        BlockInsides item = insidesOf("<ul><li>Lead <p>a paragraph</p> tail</li></ul>");
        assertThat(item.count()).isEqualTo(1);
        assertThat(item.name(0)).isEqualTo("p");
        assertThat(item.text(0)).isEqualTo("a paragraph".length());
    }

    @Test
    @DisplayName("an element whose end another tag implies ends where that tag starts")
    void impliedEnds() {
        String html = "<ul><li>one<li>two</ul>";
        BlockInsides insides = insidesOf(html);
        assertThat(insides.count()).isEqualTo(2);
        assertThat(insides.end(0)).isEqualTo(html.indexOf("<li>two"));
        assertThat(insides.end(1)).isEqualTo(html.indexOf("</ul>"));
    }

    @Test
    @DisplayName("a class, an id, a data attribute, media, a script, a link in a link: no summary")
    void notPlain() {
        assertThat(insidesOf("<p>One <span class=\"caption\">two</span></p>").count()).isZero();
        assertThat(insidesOf("<p>One <em id=\"x\">two</em></p>").count()).isZero();
        assertThat(insidesOf("<p>One <a href=\"/x\" data-ad-slot=\"1\">two</a></p>").count()).isZero();
        assertThat(insidesOf("<p>One <img src=\"a.jpg\"> two</p>").count()).isZero();
        assertThat(insidesOf("<p>One <script>x()</script> two</p>").count()).isZero();
        assertThat(insidesOf("<p>One <ins class=\"adsbygoogle\"></ins></p>").count()).isZero();
    }

    @Test
    @DisplayName("a heading closed by the end tag of another heading: no summary (a walk by names reads it otherwise)")
    void otherHeadingsEndTag() {
        assertThat(insidesOf("<h3>Title</h2>").count()).isZero();
    }

    @Test
    @DisplayName("a link in a link, which the parser closes at the second: two links, all the text link text")
    void linkInALink() {
        BlockInsides insides = insidesOf("<p><a href=\"/x\">One <a href=\"/y\">two</a></a></p>");
        assertThat(insides.count()).isEqualTo(1);
        assertThat(insides.links(0)).isEqualTo(2);
        assertThat(insides.linkText(0)).isEqualTo(insides.text(0)).isEqualTo("One".length() + "two".length());
    }

    @Test
    @DisplayName("a formatting element the parser reopens inside a paragraph is none the article wrote there: no summary")
    void reopenedFormatting() {
        String html = "<p><b>One</p><p>two</p>";
        BlockInsides insides = BlockScanner.withDefaults().scan(html).insides();
        assertThat(insides.count()).as("the second paragraph, where <b> is reopened, has none").isEqualTo(1);
        assertThat(insides.start(0)).isZero();
    }

    @Test
    @DisplayName("a paragraph's own attributes do not matter: its start tag is read by the pass itself")
    void ownAttributes() {
        assertThat(insidesOf("<p class=\"lead\" data-x=\"1\">One <strong>two</strong></p>").count()).isEqualTo(1);
    }

    @Test
    @DisplayName("blocks not made by a scan carry no summary")
    void articlesNotFromAScan() {
        ScannedArticle made = new ScannedArticle("<p>x</p>", List.of(
                new Block(BlockKind.PARAGRAPH, 0, 0, 8, 1, 1, "p", false, 0, 0)), List.of());
        assertThat(made.insides()).isSameAs(BlockInsides.NONE);
        assertThat(made.insides().count()).isZero();
    }

    @Test
    @DisplayName("a part's scan placed in the whole input keeps its summaries, moved with it")
    void placedIn() {
        String part = "<p>One <a href=\"/x\">two</a></p>";
        String whole = "<header>h</header>" + part;
        ScannedArticle placed = BlockScanner.withDefaults().scan(part).placedIn(whole, whole.indexOf(part));
        assertThat(placed.blocks().get(0).start()).isEqualTo(whole.indexOf(part));
        assertThat(placed.insides().count()).isEqualTo(1);
        assertThat(placed.insides().start(0)).isEqualTo(whole.indexOf(part));
        assertThat(placed.insides().end(0)).isEqualTo(whole.length());
        assertThat(placed.insides().links(0)).isEqualTo(1);
    }

    private static BlockInsides insidesOf(String html) {
        ScannedArticle scanned = BlockScanner.withDefaults().scan(html);
        assertThat(scanned.blocks()).hasSize(html.startsWith("<h2>") ? 2 : 1);
        return scanned.insides();
    }
}
