package io.adslot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.RenderResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Tests of the tests: the preservation check and the boundary oracles report broken splices, so that
 * their silence in the property and corpus tests means something.
 */
@DisplayName("The reliability checks catch what they promise to catch")
class OracleSelfTest {

    private static final String ARTICLE = "<p class=\"lead\">First paragraph, long enough.</p>\n"
            + "<!-- editor note -->\n<h2>Heading</h2>\n<p>Second <a href=\"/x\">paragraph</a>.</p>\n"
            + "<ul><li>one</li><li>two</li></ul>\n<script>var a = '<p>';</script>\n<p>Last.</p>";

    private static RenderResult realRender() {
        try (AdSlotEngine engine = Engines.everywhere()) {
            RenderResult result = engine.render(Article.of("a", ARTICLE), Engines.mobile());
            assertThat(result.insertions()).hasSizeGreaterThan(2);
            return result;
        }
    }

    @Test
    @DisplayName("a correct splice passes the preservation check")
    void correctSplicePasses() {
        RenderResult result = realRender();
        assertThat(PreservationCheck.violation(ARTICLE, result.html(), Engines.splices(result))).isEmpty();
    }

    @Test
    @DisplayName("an output with one character of the article dropped is reported")
    void droppedCharacterIsCaught() {
        RenderResult result = realRender();
        String html = result.html();
        // drop a character of the article (not of a slot): the one just before the last slot
        String lastSlot = result.insertions().get(result.insertions().size() - 1).html();
        int slotAt = html.lastIndexOf(lastSlot);
        assertThat(slotAt).isGreaterThan(0);
        String broken = html.substring(0, slotAt - 1) + html.substring(slotAt);
        assertThat(PreservationCheck.violation(ARTICLE, broken, Engines.splices(result))).isPresent();
    }

    @Test
    @DisplayName("a character dropped from the middle of the article is reported with its position")
    void droppedMiddleCharacterIsCaught() {
        RenderResult result = realRender();
        String html = result.html();
        int second = html.indexOf("Second");
        String broken = html.substring(0, second) + html.substring(second + 1);
        assertThat(PreservationCheck.violation(ARTICLE, broken, Engines.splices(result)))
                .hasValueSatisfying(message -> assertThat(message).contains("index"));
    }

    @Test
    @DisplayName("a slot spliced at another offset than it claims is reported")
    void wrongOffsetIsCaught() {
        RenderResult result = realRender();
        List<Splice> claimed = new ArrayList<>(Engines.splices(result));
        Splice first = claimed.get(0);
        List<Splice> actual = new ArrayList<>(claimed);
        actual.set(0, new Splice(first.offset() + 3, first.html()));
        String misplaced = Splice.apply(ARTICLE, actual);
        assertThat(PreservationCheck.violation(ARTICLE, misplaced, claimed)).isPresent();
    }

    @Test
    @DisplayName("a duplicated or extra character after the last slot is reported")
    void extraCharacterIsCaught() {
        RenderResult result = realRender();
        assertThat(PreservationCheck.violation(ARTICLE, result.html() + " ", Engines.splices(result))).isPresent();
    }

    @Test
    @DisplayName("an insertion inside a paragraph, heading, list, attribute, comment or script is reported")
    void unsafeOffsetsAreCaught() {
        int insideParagraphText = ARTICLE.indexOf("First") + 3;
        int insideAttribute = ARTICLE.indexOf("lead") + 2;
        int insideComment = ARTICLE.indexOf("editor") + 1;
        int insideHeading = ARTICLE.indexOf("Heading") + 2;
        int insideList = ARTICLE.indexOf("<li>two");
        int insideScript = ARTICLE.indexOf("var a") + 2;
        int insideLink = ARTICLE.indexOf("paragraph</a>") + 2;
        for (int offset : List.of(insideParagraphText, insideAttribute, insideComment, insideHeading, insideList,
                insideScript, insideLink)) {
            assertThat(BoundaryOracle.violations(ARTICLE, List.of(offset))).as("offset %d", offset).isNotEmpty();
        }
    }

    @Test
    @DisplayName("each oracle alone catches what it is for")
    void eachOracleCatches() {
        String html = "<div title=\"a > b\"><p>text</p></div><!-- c --><style>p{}</style>";
        int inAttribute = html.indexOf("> b");
        assertThat(MarkupTokenizer.spans(html)).anyMatch(s -> s.strictlyContains(inAttribute));
        assertThat(BoundaryOracle.sourceRanges(html)).anyMatch(s -> s.strictlyContains(inAttribute));
        int inStyle = html.indexOf("p{}") + 1;
        assertThat(MarkupTokenizer.spans(html)).anyMatch(s -> s.strictlyContains(inStyle));
        assertThat(BoundaryOracle.sourceRanges(html)).anyMatch(s -> s.strictlyContains(inStyle));
        // an element the article leaves open: only the reparse sees that a slot at the end lands in it
        String open = "<ul><li>item";
        assertThat(BoundaryOracle.reparse(open, new java.util.TreeSet<>(List.of(open.length()))))
                .singleElement().asString().contains("inside <li>");
        // the input ends inside an attribute value: anything appended would be part of it
        String unterminated = "<p>a</p><div class=\"x";
        assertThat(BoundaryOracle.violations(unterminated, List.of(unterminated.length()))).isNotEmpty();
    }

    @Test
    @DisplayName("the tokenizer reads a heading end tag inside SVG as closing any heading around it: a script after it holds raw text")
    void headingEndTagLeavesForeignContent() {
        String html = "<h2><svg></h3><script><p><iframe src=y></script><p>after</p>";
        int inScript = html.indexOf("<iframe");
        assertThat(MarkupTokenizer.spans(html)).anyMatch(s -> s.what().contains("script") && s.strictlyContains(inScript));
        assertThat(BoundaryOracle.violations(html, List.of(html.indexOf("<p>after"), html.length()))).isEmpty();
    }

    @Test
    @DisplayName("the tokenizer reads a </script> inside a <script> inside <!-- --> in a script as script text, as the spec says")
    void doubleEscapedScript() {
        String html = "<script><!--document.write('<script></script><p>x</p>')--></script><p>after</p>";
        int inString = html.indexOf("<p>x");
        assertThat(MarkupTokenizer.spans(html)).anyMatch(s -> s.what().equals("script content") && s.strictlyContains(inString));
        // jsoup ends this script, in body content, at the first </script>: the scanner must be safe for both readings
        assertThat(BoundaryOracle.sourceRanges(html)).noneMatch(s -> s.what().contains("script") && s.strictlyContains(inString));
    }

    @Test
    @DisplayName("a CDATA section that a bogus comment's CDATA-like start swallowed for jsoup is judged where a browser reads it: in the SVG")
    void cdataInsideHtmlCdata() {
        String html = "<![CDATA[<p><svg><![CDATA[<div><div>x]]></svg>";
        assertThat(BoundaryOracle.violations(html, List.of(html.length()))).isEmpty();
        assertThat(BoundaryOracle.violations(html, List.of(html.indexOf("x]]")))).isNotEmpty();
    }

    @Test
    @DisplayName("the tokenizer keeps SVG current after </body>, which only switches the insertion mode: a <style> after it holds markup")
    void bodyEndTagInSvg() {
        String html = "<p><body><svg></body><style><p>";
        assertThat(MarkupTokenizer.spans(html)).noneMatch(s -> s.what().equals("unterminated style") || s.what().equals("style content"));
    }

    @Test
    @DisplayName("the tokenizer lets the end tag of a plain element around SVG reach no further than a special element: the SVG stays current")
    void plainEndTagStopsAtSpecial() {
        String html = "<annotation-xml><p><svg></annotation-xml><iframe src=y><p>";
        assertThat(MarkupTokenizer.spans(html)).noneMatch(s -> s.what().contains("iframe") && !s.what().contains("tag"));
    }

    @Test
    @DisplayName("the tokenizer closes a link at the next <a>, so a later </a> does not reach past MathML to it: a style there is MathML (a Jazzer finding)")
    void linkClosedByTheNextLink() {
        String html = "<a><a></a><desc><math></a><style></desc>";
        assertThat(MarkupTokenizer.spans(html)).noneMatch(s -> s.what().contains("style") && !s.what().contains("tag"));
    }

    @Test
    @DisplayName("the tokenizer closes a p at a p start tag inside an integration point too: </foreignObject> then ends it, and an iframe after it is an SVG element (an exploration finding)")
    void paragraphClosedInsideIntegrationPoint() {
        String html = "<svg><foreignObject><p><p>x</p></foreignObject><iframe src=y></svg>";
        assertThat(MarkupTokenizer.spans(html)).noneMatch(s -> s.what().contains("iframe") && !s.what().contains("tag"));
    }

    @Test
    @DisplayName("the tokenizer closes a p at a block start tag, so that the end tag of a plain element around MathML reaches past it: a CDATA start after it is a bogus comment")
    void blockStartClosesParagraphForScope() {
        String html = "<annotation-xml><p><div></div><math></annotation-xml><![CDATA[>y";
        assertThat(readsCdataSection(html)).isFalse();
        String open = "<annotation-xml><p><span></span><math></annotation-xml><![CDATA[>y";
        assertThat(readsCdataSection(open)).isTrue();
    }

    @Test
    @DisplayName("the tokenizer reopens a formatting element closed with its paragraph before the next MathML, so its end tag closes the MathML: a CDATA start after it is a bogus comment (a Jazzer finding)")
    void formattingReopenedAroundForeignContent() {
        String html = "<p><font><p><math></font><![CDATA[>y";
        assertThat(readsCdataSection(html)).isFalse();
        String endTag = "<p><font></p><math></font><![CDATA[>y";
        assertThat(readsCdataSection(endTag)).isFalse();
        String inCell = "<p><font><p><table><td><math></font><![CDATA[>y";
        assertThat(readsCdataSection(inCell)).isTrue();
    }

    @Test
    @DisplayName("the tokenizer reopens a formatting element closed with its paragraph at the next text or phrasing start tag too, so a later end tag of its name closes the newer one and leaves it open around MathML (a Jazzer finding)")
    void formattingReopenedByTextAndPhrasing() {
        // the text "x" reopens the font closed with the p; </font> closes the second font, the reopened one
        // stays, and the </font> inside the MathML closes it with the MathML: a browser reads a bogus comment
        String byText = "<p><font></p>x<font>t</font><math></font><![CDATA[>y";
        assertThat(readsCdataSection(byText)).isFalse();
        String byStartTag = "<p><font></p><span><font>t</font><math></font><![CDATA[>y";
        assertThat(readsCdataSection(byStartTag)).isFalse();
        // a div reopens nothing, but the font start tag inside it does; </div> closes the reopened font,
        // and the math start tag reopens it again around the MathML
        String inBlock = "<p><font></p><div><font>t</font></div><math></font><![CDATA[>y";
        assertThat(readsCdataSection(inBlock)).isFalse();
        // the reopened font closed by its own end tag: nothing of that name is left, the MathML stays
        String closed = "<p><font></p>x</font><math></font><![CDATA[>y";
        assertThat(readsCdataSection(closed)).isTrue();
    }

    @Test
    @DisplayName("the tokenizer lets the end tag of a table or its parts close the cell around SVG, looking in table scope: a CDATA start after it is a bogus comment (a Jazzer finding)")
    void tablePartEndTagClosesTheCell() {
        for (String closed : List.of("<table><td><svg></table><![CDATA[>y", "<table><tr><td><svg></tr><![CDATA[>y",
                "<table><td><svg></tr><![CDATA[>y", "<table><td><svg></tbody><![CDATA[>y",
                "<table><thead><th><svg></thead><![CDATA[>y", "<table><caption><svg></table><![CDATA[>y")) {
            assertThat(readsCdataSection(closed)).as(closed).isFalse();
        }
        // no such element in table scope, or in a caption: the end tag is ignored and the SVG stays current
        for (String ignored : List.of("<table><thead><td><svg></tbody><![CDATA[>y", "<table><th><svg></thead><![CDATA[>y",
                "<table><caption><svg></tr><![CDATA[>y")) {
            assertThat(readsCdataSection(ignored)).as(ignored).isTrue();
        }
    }

    @Test
    @DisplayName("the tokenizer takes only an annotation-xml with an HTML encoding for an HTML integration point, not any MathML element with one")
    void onlyAnnotationXmlIsAnHtmlIntegrationPoint() {
        String html = "<math><l encoding=\"text/html\"><style></math>";
        assertThat(MarkupTokenizer.spans(html)).noneMatch(s -> s.what().contains("style") && !s.what().contains("tag"));
        String annotation = "<math><annotation-xml encoding=\"text/html\"><style></math>";
        assertThat(MarkupTokenizer.spans(annotation)).anyMatch(s -> s.what().contains("style") && !s.what().contains("tag"));
    }

    @Test
    @DisplayName("the gaps between blocks pass every oracle")
    void safeOffsetsPass() {
        List<Integer> gaps = List.of(0, ARTICLE.indexOf("\n<!--"), ARTICLE.indexOf("<h2>"), ARTICLE.indexOf("\n<ul>"),
                ARTICLE.length());
        assertThat(BoundaryOracle.violations(ARTICLE, gaps)).isEmpty();
    }

    @Test
    @DisplayName("a <main> start tag closes an open paragraph, and a </main> end tag with the main in scope what is open in it, as the Standard says and jsoup 1.22 does not")
    void mainClosesAParagraph() {
        String html = "<p>A paragraph left open by a stray end tag</header>\n<main><p>more</p></main>";
        assertThat(BoundaryOracle.violations(html, List.of(html.indexOf("<main>")))).isEmpty();
        assertThat(BoundaryOracle.violations(html, List.of(html.indexOf(" left")))).isNotEmpty();
        String inMain = "<main><p>Inside main, closed by its end tag\n</aside>\n</main>\n<footer><p>x</p></footer>";
        assertThat(BoundaryOracle.violations(inMain, List.of(inMain.indexOf("</main>")))).isEmpty();
        String heading = "<main><article><h1>A heading left open\n</main>\n<footer><p>x</p></footer>";
        assertThat(BoundaryOracle.violations(heading, List.of(heading.indexOf("</p>") + 4))).as("the heading ends at </main>").isEmpty();
        String foreign = "<main><aside>An aside left open\n</main>\n<footer><p>x</p><svg><main><p>y</p></svg></footer>";
        assertThat(BoundaryOracle.violations(foreign, List.of(foreign.indexOf("</p>") + 4))).as("an SVG elsewhere on the page").isEmpty();
        String strayDiv = "<main><aside>An aside left open</div> by a stray end tag\n</main>\n<footer><p>x</p></footer>";
        assertThat(BoundaryOracle.violations(strayDiv, List.of(strayDiv.indexOf("</p>") + 4))).as("a stray </div> closes no main").isEmpty();
        String inMarquee = "<main><marquee><p>In a marquee, a scope boundary</main>x</marquee></main>";
        assertThat(BoundaryOracle.violations(inMarquee, List.of(inMarquee.indexOf("</main>")))).as("no main in scope").isNotEmpty();
        // with a dir of the input's own: the main before the paragraph closes the one before it, and the dir stays a list
        String withDir = "<p>First<main>\n<p>Inside main, closed by its end tag\n</main>\n<footer><dir><li>item</li></dir></footer>";
        assertThat(BoundaryOracle.violations(withDir, List.of(withDir.indexOf("</main>")))).as("main beside a dir").isEmpty();
        assertThat(BoundaryOracle.violations(withDir, List.of(withDir.indexOf("<li>")))).as("inside the input's dir").isNotEmpty();
    }

    @Test
    @DisplayName("the tokenizer judge pops what was foster-parented above a table at a table part's start tag, so an end tag in SVG after it closes nothing around the SVG")
    void tablePartClearsTheStackBackToTheTable() {
        // <tr> pops the foster-parented h2: </h2> in the SVG then finds no h2 in scope, and the iframe is an SVG element
        String cleared = "<table><h2><tr><svg></h2><iframe src=y><p>x</p></table>";
        assertThat(MarkupTokenizer.spans(cleared)).noneMatch(s -> s.what().contains("iframe") && !s.what().startsWith("tag"));
        // without the <tr> the h2 is open: </h2> closes it and the SVG in it, and the iframe holds raw text
        String open = "<table><h2><svg></h2><iframe src=y><p>x</p></table>";
        assertThat(MarkupTokenizer.spans(open)).anyMatch(s -> s.what().contains("iframe") && !s.what().startsWith("tag"));
        // likewise at a void <col>
        String col = "<table><h2><col><svg></h2><iframe src=y><p>x</p></table>";
        assertThat(MarkupTokenizer.spans(col)).noneMatch(s -> s.what().contains("iframe") && !s.what().startsWith("tag"));
        // a cell left open closes at the next row's start tag, and what is open in it with it
        String inCell = "<table><tr><td><h2></h2><div><tr><svg></div><iframe src=y><p>x</p></table>";
        assertThat(MarkupTokenizer.spans(inCell)).noneMatch(s -> s.what().contains("iframe") && !s.what().startsWith("tag"));
    }

    @Test
    @DisplayName("the tokenizer judge pops a heading that is the current node at another heading's start tag")
    void headingStartTagPopsACurrentHeading() {
        // <h1> pops the h2, so </h2> in the SVG after them finds no h2 in scope: the iframe is an SVG element
        String html = "<h2><h1><br></h1><svg></h2><iframe src=y></svg>";
        assertThat(MarkupTokenizer.spans(html)).noneMatch(s -> s.what().contains("iframe") && !s.what().startsWith("tag"));
        String nested = "<h2><b><h1><br></h1><svg></h2><iframe src=y></svg>";
        assertThat(MarkupTokenizer.spans(nested)).as("a heading not current stays open")
                .anyMatch(s -> s.what().contains("iframe") && !s.what().startsWith("tag"));
    }

    @Test
    @DisplayName("the tokenizer judge ignores the start tags in a template read in column group mode, where a first <col> puts it")
    void templateInColumnGroupMode() {
        String columns = "<template><col><p><iframe src=y></template><p>x</p>";
        assertThat(MarkupTokenizer.spans(columns)).noneMatch(s -> s.what().contains("iframe") && !s.what().startsWith("tag"));
        String body = "<template><p><col><iframe src=y></template><p>x</p>";
        assertThat(MarkupTokenizer.spans(body)).as("a col after other content is ignored, the iframe is raw text")
                .anyMatch(s -> s.what().contains("iframe") && !s.what().startsWith("tag"));
    }

    @Test
    @DisplayName("the tokenizer judge ends a table at a <table> start tag in it, outside its cells, so an end tag in MathML after both finds no table part")
    void tableStartTagEndsTheCurrentTable() {
        // the third <table> ends the second; the two </table>s then close it and the outer table (the cell with
        // it), so </tr> in the math is ignored and its style is a MathML element, not raw text
        String sideBySide = "<div><table><td><table><table></table></table><math></tr><style></div><p>x</p>";
        assertThat(MarkupTokenizer.spans(sideBySide)).noneMatch(s -> s.what().contains("style") && !s.what().startsWith("tag"));
        // in a cell a <table> nests: the outer table and its cell stay open, </tr> closes them and the math
        String nested = "<div><table><td><table></table><math></tr><style></div><p>x</p>";
        assertThat(MarkupTokenizer.spans(nested)).anyMatch(s -> s.what().contains("style") && !s.what().startsWith("tag"));
    }

    /** Whether the tokenizer judge reads a CDATA section somewhere in {@code html} (and not a bogus comment). */
    private static boolean readsCdataSection(String html) {
        return MarkupTokenizer.spans(html).stream().anyMatch(s -> s.what().contains("CDATA"));
    }
}
