package io.adslot.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.adslot.ArticleCorpus;
import io.adslot.article.BlockScanner;
import io.adslot.article.ScannedArticle;
import io.adslot.rules.RuleSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The structure pass reads the body from the shape of the tree the scan built, which takes a paragraph, heading
 * or list item holding only plain phrasing (links, emphasis) as one piece, instead of reading its every tag
 * again: on real bodies it finds exactly what a walk of every tag finds.
 */
class ComponentFinderTest {

    private static final List<String> SHIPPED = List.of("default.yaml", "long-form.yaml", "mobile-news.yaml",
            "subscriber-aware.yaml", "amp.yaml", "whole-page.yaml");

    @Test
    @DisplayName("on every corpus body and whole page, reading the scan's tree finds what reading every tag finds")
    void summarisedBlocksOnTheCorpus() {
        List<Path> files = ArticleCorpus.bodyFiles();
        assumeTrue(!files.isEmpty(), "no corpus bodies: test skipped");
        int compared = 0;
        long blocks = 0;
        long summarised = 0;
        for (String file : SHIPPED) {
            RuleSet rules = StructureCorpusTest.shipped(file);
            BlockScanner scanner = new BlockScanner(rules.scan());
            PageReader reader = new PageReader(scanner::scan, rules.page());
            SelectorMatcher matcher = reader.matcher();
            int near = rules.page().near().size();
            assertThat(matcher.mayMatchPlainPhrasing()).as(file).isFalse();
            for (Path path : files) {
                String body = StructureCorpusTest.read(path);
                ScannedArticle scanned = scanner.scanWithShape(body);
                assertThat(scanned.shape().recorded()).as(path.toString()).isTrue();
                assertSame(path.toString(), body, 0, body.length(), matcher, near, scanned);
                compared++;
                blocks += scanned.blocks().size();
                summarised += scanned.shape().summaries();
            }
            for (SourcePages.Page page : SourcePages.all()) {
                ContentRoot root = ContentRootFinder.automatic(page.page());
                if (root == null) {
                    continue;
                }
                String content = page.page().substring(root.contentStart(), root.contentEnd());
                ScannedArticle scanned = scanner.scanWithShape(content).placedIn(page.page(), root.contentStart());
                assertSame(page.name(), page.page(), root.contentStart(), root.contentEnd(), matcher, near, scanned);
                compared++;
            }
        }
        System.out.printf("component finder: %d inputs read alike from the scan's tree and tag by tag; %d elements summarised in %d body blocks%n",
                compared, summarised, blocks);
    }

    @Test
    @DisplayName("on every corpus body, what the pass finds does not depend on the bodies read before it with the same rules")
    void classValuesKeptAcrossReadsChangeNothing() {
        List<Path> files = ArticleCorpus.bodyFiles();
        assumeTrue(!files.isEmpty(), "no corpus bodies: test skipped");
        for (String file : SHIPPED) {
            RuleSet rules = StructureCorpusTest.shipped(file);
            BlockScanner scanner = new BlockScanner(rules.scan());
            SelectorMatcher warm = new PageReader(scanner::scan, rules.page()).matcher();
            int near = rules.page().near().size();
            List<String> bodies = files.stream().map(StructureCorpusTest::read).toList();
            for (String body : bodies) {
                ComponentFinder.find(body, 0, body.length(), warm, near);
            }
            for (int i = 0; i < bodies.size(); i++) {
                String body = bodies.get(i);
                SelectorMatcher fresh = new PageReader(scanner::scan, rules.page()).matcher();
                ScannedArticle scanned = scanner.scanWithShape(body);
                assertThat(ComponentFinder.find(body, 0, body.length(), warm, near, scanned)).as("%s with %s", files.get(i), file)
                        .isEqualTo(ComponentFinder.find(body, 0, body.length(), fresh, near, scanned));
            }
        }
    }

    @Test
    @DisplayName("a box of paragraphs that are mostly links is a teaser box, read from the scan's tree as from the tags")
    void teaserFromSummarisedParagraphs() {
        String body = inArticle("<div><p><a href=\"/one\">The first story</a></p><p>Also: <a href=\"/two\">the second story</a></p></div>");
        ComponentFinder.Found found = readBothWays(body, PageOptions.defaults());
        assertThat(found.components()).extracting(Region::kind).containsExactly(Region.Kind.TEASER);
    }

    @Test
    @DisplayName("an image with a one-line paragraph beside it is an image component; the paragraph's text is its flow")
    void mediaWrapperWithASummarisedParagraph() {
        String body = inArticle("<div><img src=\"a.jpg\"><p>The harbour at <em>dawn</em></p></div>");
        ComponentFinder.Found found = readBothWays(body, PageOptions.defaults());
        assertThat(found.components()).extracting(Region::kind).containsExactly(Region.Kind.IMAGE);
    }

    @Test
    @DisplayName("a paragraph inside a caption counts all its text as caption text: the image and caption stay one component")
    void paragraphInsideACaption() {
        String body = inArticle("<div><img src=\"a.jpg\"><div class=\"wp-caption-text\"><p>Photo: <a href=\"/p\">A. Person</a> for the paper, "
                + "taken at the harbour of the town at dawn on the first day of the festival, seen from the pier</p></div></div>");
        ComponentFinder.Found found = readBothWays(body, PageOptions.defaults());
        assertThat(found.components()).extracting(Region::kind).containsExactly(Region.Kind.IMAGE);
    }

    @Test
    @DisplayName("a class value met again is read once, and each tag's name and other attributes still decide what it is")
    void classValuesReadOnceTagsStillDecide() {
        String body = inArticle("<div class=\"box\" id=\"div-gpt-ad-1\"></div><div class=\"box\" id=\"main\"><p>Text of the box.</p></div>"
                + "<ins class=\"box\"></ins><ins class=\"adsbygoogle\"></ins><div class=\"adsbygoogle\"></div>"
                + "<aside class=\"x-ad-unit\"></aside><div class=\"x-ad-unit\"></div><div class=\"x-ad-units\"></div>");
        ComponentFinder.Found found = readBothWays(body, PageOptions.defaults());
        assertThat(found.ads()).extracting(Region::start).containsExactly(
                body.indexOf("<div class=\"box\" id=\"div-gpt-ad-1\">"), body.indexOf("<ins class=\"adsbygoogle\">"),
                body.indexOf("<div class=\"adsbygoogle\">"), body.indexOf("<aside class=\"x-ad-unit\">"),
                body.indexOf("<div class=\"x-ad-unit\">"), body.indexOf("<div class=\"x-ad-units\">"));
    }

    @Test
    @DisplayName("a selector that can match a link or an em turns the summaries off, and finds its elements inside paragraphs")
    void selectorsOnPlainPhrasingReadEveryTag() {
        PageOptions options = new PageOptions(List.of(), false, List.of(), List.of(), List.of(),
                List.of(Selector.parse("a[rel=sponsored]")));
        String body = inArticle("<p>One <a href=\"/x\" rel=\"sponsored\">offer</a> in a paragraph.</p><p>Two.</p>");
        ComponentFinder.Found found = readBothWays(body, options);
        assertThat(found.near().get(0)).extracting(Region::start).containsExactly(body.indexOf("<a "));
    }

    @Test
    @DisplayName("only selectors that a bare or styled link, an em or a span could match turn the summaries off")
    void whichSelectorsMatchPlainPhrasing() {
        assertThat(mayMatchPlainPhrasing("a[rel=sponsored]")).isTrue();
        assertThat(mayMatchPlainPhrasing("span")).isTrue();
        assertThat(mayMatchPlainPhrasing("*")).isTrue();
        assertThat(mayMatchPlainPhrasing("[title]")).isTrue();
        assertThat(mayMatchPlainPhrasing(".pullquote em")).isTrue();
        assertThat(mayMatchPlainPhrasing("span.ad")).isFalse();
        assertThat(mayMatchPlainPhrasing("[data-ad-slot]")).isFalse();
        assertThat(mayMatchPlainPhrasing("ins.adsbygoogle")).isFalse();
        assertThat(mayMatchPlainPhrasing("#story a")).isTrue();
        assertThat(mayMatchPlainPhrasing("aside")).isFalse();
        assertThat(new SelectorMatcher(List.of(union(PageOptions.defaults().existingAds()))).mayMatchPlainPhrasing())
                .as("the default ad signatures").isFalse();
    }

    private static boolean mayMatchPlainPhrasing(String selector) {
        return new SelectorMatcher(List.of(Selector.parse(selector))).mayMatchPlainPhrasing();
    }

    private static Selector union(List<Selector> selectors) {
        List<Selector.Complex> all = new ArrayList<>();
        selectors.forEach(s -> all.addAll(s.selectors()));
        return new Selector("ads", all);
    }

    /** {@code middle} between two long paragraphs: no component may hold more than half of a body's text. */
    private static String inArticle(String middle) {
        return "<p>" + "Words of the article. ".repeat(40) + "</p>" + middle + "<p>" + "More words of the article. ".repeat(40) + "</p>";
    }

    /** What the pass finds in {@code body} with these options, checked to be the same read both ways. */
    private static ComponentFinder.Found readBothWays(String body, PageOptions options) {
        PageReader reader = new PageReader(BlockScanner.withDefaults()::scan, options);
        ScannedArticle scanned = BlockScanner.withDefaults().scanWithShape(body);
        SelectorMatcher matcher = reader.matcher();
        int near = options.near().size();
        assertThat(scanned.shape().summaries()).as("the scan summarised a paragraph between the first and the last")
                .isGreaterThan(2);
        ComponentFinder.Found everyTag = ComponentFinder.find(body, 0, body.length(), matcher, near);
        assertThat(ComponentFinder.find(body, 0, body.length(), matcher, near, scanned)).isEqualTo(everyTag);
        return everyTag;
    }

    private static void assertSame(String name, String src, int from, int to, SelectorMatcher matcher, int near,
                                   ScannedArticle scanned) {
        ComponentFinder.Found everyTag = ComponentFinder.find(src, from, to, matcher, near);
        ComponentFinder.Found summaries = ComponentFinder.find(src, from, to, matcher, near, scanned);
        assertThat(summaries).as(name).isEqualTo(everyTag);
    }
}
