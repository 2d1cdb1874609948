package io.adslot.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SelectorTest {

    private static final String PAGE = "<main><article class=\"post big\"><div id=\"body\" itemprop=\"articleBody\">"
            + "<div class=\"entry-content\"><p>x</p></div></div></article><div class=\"entry-content\"></div></main>";

    @Test
    @DisplayName("tags, classes, ids, attributes and the descendant and child combinators match as in CSS")
    void matches() {
        assertThat(starts("article .entry-content")).containsExactly(PAGE.indexOf("<div class=\"entry-content\">"));
        assertThat(starts("main > .entry-content")).containsExactly(PAGE.lastIndexOf("<div class=\"entry-content\">"));
        assertThat(starts("div[itemprop=articleBody]")).containsExactly(PAGE.indexOf("<div id=\"body\""));
        assertThat(starts("#body > div")).containsExactly(PAGE.indexOf("<div class=\"entry-content\">"));
        assertThat(starts("[class~=big] p")).containsExactly(PAGE.indexOf("<p>"));
        assertThat(starts("[class^=po]")).containsExactly(PAGE.indexOf("<article"));
        assertThat(starts("main > p")).isEmpty();
        assertThat(starts("article.post.big")).containsExactly(PAGE.indexOf("<article"));
        assertThat(starts(".big.small")).isEmpty();
        assertThat(starts(".post .entry-content, main > .entry-content")).containsExactly(
                PAGE.indexOf("<div class=\"entry-content\">"), PAGE.lastIndexOf("<div class=\"entry-content\">"));
    }

    @Test
    @DisplayName("a list of more than 64 compounds (past what a tag's matches are remembered in) matches the same")
    void manyCompounds() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            many.append(".unused").append(i).append(", ");
        }
        assertThat(starts(many + "article .entry-content")).containsExactly(PAGE.indexOf("<div class=\"entry-content\">"));
        assertThat(starts(many + "main > .entry-content, [itemprop]")).containsExactly(PAGE.indexOf("<div id=\"body\""),
                PAGE.lastIndexOf("<div class=\"entry-content\">"));
    }

    @Test
    @DisplayName("an unsupported selector is rejected saying where and what to write instead")
    void rejects() {
        assertThatThrownBy(() -> Selector.parse("div:first-child")).hasMessageContaining("\":\" is not supported here at char 4")
                .hasMessageContaining("write a tag (article)");
        assertThatThrownBy(() -> Selector.parse("[data-x")).hasMessageContaining("expected ]");
        assertThatThrownBy(() -> Selector.parse("a ~ b")).hasMessageContaining("cannot start a selector");
    }

    @Test
    @DisplayName("a deep page is matched in linear time: no backtracking over ancestors")
    void deepNesting() {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            page.append("<div class=\"a\">");
        }
        page.append("<p>x</p>");
        long start = System.nanoTime();
        List<Integer> found = starts(page.toString(), "div.a div.a div.a div.b p, div div div div span");
        assertThat(found).isEmpty();
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms for 50,000 nested divs").isLessThan(5_000);
    }

    private static List<Integer> starts(String selector) {
        return starts(PAGE, selector);
    }

    private static List<Integer> starts(String page, String selector) {
        SelectorMatcher.Walk matcher = new SelectorMatcher(List.of(Selector.parse(selector))).walk();
        List<Integer> found = new ArrayList<>();
        new TagWalk(page, 0, page.length(), new TagWalk.Listener() {
            @Override
            public void open(Tag tag, int depth) {
                if (matcher.open(tag, depth) != 0) {
                    found.add(tag.start);
                }
            }

            @Override
            public void close(int depth, int end) {
            }

            @Override
            public void text(int start, int end) {
            }
        }).run();
        return found;
    }
}
