package io.adslot.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.adslot.FixedSample;
import io.adslot.article.BlockScanner;
import io.adslot.article.ElementShape;
import io.adslot.article.ScannedArticle;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shape of the element tree that the scan records for the structure pass ({@link ElementShape}) is the
 * tree the HTML Standard builds, as an independent parser ({@code nu.validator:htmlparser}, {@link SpecReading})
 * builds it: the same elements, nested alike, wherever the scan vouches for the shape.
 *
 * <p>Compared as outlines of element names, with the plain phrasing ({@link ElementShape#PLAIN_NAMES}) unwrapped
 * on both sides, since a summarised paragraph holds it as counts only. Text and extents are not compared: the
 * parser's tree has decoded text and no source offsets.
 */
class ElementShapeJudgeTest {

    private static final BlockScanner SCANNER = BlockScanner.withDefaults();
    private static int recorded;
    private static int tried;

    @Test
    @DisplayName("on every corpus body, the shape is recorded and is the spec parser's tree")
    void corpus() {
        assumeTrue(Corpus.present(), "no corpus at ../shared/corpus: test skipped");
        int bodies = 0;
        for (Path file : Corpus.files()) {
            String html = Corpus.read(file);
            ElementShape shape = SCANNER.scanWithShape(html).shape();
            assertThat(shape.recorded()).as(Corpus.name(file)).isTrue();
            assertThat(outline(shape)).as(Corpus.name(file)).isEqualTo(specOutline(html));
            bodies++;
        }
        System.out.printf("element shape: %d corpus bodies recorded and judged alike%n", bodies);
    }

    @Property(tries = 3000, seed = FixedSample.SEED)
    @Label("on tag soup, a shape the scan vouches for is the spec parser's tree")
    void tagSoup(@ForAll("soup") String html) {
        judge(html);
    }

    @Property(tries = 400, seed = FixedSample.SEED)
    @Label("on valid markup, the shape is recorded and is the spec parser's tree")
    void validHtml(@ForAll("valid") String html) {
        ElementShape shape = SCANNER.scanWithShape(html).shape();
        assertThat(shape.recorded()).isTrue();
        assertThat(outline(shape)).isEqualTo(specOutline(html));
    }

    @Property(tries = 500, seed = FixedSample.SEED)
    @Label("recording the shape changes nothing the scan finds: the same blocks and markers")
    void sameScan(@ForAll("any") String html) {
        ScannedArticle plain = SCANNER.scan(html);
        ScannedArticle shaped = SCANNER.scanWithShape(html);
        assertThat(shaped.blocks()).isEqualTo(plain.blocks());
        assertThat(shaped.markers()).isEqualTo(plain.markers());
    }

    @AfterContainer
    static void report() {
        System.out.printf("element shape: recorded on %d of %d tag-soup inputs%n", recorded, tried);
    }

    private static void judge(String html) {
        ElementShape shape = SCANNER.scanWithShape(html).shape();
        tried++;
        if (shape.recorded()) {
            recorded++;
            assertJudgedAlike(html, shape);
        }
    }

    /**
     * The recorded {@code shape} of {@code html} is the spec parser's tree. Not judged where the parser's 2020
     * release is known to differ from today's Standard ({@code <search>}, {@link SpecReading}), nor on an input
     * that ends inside markup (by the judges' own tokenizer, {@link MarkupTokenizer}): the comment the judge
     * appends ({@link SpecReading#AFTER}) would end that tag, where the article's parse drops it.
     */
    static void assertJudgedAlike(String html, ElementShape shape) {
        boolean endsInsideMarkup = MarkupTokenizer.spans(html).stream().anyMatch(span -> span.what().startsWith("unterminated"));
        if (!html.toLowerCase(Locale.ROOT).contains("<search") && !endsInsideMarkup) {
            assertThat(outline(shape)).isEqualTo(specOutline(html));
        }
    }

    @Provide
    Arbitrary<String> soup() {
        return HtmlArbitraries.tagSoup();
    }

    @Provide
    Arbitrary<String> valid() {
        return HtmlArbitraries.validHtml();
    }

    @Provide
    Arbitrary<String> any() {
        return HtmlArbitraries.anyArticle();
    }

    /** The shape as nested names, {@code div(p() ul(li()))}, plain phrasing unwrapped. */
    static String outline(ElementShape shape) {
        StringBuilder out = new StringBuilder();
        Deque<Boolean> unwrapped = new ArrayDeque<>();
        shape.replay(new ElementShape.Visitor() {
            @Override
            public void open(String name, int start, int tagEnd, boolean written, ElementShape.Attributes attributes) {
                boolean plain = ElementShape.PLAIN_NAMES.contains(name); // never an SVG or MathML name ("svg a")
                unwrapped.push(plain);
                if (!plain) {
                    out.append(comparable(name.substring(name.indexOf(' ') + 1))).append('(');
                }
            }

            @Override
            public void close(int end) {
                if (!unwrapped.pop()) {
                    out.append(") ");
                }
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
                out.append(name).append("() ");
            }
        });
        return out.toString().replace(" )", ")").trim();
    }

    /** The spec parser's tree of the body, written as {@link #outline}. */
    static String specOutline(String html) {
        SpecNode body = SpecReading.body(SpecReading.SCRIPTING_ON.parse(html));
        StringBuilder out = new StringBuilder();
        // an explicit stack: tag soup nests deep
        Deque<Object> work = new ArrayDeque<>();
        for (int i = body.children.size() - 1; i >= 0; i--) {
            work.push(body.children.get(i));
        }
        while (!work.isEmpty()) {
            Object next = work.pop();
            if (next instanceof String close) {
                out.append(close);
                continue;
            }
            SpecNode node = (SpecNode) next;
            if (!node.isElement()) {
                continue;
            }
            String name = node.name.toLowerCase(Locale.ROOT);
            boolean plain = SpecNode.HTML.equals(node.namespace) && ElementShape.PLAIN_NAMES.contains(name);
            if (!plain) {
                out.append(comparable(name)).append('(');
                work.push(") ");
            }
            for (int i = node.children.size() - 1; i >= 0; i--) {
                work.push(node.children.get(i));
            }
        }
        return out.toString().replace(" )", ")").trim();
    }

    /**
     * A name as both sides can spell it: the tokenizer turns a NUL in a name into U+FFFD, which the scan's
     * names need not keep, so any char but a letter, a digit, {@code -}, {@code :} or {@code <} compares as one.
     */
    private static String comparable(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(Character.isLetterOrDigit(c) || c == '-' || c == ':' || c == '<' ? c : '?');
        }
        return b.toString();
    }
}
