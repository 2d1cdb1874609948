package io.adslot.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SVG and MathML ("foreign content") in the scanner: where a browser, following the HTML spec, and
 * jsoup, which the reliability judges use, read the same markup differently, no usable boundary may lie
 * inside either reading. The well-formed shapes are in the {@code foreign-content} fixture.
 */
class ForeignContentTest {

    private final BlockScanner scanner = BlockScanner.withDefaults();

    /** Offsets of the boundaries a slot may use: all but those right after a block left open. */
    private List<Integer> usableBoundaries(String html) {
        ScannedArticle scan = scanner.scan(html);
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < scan.boundaryCount(); i++) {
            if (i == 0 || !scan.blocks().get(i - 1).openEnd()) {
                offsets.add(scan.boundaryOffset(i));
            }
        }
        return offsets;
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("markup that keeps an element open to the end of the input has no usable boundary after the given start")
    @CsvSource(delimiter = '|', textBlock = """
            # a <style> in SVG holds markup: the list in it breaks out and stays open after </svg>
            <svg><style><ul><li>x</style></svg>y<p>z</p>                 | <svg>
            # jsoup reads an SVG <script> as raw text, a browser its <ul> as a list: nothing after it is safe in both
            <svg><script><ul><li>x</script></svg><p>y</p>                | <svg>
            # jsoup reads everything after a self-closed SVG <script/> as script text
            <svg><script/></svg><p>a</p><p>b</p>                         | <svg>
            # a slot's <div> after an unclosed <p><svg><title> lands in the title, not after the paragraph
            <p>a<svg><title>                                             | <p>
            # inside <svg><title> the figure's end tag is out of scope: the figure stays open
            <figure><svg><title><p>x</figure><p>after</p>                | <figure>
            # after a breakout (<p> in SVG) a browser reads <iframe> as raw text, jsoup as an SVG element
            <svg><p><p></p><iframe src=y></svg><p>after</p>              | <svg>
            # after a breakout, </svg> is a stray end tag for a browser: the <video> opened after it stays open
            <svg><b><video>x</svg><p>y</p>                               | <svg>
            # a new SVG after a breakout, while jsoup still holds the first one open: no place after it is safe in both
            <section><svg><p><svg><circle r="4"/></svg><section><div><p>x</p></div></section><a href=x>x</a> | <svg>
            # a CDATA section after a breakout: a browser ends its bogus comment at the first '>'
            <svg><p></p><![CDATA[a><!-- ]]></svg><p>b</p>-->             | <svg>
            # an unterminated CDATA section after a breakout: a bogus comment to a browser, text to the end for jsoup (a soup finding)
            <svg><p><p><p></p><![CDATA[x>y</svg>                         | <svg>
            # </annotation-xml> walks past the dialog (not special) for the Standard and Blink; jsoup and Gecko stop at it (a soup finding)
            <annotation-xml encoding="text/html"><p><p><p></p><dialog></annotation-xml><p>x</p> | <annotation-xml
            # the b that </p> pops is reopened by the span: jsoup inside the svg, then ignoring </svg>; a browser after it
            <svg><p>x<p><b></p><span>x</span></svg><p>after</p>         | <svg>
            # jsoup keeps the p open around the dialog: </p> takes it back into the SVG, where the foreignObject bounds </div>'s scope
            <div><svg><p>x<dialog></p><foreignObject></div><p>b</p>    | <svg>
            # the adoption agency for </font> around the p: jsoup pops the svg, a browser keeps it and reads <figure> as SVG
            <font><p><svg></font><figure><p>x</p></figure><p>after</p>   | <p>
            # </svg> pops the foreignObject with the svg (13.2.6.5, "any other end tag"), so </p> ends the p in both
            # readings; then </p> in the math breaks out of it for a browser, while jsoup keeps it open around what follows
            <p><svg><foreignObject></svg></p><math></foreignObject></p><p>after</p> | <math>
            # after a breakout a browser's <math> is a new root, whose mtext stops the walk of </annotation-xml>
            <annotation-xml><svg><style></p></svg><math><mtext></annotation-xml><p>after</p> | <annotation-xml>
            # jsoup reads a MathML <script> as raw text, a browser as markup: the </div> in it ends the div for one only
            <div><math><script>x = '</div>';</script><p>after</p>         | <math>
            """)
    void leftOpen(String html, String openingTag) {
        int open = html.indexOf(openingTag);
        assertThat(usableBoundaries(html)).allSatisfy(offset -> assertThat(offset).isLessThanOrEqualTo(open));
    }

    @Test
    @DisplayName("200,000 SVG styles, each holding the next, scan in linear time, and </svg> closes them all")
    void nestedSvgStylesScanLinearly() {
        String html = "<svg>" + "<style>".repeat(200_000) + "</svg><p>after</p>";
        ScannedArticle scan = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> scanner.scan(html));
        // every style holds markup (the next style), so all are SVG elements; </svg> finds the svg under them
        // (13.2.6.5, "any other end tag", answered from the stack's per-name index) and pops them all, as
        // browsers and jsoup do: the paragraph after it stands on its own
        assertThat(scan.blocks()).extracting(Block::tag).containsExactly("#media", "p");
        assertThat(usableBoundaries(html)).contains(html.indexOf("<p>"), html.length());
    }

    @Test
    @DisplayName("100,000 stray end tags inside 100,000 nested SVG groups scan in linear time")
    void strayEndTagsInDeepSvg() {
        String html = "<p>a<svg>" + "<g>".repeat(100_000) + "</x>".repeat(100_000) + "</p><p>b</p>";
        ScannedArticle scan = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> scanner.scan(html));
        assertThat(scan.blocks()).isNotEmpty();
    }

    @Test
    @DisplayName("a <table> inside SVG inside a table ends that table, as in the table insertion mode")
    void tableInSvgInTable() {
        String html = "<table><svg><table></table><blockquote></table>";
        List<Block> blocks = scanner.scan(html).blocks();
        assertThat(blocks.get(0).end()).isEqualTo(html.indexOf("<table>", 1));
        assertThat(blocks.get(0).openEnd()).isTrue();
        assertThat(usableBoundaries(html)).doesNotContain(html.length());
    }

    @Test
    @DisplayName("a heading start pops the heading around a paragraph that it closes")
    void headingClosesParagraphThenHeading() {
        String html = "<h2><p><h1>word</h1><p></h2></p>";
        List<Block> blocks = scanner.scan(html).blocks();
        assertThat(blocks).extracting(Block::tag).startsWith("h2", "h1");
        assertThat(usableBoundaries(html)).doesNotContain(html.indexOf("</p>"));
    }

    @Test
    @DisplayName("a formatting element popped inside a heading is reopened: a later heading start does not end the heading")
    void reopenedFormattingKeepsHeadingOpen() {
        // </p> pops the b, the link reopens it inside the h2, and the h1 goes into the b, not after the h2
        String html = "<h2><p><b></p><a href=x>x</a><h1>word</h1>";
        assertThat(usableBoundaries(html)).containsExactly(0);
    }

    @Test
    @DisplayName("a script in SVG with no markup in it reads the same to jsoup and a browser: blocks go on after it")
    void plainSvgScript() {
        String html = "<svg><script>var a = 1 < 2;</script></svg><p>after</p>";
        assertThat(usableBoundaries(html)).contains(html.indexOf("<p>"), html.length());
    }

    @Test
    @DisplayName("a <font> breaks out of SVG only with a color, face or size attribute")
    void fontBreakout() {
        // a plain <font> is an SVG element: the <style> in it holds markup, and its list stays open
        assertThat(usableBoundaries("<svg><font><style><ul><li>x</style></font></svg><p>y</p>")).containsExactly(0);
        // <font color> is HTML (a browser pops the SVG before it, jsoup nests it): the <style> in it is raw
        // text for both, and once the font is closed, </svg> leaves nothing open in either reading
        String html = "<svg><font color=red><style><ul></style></font></svg><p>y</p>";
        assertThat(usableBoundaries(html)).contains(html.indexOf("<p>"));
    }
}
