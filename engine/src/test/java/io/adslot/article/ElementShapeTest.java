package io.adslot.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the scan tells the structure pass about the element tree: each element with its extent, each text run's
 * trimmed length, and each paragraph, heading or list item of plain phrasing as one summary with its text, link
 * text and links. Outlines below write an element as {@code name[start,end]} around what it holds, a text run
 * as {@code 'length}, a summary as {@code name{start,end text/linkText/links}}, and a count of plain content
 * as {@code +text/linkText/links}.
 */
class ElementShapeTest {

    @Test
    @DisplayName("a paragraph of text, links and emphasis is one summary: its extent, its text runs trimmed, the part in links, its links")
    void plainParagraph() {
        String html = "<p> One <a href=\"/x\" title=\"t\"> two </a> <em>three</em> </p>";
        assertThat(outline(html)).isEqualTo("p{0," + html.length() + " 11/3/1}");
    }

    @Test
    @DisplayName("headings and list items are summarised too; the list is an element around them")
    void headingsAndListItems() {
        String html = "<h2>Title <b>bold</b></h2><ul><li>item <a href=\"/a\">one</a></li><li>two</li></ul>";
        assertThat(outline(html)).isEqualTo("h2{0,26 9/0/0} ul[26 li{30,64 7/3/1} li{64,76 3/0/0},81]");
    }

    @Test
    @DisplayName("paragraphs inside a quote are summarised; an item that holds a paragraph is an element, its paragraph a summary")
    void insideBlocks() {
        assertThat(outline("<blockquote class=\"pull\"><p>Said <em>this</em>.</p><p>And that.</p></blockquote>"))
                .isEqualTo("blockquote[0 p{25,51 9/0/0} p{51,67 9/0/0},80]");
        assertThat(outline("<ul><li>Lead <p>a paragraph</p> tail</li></ul>"))
                .isEqualTo("ul[0 li[4 +4/0/0 p{13,31 11/0/0} '4,41],46]");
    }

    @Test
    @DisplayName("an element whose end another tag implies ends where that tag starts; what is open at the end closes there")
    void impliedEnds() {
        assertThat(outline("<ul><li>one<li>two</ul>")).isEqualTo("ul[0 li{4,11 3/0/0} li{11,18 3/0/0},23]");
        assertThat(outline("<div><p>one")).isEqualTo("div[0 p{5,11 3/0/0},11]");
    }

    @Test
    @DisplayName("a paragraph holding a class, an id, a data attribute, media or a script: its plain part counted, the rest element by element")
    void notPlain() {
        assertThat(outline("<p>One <span class=\"caption\">two</span></p>")).isEqualTo("p[0 +3/0/0 span[7 '3,39],43]");
        assertThat(outline("<p>One <em id=\"x\">two</em></p>")).isEqualTo("p[0 +3/0/0 em[7 '3,26],30]");
        assertThat(outline("<p>One <img src=\"a.jpg\"> two</p>")).isEqualTo("p[0 +3/0/0 img[7,24] '3,32]");
        assertThat(outline("<p>One <script>x()</script> two</p>")).isEqualTo("p[0 +3/0/0 script[7,27] '3,35]");
        assertThat(outline("<p>One <a href=\"/x\" data-ad-slot=\"1\">two</a></p>")).isEqualTo("p[0 +3/0/0 a[7 '3,44],48]");
    }

    @Test
    @DisplayName("the plain elements still open when a paragraph turns out not plain are told as elements, with the links in them")
    void openPlainElements() {
        String html = "<p>See <a href=\"/x\">this <b>photo <img src=\"a.jpg\"></b></a> here.</p>";
        assertThat(outline(html)).isEqualTo("p[0 +12/9/0 a[7 b[25 img[34,51],55],59] '5,69]");
    }

    @Test
    @DisplayName("a heading closed by the end tag of another heading is an element, its text counted (a walk by names reads it so)")
    void otherHeadingsEndTag() {
        assertThat(outline("<h3>Title</h2>")).isEqualTo("h3[0 +5/0/0,14]");
    }

    @Test
    @DisplayName("a link in a link, which the parser closes at the second: two links, all the text link text")
    void linkInALink() {
        String html = "<p><a href=\"/x\">One <a href=\"/y\">two</a></a></p>";
        assertThat(outline(html)).isEqualTo("p{0," + html.length() + " 6/6/2}");
    }

    @Test
    @DisplayName("an element taken from the middle of the stack by the adoption agency: no shape")
    void adoptionAgency() {
        assertThat(BlockScanner.withDefaults().scanWithShape("<b><p>One</b> two</p>").shape().recorded()).isFalse();
    }

    @Test
    @DisplayName("content foster-parented out of a table, a template or a select: no shape")
    void treeNotInStackOrder() {
        assertThat(BlockScanner.withDefaults().scanWithShape("<table><div>moved</div></table>").shape().recorded()).isFalse();
        assertThat(BlockScanner.withDefaults().scanWithShape("<table><tr><td>x</td></tr>text</table>").shape().recorded()).isFalse();
        assertThat(BlockScanner.withDefaults().scanWithShape("<template><p>x</p></template>").shape().recorded()).isFalse();
        assertThat(BlockScanner.withDefaults().scanWithShape("<select><option>x</select>").shape().recorded()).isFalse();
        assertThat(outline("<table><tr><td><p>cell</p></td></tr></table>"))
                .isEqualTo("table[0 tbody(7 tr[7 td[11 p{15,26 4/0/0},31],36],36],44]");
    }

    @Test
    @DisplayName("a formatting element the parser reopens is an element with its name alone, where it was reopened")
    void reopenedFormatting() {
        assertThat(outline("<p><b>One</p><p>two</p>")).isEqualTo("p{0,13 3/0/0} p[13 b(16 '3,19],23]");
    }

    @Test
    @DisplayName("a stray </p> makes an empty paragraph, as in the tree")
    void strayParagraphEnd() {
        assertThat(outline("<div>One</p>two</div>")).isEqualTo("div[0 '3 p(8,12] '3,21]");
    }

    @Test
    @DisplayName("each element told comes with its start tag's attributes as the tokenizer read them, a summary too")
    void attributes() {
        String html = "<div class=\"a b\" id='x' data-ad-slot=1 hidden><p class=\"lead\">One <em>two</em></p></div>";
        List<String> told = new ArrayList<>();
        BlockScanner.withDefaults().scanWithShape(html).shape().replay(new ElementShape.Visitor() {
            @Override
            public void open(String name, int start, int tagEnd, boolean written, ElementShape.Attributes attributes) {
                told.add(name + attributesOf(html, attributes));
            }

            @Override
            public void close(int end) {
            }

            @Override
            public void text(int length) {
            }

            @Override
            public void content(int text, int linkText, int links) {
            }

            @Override
            public void summarised(String name, int start, int tagEnd, int end, int text, int linkText, int links,
                                   ElementShape.Attributes attributes) {
                told.add(name + attributesOf(html, attributes));
            }
        });
        assertThat(told).containsExactly("div[class=a b, id=x, data-ad-slot=1, hidden=]", "p[class=lead]");
    }

    private static String attributesOf(String html, ElementShape.Attributes attributes) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < attributes.count(); i++) {
            all.add(html.substring(attributes.nameStart(i), attributes.nameEnd(i)) + "="
                    + html.substring(attributes.valueStart(i), attributes.valueEnd(i)));
        }
        return all.toString();
    }

    @Test
    @DisplayName("a plain scan records no shape, nor do blocks not made by a scan")
    void onlyWhenAsked() {
        assertThat(BlockScanner.withDefaults().scan("<p>x</p>").shape()).isSameAs(ElementShape.NONE);
        ScannedArticle made = new ScannedArticle("<p>x</p>", List.of(
                new Block(BlockKind.PARAGRAPH, 0, 0, 8, 1, 1, "p", false, 0, 0)), List.of());
        assertThat(made.shape().recorded()).isFalse();
    }

    @Test
    @DisplayName("a part's scan placed in the whole input keeps its shape, moved with it")
    void placedIn() {
        String part = "<div><p>One <a href=\"/x\">two</a></p></div>";
        String whole = "<header>h</header>" + part;
        ScannedArticle placed = BlockScanner.withDefaults().scanWithShape(part).placedIn(whole, whole.indexOf(part));
        assertThat(outline(placed.shape())).isEqualTo("div[18 p{23,54 6/3/1},60]");
    }

    private static String outline(String html) {
        ElementShape shape = BlockScanner.withDefaults().scanWithShape(html).shape();
        assertThat(shape.recorded()).as("recorded").isTrue();
        return outline(shape);
    }

    private static String outline(ElementShape shape) {
        StringBuilder out = new StringBuilder();
        shape.replay(new ElementShape.Visitor() {
            @Override
            public void open(String name, int start, int tagEnd, boolean written, ElementShape.Attributes attributes) {
                out.append(' ').append(name).append(written ? '[' : '(').append(start);
            }

            @Override
            public void close(int end) {
                out.append(',').append(end).append(']');
            }

            @Override
            public void text(int length) {
                out.append(" '").append(length);
            }

            @Override
            public void content(int text, int linkText, int links) {
                out.append(" +").append(text).append('/').append(linkText).append('/').append(links);
            }

            @Override
            public void summarised(String name, int start, int tagEnd, int end, int text, int linkText, int links,
                                   ElementShape.Attributes attributes) {
                out.append(' ').append(name).append('{').append(start).append(',').append(end).append(' ')
                        .append(text).append('/').append(linkText).append('/').append(links).append('}');
            }
        });
        return out.toString().trim();
    }
}
