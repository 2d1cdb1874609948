package io.adslot.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Focused specifications of the block scanner that read better as sentences than as fixture files. */
class BlockScannerTest {

    private final BlockScanner scanner = BlockScanner.withDefaults();

    @Test
    @DisplayName("an empty or null body has no blocks and one boundary, at offset 0")
    void emptyInput() {
        for (String html : new String[] {"", null}) {
            ScannedArticle article = scanner.scan(html);
            assertThat(article.blocks()).isEmpty();
            assertThat(article.markers()).isEmpty();
            assertThat(article.source()).isEmpty();
            assertThat(article.boundaryCount()).isEqualTo(1);
            assertThat(article.boundaryOffset(0)).isZero();
        }
    }

    @Test
    @DisplayName("the part of a page before a content root leaves its content to be read as a body, unless a browser carries something into it")
    void contentReadsAsABodyAfterThePageBeforeIt() {
        for (String before : new String[] {"<!DOCTYPE html><html><head><title>t</title><script>var p = '<p>';</script></head><body>",
            "<body><header><nav><a href=/>Home</a></nav></header><main><article><div class=story>",
            "<b>bold</b> <font color=red>red</font><section>", "<p>a paragraph, closed by the div<div>",
            "<app><home><main>", "<news-page><div>", "<span><div>"}) {
            assertThat(readsAsABody(before, "<p>Text</p><div><p>More</p></div>")).as(before).isTrue();
        }
        for (String before : new String[] {"<font><div>", "<p><font>text</p><div>", "<a href=/x><div>", "<b><div>",
            "<p><span>", "<svg><foreignObject><div>", "<select><option>", "<template><div>", "<button><div>",
            "<table><tr><td>", "<div title=\"open", "<!-- open comment <div>", "<script>var a = 1;<div>",
            "<datalist><div>", "<meter><div>", "<marquee><div>"}) {
            assertThat(readsAsABody(before, "<p>Text</p>")).as(before).isFalse();
        }
    }

    @Test
    @DisplayName("a content root whose content closes it for a browser (a stray end tag of an element around it, an item in its item) is not read as a body")
    void contentThatClosesItsRoot() {
        assertThat(readsAsABody("<div class=page><section class=story>", "<p>One</p></div><p>Two</p>")).isFalse();
        assertThat(readsAsABody("<ul><li><div class=story>", "<p>One</p><li>Two")).isFalse();
        assertThat(readsAsABody("<div class=page><section>", "<p>One<html><head></head><body><div>x</div>")).as("html").isTrue();
        assertThat(readsAsABody("<div class=page><section class=story>", "<p>One</p></span></li><p>Two</p>")).as("strays").isTrue();
    }

    @Test
    @DisplayName("a content root whose end tag a browser ignores while its content leaves a paragraph open (an unknown element) is not read as a body; one it closes is, and one with nothing a slot would close")
    void contentWhoseEndDoesNotCloseItsRoot() {
        assertThat(readsAsABody("<main><news-body>", "<p>One</p><p>Two")).as("a paragraph left open").isFalse();
        assertThat(readsAsABody("<main><annotation-xml encoding=\"text/html\">", "<p><p>Zeitung")).as("annotation-xml outside math").isFalse();
        assertThat(readsAsABody("<main><news-body>", "<p>One</p><p>Two</p>")).as("every paragraph closed").isTrue();
        assertThat(readsAsABody("<main><news-body>", "<p>One</p><b>Two")).as("a formatting element left open").isTrue();
        assertThat(readsAsABody("<main><div class=story>", "<p>One</p><p>Two")).as("a div's end tag closes the paragraph").isTrue();
        assertThat(readsAsABody("<main><news-body>", "<p>One</p><div>Two")).as("a div left open: nothing a slot closes").isTrue();
        assertThat(readsAsABody("<main><div class=story>", "<p>One</p><table><tr><td>Two")).as("a table left open").isTrue();
        String page = "<main><news-body><p>One</p><p>Two</main><p>After</p>";
        assertThat(scanner.contentReadsAsABody(page, 6, 17, page.indexOf("</main>"))).as("closed by an ancestor's end tag").isTrue();
        String body = "<html><head></head><body><p>One</p><p>Two";
        assertThat(scanner.contentReadsAsABody(body + "</body></html>\n", 19, 25, body.length())).as("a body").isTrue();
        assertThat(scanner.contentReadsAsABody(body + "</body><p>After", 19, 25, body.length())).as("content after the body").isFalse();
        String closed = body + "</p>";
        assertThat(scanner.contentReadsAsABody(closed + "</body><script>track()</script></html>", 19, 25, closed.length()))
                .as("a script after the body, every paragraph closed").isTrue();
    }

    /**
     * Whether the content after {@code before}, whose last tag opens the root, reads in the page as a body; the
     * root's end tag and more of the page follow it.
     */
    private boolean readsAsABody(String before, String content) {
        int open = before.lastIndexOf('<');
        int nameEnd = open + 1;
        while (nameEnd < before.length() && (Character.isLetterOrDigit(before.charAt(nameEnd)) || before.charAt(nameEnd) == '-')) {
            nameEnd++;
        }
        String name = before.substring(open + 1, nameEnd);
        String after = name.equals("body") ? "</body></html>" : "</" + name + "><p>After</p></footer>";
        String page = before + content + after;
        return scanner.contentReadsAsABody(page, open, before.length(), before.length() + content.length());
    }

    @Test
    @DisplayName("a paragraph jsoup keeps open past the end tag that closes it for a browser leaves no usable gap before that tag")
    void paragraphAnotherReadingKeepsOpen() {
        // a <body> breaks out of the svg for a browser, so the header is HTML and </header> closes the p in it;
        // jsoup keeps the svg, its header is an SVG element the <p> pops, and </header> is stray: its p runs on
        String html = "<p>a<svg><t>b<body class=x><header class=x><p class=tagline>Text</header>Tail words<div><p>More</p></div>";
        Block tagline = scanner.scan(html).blocks().get(1);
        assertThat(tagline.end()).isEqualTo(html.indexOf("</header>"));
        assertThat(tagline.openEnd()).isTrue();
        String browserAlone = "<header class=x><p class=tagline>Text</header>Tail words<div><p>More</p></div>";
        assertThat(scanner.scan(browserAlone).blocks().get(0).openEnd()).isFalse();
    }

    @Test
    @DisplayName("whitespace and comments alone make no block")
    void whitespaceOnly() {
        assertThat(scanner.scan(" \n\t\r\n <!-- nothing --> \f ").blocks()).isEmpty();
    }

    @Test
    @DisplayName("a NUL byte is dropped as the in-body parser does: no word, no block, no broken tag")
    void nulByte() {
        String html = "<p>a\0b</p>\0<p \0class=x>c</p>";
        ScannedArticle article = scanner.scan(html);
        ScanInvariants.assertWellFormed(article, "nul");
        assertThat(article.blocks()).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
        assertThat(article.blocks().get(0).end()).isEqualTo(html.indexOf("</p>") + 4);
        assertThat(article.blocks().get(0).words()).isEqualTo(2);
        assertThat(article.blocks().get(1).start()).isEqualTo(html.indexOf("<p \0"));
        assertThat(article.blocks().get(1).end()).isEqualTo(html.length());
    }

    @Test
    @DisplayName("200,000 nested divs scan without recursion and find the paragraph at the bottom")
    void deepNesting() {
        int depth = 200_000;
        String html = "<div>".repeat(depth) + "<p>deep</p>" + "</div>".repeat(depth);
        ScannedArticle article = scanner.scan(html);
        assertThat(article.blocks()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(BlockKind.PARAGRAPH);
            assertThat(b.start()).isEqualTo(5 * depth);
            assertThat(b.end()).isEqualTo(5 * depth + "<p>deep</p>".length());
        });
    }

    @Test
    @DisplayName("100,000 unclosed paragraphs each end where the next begins")
    void manyUnclosedParagraphs() {
        String html = "<p>x<b>".repeat(100_000);
        ScannedArticle article = scanner.scan(html);
        ScanInvariants.assertWellFormed(article, "unclosed");
        assertThat(article.blocks()).hasSize(100_000);
        assertThat(article.blocks().get(1).start()).isEqualTo(7);
        assertThat(article.blocks().get(0).end()).isEqualTo(7);
    }

    @Test
    @DisplayName("a stray </div> inside a table cell does not end the table: no boundary inside it")
    void containerEndTagInsideTable() {
        String html = "<div><table><tr><td>x</div>y</td></tr></table>z</div><p>a</p>";
        List<Block> blocks = scanner.scan(html).blocks();
        assertThat(blocks.get(0).kind()).isEqualTo(BlockKind.TABLE);
        assertThat(html.substring(blocks.get(0).start(), blocks.get(0).end()))
                .isEqualTo("<table><tr><td>x</div>y</td></tr></table>");
    }

    @Test
    @DisplayName("a container end tag closes an unclosed paragraph, and the boundary after it stays inside the container")
    void containerEndClosesParagraph() {
        String html = "<div class=\"body\"><p>one<p>two</div><p>three</p>";
        ScannedArticle article = scanner.scan(html);
        assertThat(article.blocks()).hasSize(3);
        assertThat(article.boundaryOffset(2)).isEqualTo(html.indexOf("</div>"));
    }

    @Test
    @DisplayName("<head> and <frameset> in a body are ignored, as the in-body parser does")
    void headIgnored() {
        String html = "<head><p>a</p><p>b</p></head><frameset><p>c</p>";
        assertThat(scanner.scan(html).blocks()).extracting(Block::kind)
                .containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    }

    @Test
    @DisplayName("a link around blocks makes the whole link one block: no boundary inside the link")
    void linkAroundBlocks() {
        String html = "<p>a</p><a href=\"/story\"><div><h3>Title</h3><p>Teaser</p></div></a><p>b</p>";
        List<Block> blocks = scanner.scan(html).blocks();
        assertThat(blocks).hasSize(3);
        assertThat(html.substring(blocks.get(1).start(), blocks.get(1).end()))
                .isEqualTo("<a href=\"/story\"><div><h3>Title</h3><p>Teaser</p></div></a>");
    }

    @Test
    @DisplayName("a styling wrapper around blocks is read through like a container")
    void spanAroundBlocks() {
        String html = "<span class=\"x\"><p>a</p><p>b</p></span>";
        assertThat(scanner.scan(html).blocks()).extracting(Block::kind)
                .containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    }

    @Test
    @DisplayName("custom elements are atomic: we cannot know what a component does with its children")
    void customElementsAtomic() {
        String html = "<my-gallery><p>a</p><p>b</p></my-gallery><p>c</p>";
        assertThat(scanner.scan(html).blocks()).extracting(Block::kind, Block::tag)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BlockKind.OTHER, "my-gallery"),
                        org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "p"));
    }

    @Test
    @DisplayName("declared media sizes are kept: standalone iframe, img in a figure")
    void mediaSizes() {
        String html = "<iframe src=\"v\" width=\"560\" height=\"315px\"></iframe><p>x</p>"
                + "<figure><img src=a.jpg width=800 height=\"50%\"></figure>";
        List<Block> blocks = scanner.scan(html).blocks();
        assertThat(blocks.get(0)).extracting(Block::kind, Block::mediaWidth, Block::mediaHeight)
                .containsExactly(BlockKind.EMBED, 560, 315);
        assertThat(blocks.get(0).isMedia()).isTrue();
        assertThat(blocks.get(2)).extracting(Block::kind, Block::mediaWidth, Block::mediaHeight)
                .containsExactly(BlockKind.FIGURE, 800, 0);
    }

    @Test
    @DisplayName("a rule-marked tag is atomic, and so is a marked inline element standing between blocks")
    void selectorByTag() {
        BlockScanner marking = new BlockScanner(ScanOptions.ofSelectors(List.of("section", "span.note")));
        String html = "<section><p>a</p><p>b</p></section><span class=\"note\"><p>c</p><p>d</p></span><p>e</p>";
        List<Block> blocks = marking.scan(html).blocks();
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.OTHER, BlockKind.OTHER, BlockKind.PARAGRAPH);
        assertThat(html.substring(blocks.get(1).start(), blocks.get(1).end()))
                .isEqualTo("<span class=\"note\"><p>c</p><p>d</p></span>");
    }

    @Test
    @DisplayName("a paragraph holding only an image is a figure; one with a caption stays a paragraph")
    void mediaOnlyParagraph() {
        String html = "<p><img src=a.jpg width=600 height=400></p><p><img src=b.jpg> Photo: the pier at dawn</p>";
        List<Block> blocks = scanner.scan(html).blocks();
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.FIGURE, BlockKind.PARAGRAPH);
        assertThat(blocks.get(0).tag()).isEqualTo("p");
        assertThat(blocks.get(0).mediaHeight()).isEqualTo(400);
    }

    @Test
    @DisplayName("a rule-marked inline element inside a line of text keeps the line one block")
    void markedInlineInsideText() {
        BlockScanner marking = new BlockScanner(ScanOptions.ofSelectors(List.of("span.note")));
        String html = "<p>a</p>Text <span class=\"note\">note</span> more<p>b</p>";
        List<Block> blocks = marking.scan(html).blocks();
        assertThat(blocks).extracting(Block::kind)
                .containsExactly(BlockKind.PARAGRAPH, BlockKind.TEXT, BlockKind.PARAGRAPH);
        assertThat(html.substring(blocks.get(1).start(), blocks.get(1).end()))
                .isEqualTo("Text <span class=\"note\">note</span> more");
    }

    @Test
    @DisplayName("data-adslot=off on an inline element inside text marks the whole line a no-slot zone")
    void noSlotInlineInsideText() {
        String html = "<p>a</p>Text <img data-adslot=off src=x> more<p>b</p>";
        assertThat(scanner.scan(html).blocks()).extracting(Block::noSlotZone).containsExactly(false, true, false);
    }

    @Test
    @DisplayName("[data-adslot=off] on a container makes it one no-slot block, whatever the rules say")
    void adslotOffContainer() {
        String html = "<p>a</p><section data-adslot=\"off\"><p>b</p><p>c</p></section><p>d</p>";
        List<Block> blocks = scanner.scan(html).blocks();
        assertThat(blocks).extracting(Block::noSlotZone).containsExactly(false, true, false);
        assertThat(blocks.get(1).words()).isEqualTo(2);
    }

    @Test
    @DisplayName("adslot:off anywhere switches slots off; a marker names the boundary it stands at")
    void markers() {
        ScannedArticle article = scanner.scan("<p>a</p><!-- adslot:off --><p>b</p>");
        assertThat(article.slotsSwitchedOff()).isTrue();
        assertThat(article.markers()).singleElement().extracting(Marker::blockIndex, Marker::betweenBlocks)
                .containsExactly(1, true);
        assertThat(scanner.scan("<p>a</p><!-- adslot:offx -->").slotsSwitchedOff()).isFalse();
    }

    @Test
    @DisplayName("a block start inside a block closes a p opened in it, so a later </p> does not close a video")
    void innerParagraphClosedByBlockStart() {
        // <section> closes the inner p as the parser does; the stray </p> then closes nothing, the video
        // stays open, and the <h1> is inside it: one heading block, left open at the end of input
        String html = "<h2><p>a<section>b</section><video><aside>c</aside>d</p>e<h1>f</h1>";
        List<Block> blocks = scanner.scan(html).blocks();
        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.end()).isEqualTo(html.length());
            assertThat(b.openEnd()).isTrue();
        });
        // in a table cell the p is out of scope of nothing: still closed by a block start inside the cell
        assertThat(scanner.scan("<table><tr><td><p>a<div>b</div></td></tr></table><p>c</p>").blocks())
                .extracting(Block::tag, Block::openEnd).containsExactly(tuple("table", false), tuple("p", false));
    }

    @Test
    @DisplayName("CRLF line endings are whitespace and keep offsets exact")
    void crlf() {
        String html = "<p>one\r\ntwo</p>\r\n\r\n<p>three</p>\r\n";
        List<Block> blocks = scanner.scan(html).blocks();
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).words()).isEqualTo(2);
        assertThat(blocks.get(1).start()).isEqualTo(html.indexOf("<p>three"));
    }

    @Test
    @DisplayName("total words add up the blocks; boundary offsets are block ends")
    void totalsAndBoundaries() {
        String html = "<p>one two</p> three <h2>four</h2>";
        ScannedArticle article = scanner.scan(html);
        assertThat(article.totalWords()).isEqualTo(4);
        assertThat(article.boundaryOffset(0)).isZero();
        assertThat(article.boundaryOffset(1)).isEqualTo(html.indexOf(" three"));
        assertThat(article.boundaryOffset(3)).isEqualTo(html.length());
    }

    /** Offsets of the boundaries a slot may use: all but those right after a block left open. */
    private List<Integer> usableBoundaries(String html) {
        ScannedArticle scan = scanner.scan(html);
        List<Integer> offsets = new java.util.ArrayList<>();
        for (int i = 0; i < scan.boundaryCount(); i++) {
            if (i == 0 || !scan.blocks().get(i - 1).openEnd()) {
                offsets.add(scan.boundaryOffset(i));
            }
        }
        return offsets;
    }

    @Test
    @DisplayName("a </script> in a <script> in <!-- --> inside a script is script text: the blocks after the script's end are usable")
    void doubleEscapedScript() {
        String html = "<p>a</p><script><!--document.write('<script src=x></script>');--></script><p>b</p><p>c</p>";
        ScannedArticle scan = scanner.scan(html);
        assertThat(scan.blocks()).extracting(Block::tag).containsExactly("p", "p", "p");
        assertThat(usableBoundaries(html)).contains(html.indexOf("<p>c"), html.length());
    }

    @Test
    @DisplayName("a heading start pops a heading that is the current node (after closing a p): a second </h1> then closes the h2 around them")
    void headingStartPopsCurrentHeading() {
        for (String html : List.of("<h2><blockquote><h5><h1></h1></h1><p>text</h2>more",
                "<h2><blockquote><h5><p><h1></h1></h1><p>text</h2>more")) {
            assertThat(usableBoundaries(html)).as(html).containsExactly(0, html.lastIndexOf("<p>"), html.length());
        }
    }

    @Test
    @DisplayName("a formatting element left open before a heading waits to be reopened: no gap is usable until an end tag takes it off the list")
    void headingStartBeforeFormattingReopens() {
        for (String html : List.of("<p><font></p><h2><h1>x</h1><p>y</h2>z", "<h2><p><b></p><h1>x</h1><p>y</h2>z")) {
            // the stale font (or b) would be reopened by the first text after a gap: a slot's label, or the
            // article's "y", whose reopened element would then hold the slot
            assertThat(usableBoundaries(html)).as(html).containsExactly(0);
        }
        // </font> finds the font listed but not open, and takes it off the list (adoption agency, step 4)
        String closed = "<p><font></p><h2><h1>x</h1><p>y</h2>z</font><p>w</p>";
        assertThat(usableBoundaries(closed)).containsExactly(0, closed.indexOf("<p>w"), closed.length());
        // reopened by text and closed by its end tag, the font is off the list: the h1 pops the h2, and the p
        // after it runs to the end, since </h2> is ignored
        String reopened = "<p><font></p><h2>x</font><h1></h1><p></h2>y";
        assertThat(usableBoundaries(reopened)).contains(reopened.indexOf("<p></h2>")).doesNotContain(reopened.indexOf("y"));
    }

    @Test
    @DisplayName("a raw-text element in a <select> is ignored by the classic parser and holds raw text in a customizable select: no gap where the two differ")
    void rawTextElementInSelect() {
        // a soup finding: the slot appended at the end would be iframe text for a browser with customizable selects
        String html = "<p><select><iframe src=y><select>";
        assertThat(usableBoundaries(html)).containsExactly(0);
        // where the raw text holds no markup, both read the same: the (empty) select is no block, and the gap
        // before it serves for after it
        String plain = "<p>a</p><select><iframe src=y>text</iframe></select><p>b</p>";
        assertThat(usableBoundaries(plain)).containsExactly(0, plain.indexOf("<select>"), plain.length());
    }

    @Test
    @DisplayName("a <form> is ignored while the parser's form element pointer is set (a form popped by another end tag): it closes no paragraph")
    void formStartIgnoredWhilePointerSet() {
        String html = "<div><form></div><p>a<form>b</p>c";
        assertThat(usableBoundaries(html)).doesNotContain(html.indexOf("<form>b")).contains(html.indexOf("c"));
        String closed = "<div><form></form></div><p>a<form>b</p>c";
        assertThat(usableBoundaries(closed)).contains(closed.indexOf("<form>b"));
    }

    @Test
    @DisplayName("100,000 table parts over 100,000 elements open in a column group scan in linear time")
    void tablePartsOverADeepStack() {
        String html = "<table><colgroup>" + "<span>".repeat(100_000) + "<col>".repeat(100_000) + "</table><p>after</p>";
        ScannedArticle scan = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> scanner.scan(html));
        assertThat(scan.blocks()).extracting(Block::tag).startsWith("table");
    }

    @Test
    @DisplayName("a link left unclosed in a line of text is closed by the next link: the line and what follows keep their places")
    void unclosedLinkClosedByTheNextOne() {
        String html = "x<a href=1>one<b>bold<a href=2>two</a> three</b><p>p</p>";
        assertThat(usableBoundaries(html)).contains(html.indexOf("<p>"), html.length());
    }

    @Test
    @DisplayName("tag soup that leaves an element open to the end gets no usable boundary inside it")
    void tagSoupLeftOpen() {
        // each shape leaves the element whose start tag is given open to the end of input in a browser
        String[][] cases = {
            {"<i><object></i>", "<object>"}, // the object bounds </i>'s scope: the end tag is ignored
            {"<section><object></section>word", "<object>"}, // likewise for an enclosing container's end tag
            {"<p><b><h2><b></b><h1></h1>", "<h2>"}, // the b closed with the p is reopened inside the h2
            {"<table><table></table><figcaption></table>", "<figcaption>"}, // <table> ends the current table
            {"<h1><body><h2></h2><blockquote></h6>", "<blockquote>"}, // <body> opens nothing in a body
            // the inner <a> closes the link around the list (adoption agency), so </a> closes nothing later
            {"<a href=y><p><ul><li><a href=z>word</a></li></ul><video><p><p></a>", "<video>"},
            // a wrapper's end tag does not reach past the div opened in it: the div and the video stay open
            {"<span><p>a<div><video></span><p>b", "<video>"},
            // </font> goes to the inner font that the second <p> popped (and so does nothing), not to the outer one
            {"<font><video><p><p><font color=red><p></font>", "<video>"},
            // a browser closes the p at the dialog and the video at </video>; jsoup keeps the p, so </video> is ignored
            {"<video><p><dialog></video><p>x", "<video>"},
            // in a table's template, </table> is ignored: the template stays open
            {"<table><template></table><p>x", "<template>"},
            // </font> pops the wrapper and the mi in it (adoption agency): the svg after them stays open
            {"<font><p></p><mi><hr></font><svg></mi>", "<svg>"},
            // the end tag of a plain inline element does not reach past a button opened in it
            {"<g><video><button></g><p>x", "<video>"},
            // the font left open in the first p is reopened at the link inside the h2, so the h1 nests in the h2
            {"<p><font color=red></p><p><h2><a href=x>x</a><p><p><p><h1>word</h1>", "<h2>"},
            // a browser reads <p>x as script text (double escaped), jsoup as a paragraph after the script's end
            {"<p>a</p><script><!--<script></script><p>x')--></script><p>b</p><p>c</p>", "<script>"},
            // a button bounds </p>'s "button scope": the p stays open, and so does the element around it
            {"<my-el><p><button></p></p></my-el>", "<my-el>"},
            // in a select in a table, <table> pops the select and ends the outer table: </table> then ends the inner one
            {"<table><select><table><tr><td>x</td></tr></table><h2>heading</table>", "<h2>"},
            // jsoup reads an end tag's name in raw text up to a space, '/' or '>': </sc</script> is one name
            // to it, so the script reads on, where a browser ends it
            {"<p>a</p><script>x</sc</script><p>b</p><p>c</p>", "<script>"},
            {"<p>a</p><script></p<</script><p>b</p><p>c</p>", "<script>"},
            {"<p>a</p><script>x</p.</script><p>b</p><p>c</p>", "<script>"},
            {"<p>a</p><style>x</p-</style><p>b</p><p>c</p>", "<style>"},
            // after a false end-tag start of two letters or more that runs into a '<', jsoup 1.22 may read a
            // title's end tag as text and run on to the next one
            {"<p>a</p><title>x</hl</title><p>b</p><p>c</p></title>", "<title>"},
            {"<p>a</p><textarea>x</ab2</textarea><p>b</p><p>c</p>", "<textarea>"},
            // in a table outside its cells jsoup reads a script by the escape states, with the same reading of names
            {"<table><script><!--</si--><script></script></table><p>x</p>", "<script>"},
            // a table part's start tag (tr, tbody...) closes the cell: the <table> after it ends the outer table
            // instead of nesting in the cell, and the blockquote after the inner table stays open
            {"<table><td><tr><table></table><blockquote></table>", "<blockquote>"},
            {"<table><th><tbody><table></table><blockquote></table>", "<blockquote>"},
            // a cell directly in a table opens a tbody and a tr first: </tr> then closes the cell and its row,
            // so the <table> after it ends the outer table instead of nesting in the cell
            {"<table><th></tr><table></table><blockquote></table>", "<blockquote>"},
            // in a cell, </table> looks for the table in "table scope", which the cell does not bound: it closes
            // the table, so the <tr> after it is ignored and the p stays open inside the unknown element
            {"<v><table><td></table><tr><p></table></v>s", "<p>"},
            // after the </p> breakout popped the svg, </svg> is stray to a browser and closes the svg for jsoup:
            // to both the math is a new root, and in its mtext </div> is out of scope
            {"<div><svg><e></p></svg><math><mtext></div>-", "<math>"},
            // likewise with the svg as the block and the breakout a <p> start tag: the <c> opened after it is an
            // HTML element to a browser, which keeps it open at the stray </svg>, and jsoup closes it
            {"<div><svg><p></p><c></svg><math><mi></div>g", "<math>"},
            // without the </svg>: to jsoup </div> closes the svg and the div; to a browser, which popped the svg at
            // the <p>, the c, math and mi are open in the div, and the mi puts the div out of scope of </div>
            {"<div><svg><p></p><c><math><mi></div>g", "<math>"},
            // the second <a> closes the first (adoption agency), so the last </a> finds no link and leaves the math open
            {"<a><a></a><math></a>", "<math>"},
            // the em popped with the p is reopened at the text in the inner h1, so the next h1 nests in it and
            // </h2> pops the inner h1, not the outer one; the </div> then closes the div in the heading
            {"<div><h1><div><p><em><h1>h<h1></h1></h2></div>w", "<h1>"},
            // likewise inside a line of text: </h2> pops the div for the scanner only, once the block is uncertain
            {"<div><l><h4><div><p><em><h1>h<h1></h1></h2></div>w", "<h4>"},
            // likewise for a form inside the block: </form> takes only the form off the stack, d stays open
            {"<div><f><form><d><div></form></div>x", "<d>"},
            // the em popped with the p is reopened at the text, and </form> leaves that em open (its copy, to be exact)
            {"<form><p><em></p>x</form>y", "<em>"},
            // the i foster-parented in the inner table is popped by the <table> that ends it, but stays listed and
            // is reopened at the text: the h1 nests in it, so </h2> pops the h1 and the h5 stays open
            {"<h5><table><i><table></table>p<h1></h2>", "<h5>"},
            // the <p> after a col popped the implied colgroup and went before the table: the <td> after it is read
            // in the table, so the inner table nests in the cell, which stays open
            {"<table><col><p><td><table></table>", "<td>"},
            // the self-closed <c/> in the SVG title is an open HTML element: </svg> then goes by HTML rules and
            // stops at the title, which stays open, and so does everything after it
            {"<div><svg><svg><title><c/></svg><p>x</p></div><p>y</p>", "<title>"},
            {"<svg><svg><title><p></p><c/></svg></svg><p>y</p>", "<title>"}, // likewise with the svg as the block
            // </form> takes the form off the stack but leaves the div opened in it open
            {"<form><div></form><p>x</p><p>y</p>", "<div>"},
            // the link popped with the first p by the second stays on the list and is reopened in the h1 at the
            // text: the h2 nests in it, and </h1> pops that h2, not the h1
            {"<h2><p><a><p><h1>d<h2></h1>x", "<h1>"},
            // the font popped by its container's end tag is reopened at the link in the h2, so the h1 nests in the h2
            {"<div><font color=red></div><h2><a href=x>x</a><h1><br></h1>", "<h2>"},
        };
        for (String[] c : cases) {
            int open = c[0].indexOf(c[1]);
            assertThat(usableBoundaries(c[0])).as(c[0]).allSatisfy(offset -> assertThat(offset).isLessThanOrEqualTo(open));
        }
    }
}
