package io.adslot.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScanOptionsTest {

    @Test
    @DisplayName("a block may be an element never entered, media or a custom element, not a container, phrasing or what is never shown")
    void blockNamesByDefault() {
        ScanOptions defaults = ScanOptions.defaults();
        assertThat(List.of("p", "li", "aside", "blockquote", "img", "iframe", "my-widget", "amp-img"))
                .allMatch(defaults::mayFindBlockNamed);
        assertThat(List.of("div", "section", "article", "span", "b", "a", "script", "title", "td", "paragraph"))
                .noneMatch(defaults::mayFindBlockNamed);
    }

    @Test
    @DisplayName("an atomic selector may make a block of its tag, and one without a tag of any name")
    void blockNamesByAtomicSelectors() {
        assertThat(ScanOptions.ofSelectors(List.of("div.para")).mayFindBlockNamed("div")).isTrue();
        assertThat(ScanOptions.ofSelectors(List.of("div.para")).mayFindBlockNamed("section")).isFalse();
        assertThat(ScanOptions.ofSelectors(List.of(".para")).mayFindBlockNamed("section")).isTrue();
    }
}
