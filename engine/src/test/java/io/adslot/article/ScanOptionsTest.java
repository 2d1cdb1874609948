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
                .allMatch(defaults::makesBlocksNamed);
        assertThat(List.of("div", "section", "article", "span", "b", "a", "script", "title", "td", "paragraph"))
                .noneMatch(defaults::makesBlocksNamed);
    }

    @Test
    @DisplayName("an atomic selector naming a tag makes blocks of that name; one without a tag (.related) of no name as such")
    void blockNamesByAtomicSelectors() {
        assertThat(ScanOptions.ofSelectors(List.of("div.para")).makesBlocksNamed("div")).isTrue();
        assertThat(ScanOptions.ofSelectors(List.of("div.para")).makesBlocksNamed("section")).isFalse();
        assertThat(ScanOptions.ofSelectors(List.of(".related", "[data-embed]")).makesBlocksNamed("div")).isFalse();
    }
}
