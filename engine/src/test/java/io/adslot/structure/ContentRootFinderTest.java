package io.adslot.structure;

import static io.adslot.structure.PageStructureRegressionTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.PageContext;
import io.adslot.engine.RenderResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The automatic content root: the innermost container holding most of the page's paragraph text, grown to
 * its parent where the article goes on in paragraphs beside it, with each paragraph's text counted once.
 */
class ContentRootFinderTest {

    @Test
    @DisplayName("an article that goes on in short blocks beside the wrapper holding most of it: the root is their parent")
    void paragraphsBesideTheWrapper() {
        String page = fixture("root-with-paragraphs-beside.html");
        ContentRoot root = ContentRootFinder.automatic(page);
        assertThat(root.element()).isEqualTo("div.entry-content");
        assertThat(root.contentStart()).isLessThan(page.indexOf("<!-- the article goes on"));
        assertThat(root.contentEnd()).isGreaterThan(page.lastIndexOf("<div>"));
        assertThat(root.why()).contains("with the paragraphs beside it");
    }

    @Test
    @DisplayName("the engine in automatic mode places slots among the short blocks beside the wrapper too")
    void slotsAmongTheParagraphsBeside() {
        String page = fixture("root-with-paragraphs-beside.html");
        AdSlotEngine engine = AdSlotEngine.builder().rules(PageStructureRegressionTest.resource("dense.yaml"))
                .contentRoot("auto").cacheEnabled(false).withoutMetrics().build();
        RenderResult result = engine.render(Article.of("page", page), PageContext.builder().device("mobile").build());
        int beside = page.indexOf("<!-- the article goes on");
        int end = page.indexOf("</article>");
        assertThat(result.insertions()).anySatisfy(slot -> assertThat(slot.offset()).isBetween(beside, end));
        assertThat(result.insertions()).allSatisfy(slot -> assertThat(slot.offset())
                .isBetween(page.indexOf("<div class=\"entry-content\">"), end));
    }

    @Test
    @DisplayName("paragraphs beside the wrapper inside a box of their own do not grow the root")
    void paragraphsInAnotherBox() {
        String page = fixture("root-beside-another-box.html");
        ContentRoot root = ContentRootFinder.automatic(page);
        assertThat(root.element()).isEqualTo("div.story");
        assertThat(root.why()).doesNotContain("beside it");
    }

    @Test
    @DisplayName("a box whose paragraphs sit in custom elements counts their text once: the article beside it is the root")
    void paragraphsInCustomElementsCountOnce() {
        String page = fixture("paragraphs-in-custom-elements.html");
        ContentRoot root = ContentRootFinder.automatic(page);
        assertThat(root.element()).isEqualTo("div.story-body");
    }
}
