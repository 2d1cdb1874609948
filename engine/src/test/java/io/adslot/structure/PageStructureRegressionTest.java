package io.adslot.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.article.BlockScanner;
import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.Insertion;
import io.adslot.engine.PageContext;
import io.adslot.engine.RenderResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The cases of issue 15, each as the shape a real page had, rendered through the engine with rules that put a
 * slot at every gap they may: the slot that landed in the wrong visual place is gone, and the slots around
 * are still there. In each fixture {@code <!-- component -->} and {@code <!-- /component -->} mark the element
 * a slot must not enter (or, for whole pages, the only element a slot may enter).
 */
class PageStructureRegressionTest {

    private static final PageContext MOBILE = PageContext.builder().device("mobile").build();

    @Test
    @DisplayName("befifty.montauk (Squarespace): no slot inside div.image-block-wrapper.has-aspect-ratio after the img")
    void squarespaceImageWrapper() {
        assertNoSlotInside("squarespace-image.html");
    }

    @Test
    @DisplayName("nationalgeographic.co.uk.goats: no slot between a photo and the caption that follows it")
    void photoAndCaption() {
        assertNoSlotInside("photo-then-caption.html");
    }

    @Test
    @DisplayName("franziska-elea.de.vuitton: no slot between a photo and the centred paragraph under it that says what is worn")
    void photoAndCentredCaption() {
        assertNoSlotInside("photo-then-centred-caption.html");
    }

    @Test
    @DisplayName("brigitte.de.ikigai: no slot inside the video player's wrapper after </video>")
    void videoPlayer() {
        assertNoSlotInside("video-player.html");
    }

    @Test
    @DisplayName("franziska-elea.de.vuitton (WordPress): no slot inside div.wp-block-image; the slot after it stands past </div>")
    void wordpressImageBlock() {
        assertSlotAfterComponentNotInside("wp-block-image.html");
    }

    @Test
    @DisplayName("simplyscience.ch.erdoel: no slot inside a related-articles teaser box")
    void teaserBox() {
        assertNoSlotInside("teaser-box.html");
    }

    @Test
    @DisplayName("a box of links without a telling class is a teaser box by its structure alone")
    void linkBox() {
        assertNoSlotInside("link-box.html");
    }

    @Test
    @DisplayName("a div.row with two div.col-md-6 columns gets no ad inside either half-width column")
    void layoutRow() {
        assertNoSlotInside("layout-row.html");
    }

    @Test
    @DisplayName("sonntag-sachsen.de.emanuel: no slot inside a sidebar column (div.col.span_4_of_12) that a stray end tag left outside its row")
    void sideColumn() {
        assertNoSlotInside("side-column.html");
    }

    @Test
    @DisplayName("faz.net.streaming: no slot inside an author box (photo, name, one line of bio, a profile link), nor inside the box of author boxes; the slot after it stands past its end tag")
    void authorBox() {
        assertSlotAfterComponentNotInside("author-box.html");
    }

    @Test
    @DisplayName("faz.net.streaming: no slot inside the wrapper of a figure that shows an embed (an empty placeholder and its loader script); the slot after it stands past its end tag")
    void embedPlaceholder() {
        assertSlotAfterComponentNotInside("embed-placeholder.html");
    }

    @Test
    @DisplayName("pcgamer.com.skyrim, reuters.com.parasite, salon.com.emissions: no slot directly beside an ad already in the body")
    void existingAds() {
        assertNoSlotBeside(render("dense.yaml", fixture("existing-ads.html")), fixture("existing-ads.html"),
                List.of("<div id=\"ad-unit-1\"", "<div class=\"AdSlot__container", "<div class=\"proper-ad-unit\""));
    }

    @Test
    @DisplayName("brigitte.de.ikigai and jolie.de.adele (div.gujAd), gofeminin.de.abnehmen (div.adVideoInRead), kulu-media.com (div.mvp-post-ad-wrap with its label): no slot directly beside an ad its class names so")
    void adsNamedByTheirClass() {
        String html = fixture("ads-named-by-their-class.html");
        List<String> ads = List.of("<div id=\"outstream_div\"", "<div id=\"adVideoInRead\"", "<div class=\"mvp-post-ad-wrap\"");
        assertNoSlotBeside(render("dense.yaml", html), html, ads);
        List<Integer> replaced = offsets(render("own-ad-signatures.yaml", html));
        assertThat(replaced).as("with signatures of the rules' own, which replace the defaults, these are no ads")
                .contains(html.indexOf(ads.get(0)) - 1, html.indexOf(ads.get(1)) - 1);
    }

    private static void assertNoSlotBeside(RenderResult result, String html, List<String> ads) {
        List<Integer> offsets = offsets(result);
        assertThat(offsets).as("slots between the paragraphs away from the ads").isNotEmpty();
        for (String ad : ads) {
            int start = html.indexOf(ad);
            int end = html.indexOf("\n", html.indexOf("</div>", start));
            assertThat(offsets).as("slots beside %s", ad).doesNotContain(start, start - 1, end, end + 1);
            for (int offset : offsets) {
                assertThat(offset <= html.lastIndexOf("</p>", start) + 4 || offset >= html.indexOf("<p>", end))
                        .as("slot at %d is not between the paragraphs around %s", offset, ad).isTrue();
            }
        }
    }

    @Test
    @DisplayName("a whole page (header, nav, article, sidebar, footer) gets slots only inside its content root")
    void wholePage() {
        String html = fixture("whole-page.html");
        RenderResult result = render("whole-page.yaml", html);
        int start = html.indexOf("<!-- component -->");
        int end = html.indexOf("<!-- /component -->");
        assertThat(offsets(result)).as("slots in the article").isNotEmpty()
                .allSatisfy(offset -> assertThat(offset).isGreaterThan(start).isLessThan(end));
    }

    @Test
    @DisplayName("a whole page whose header leaves a <font> open: a browser reopens it inside the article, so nothing is placed and the page comes back unchanged")
    void wholePageWithAFormattingElementLeftOpen() {
        String html = fixture("whole-page-font-left-open.html");
        RenderResult result = render("whole-page.yaml", html);
        assertThat(result.insertions()).isEmpty();
        assertThat(result.html()).isEqualTo(html);
        PageReader reader = new PageReader(BlockScanner.withDefaults()::scan, PageOptions.defaults().withContentRoot(List.of(), true));
        PageStructure structure = reader.read(html).structure();
        assertThat(structure.rootMissing()).isTrue();
        assertThat(structure.root().element()).isEqualTo("div.entry-content");
        assertThat(structure.root().why()).contains("not used: a browser would not read its content as the article alone");
        assertThat(render("whole-page.yaml", fixture("whole-page.html")).insertions()).as("the same page without the <font>").isNotEmpty();
    }

    @Test
    @DisplayName("a whole page with the content root named by a selector through the builder")
    void wholePageBySelector() {
        String html = fixture("whole-page.html");
        AdSlotEngine engine = AdSlotEngine.builder().rules(resource("dense.yaml")).contentRoot("article.post > .entry-content")
                .cacheEnabled(false).withoutMetrics().build();
        RenderResult result = engine.render(Article.of("page", html), MOBILE);
        int start = html.indexOf("<!-- component -->");
        int end = html.indexOf("<!-- /component -->");
        assertThat(offsets(result)).isNotEmpty().allSatisfy(offset -> assertThat(offset).isGreaterThan(start).isLessThan(end));
    }

    @Test
    @DisplayName("a content root that matches nothing: the page comes back unchanged, without slots")
    void missingRoot() {
        String html = fixture("whole-page.html");
        AdSlotEngine engine = AdSlotEngine.builder().rules(resource("dense.yaml")).contentRoot("#story-body")
                .cacheEnabled(false).withoutMetrics().build();
        RenderResult result = engine.render(Article.of("page", html), MOBILE);
        assertThat(result.insertions()).isEmpty();
        assertThat(result.html()).isEqualTo(html);
        assertThat(result.degraded()).isFalse();
    }

    @Test
    @DisplayName("avoid.near: no slot within 300 estimated px of a .pullquote, slots farther away")
    void nearSelector() {
        String html = fixture("pullquote.html");
        RenderResult near = render("near.yaml", html);
        RenderResult dense = render("dense.yaml", html);
        int quoteStart = html.indexOf("<blockquote");
        int quoteEnd = html.indexOf("</blockquote>") + "</blockquote>".length();
        assertThat(offsets(dense)).as("without the rule, slots beside the quote").contains(quoteStart - 1, quoteEnd);
        assertThat(offsets(near)).as("slots far from the quote").isNotEmpty()
                .doesNotContain(quoteStart - 1, quoteEnd);
        assertThat(offsets(near).size()).isLessThan(offsets(dense).size());
    }

    /** No slot inside the component, and the slot that would end it stands just past its end tag. */
    private static void assertSlotAfterComponentNotInside(String name) {
        RenderResult result = assertNoSlotInside(name);
        int end = fixture(name).indexOf("<!-- /component -->");
        assertThat(offsets(result)).as("the slot after the component moved past its end tag").contains(end);
    }

    private static RenderResult assertNoSlotInside(String name) {
        String html = fixture(name);
        RenderResult result = render("dense.yaml", html);
        int start = html.indexOf("<!-- component -->") + "<!-- component -->".length();
        int end = html.indexOf("<!-- /component -->");
        List<Integer> offsets = offsets(result);
        assertThat(offsets).as("slots around the component").isNotEmpty();
        assertThat(offsets).as("slots of %s", name).allSatisfy(offset ->
                assertThat(offset <= start || offset >= end).as("slot at %d inside %d..%d", offset, start, end).isTrue());
        return result;
    }

    private static RenderResult render(String rules, String html) {
        AdSlotEngine engine = AdSlotEngine.builder().rules(resource(rules)).cacheEnabled(false).withoutMetrics().build();
        RenderResult result = engine.render(Article.of("fixture", html), MOBILE);
        assertThat(result.degraded()).isFalse();
        return result;
    }

    private static List<Integer> offsets(RenderResult result) {
        List<Integer> offsets = new ArrayList<>();
        for (Insertion insertion : result.insertions()) {
            offsets.add(insertion.offset());
        }
        return offsets;
    }

    static String fixture(String name) {
        try {
            return Files.readString(resource(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resource(String name) {
        try {
            return Path.of(PageStructureRegressionTest.class.getResource("/structure/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
