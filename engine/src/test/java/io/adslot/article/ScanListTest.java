package io.adslot.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScanListTest {

    @Test
    @DisplayName("grows past its first guess and keeps the order")
    void grows() {
        ScanList<Integer> list = new ScanList<>(2);
        for (int i = 0; i < 100; i++) {
            list.add(i);
        }
        list.set(0, -1);
        assertThat(list).hasSize(100).startsWith(-1, 1, 2).endsWith(98, 99);
    }

    @Test
    @DisplayName("once frozen, every change throws, as for the lists of any scanned article")
    void frozenIsUnmodifiable() {
        ScanList<String> list = new ScanList<>(4);
        list.add("a");
        list.freeze();
        assertThatThrownBy(() -> list.add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, "b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(list).containsExactly("a");
    }

    @Test
    @DisplayName("a scanned article keeps the scan's frozen lists as they are and copies any other")
    void scannedArticleTakesFrozenListsAsTheyAre() {
        ScannedArticle scanned = BlockScanner.withDefaults().scan("<p>One.</p><p>Two.</p>");
        assertThat(scanned.blocks()).isInstanceOf(ScanList.class).hasSize(2);
        assertThatThrownBy(() -> scanned.blocks().add(scanned.blocks().get(0))).isInstanceOf(UnsupportedOperationException.class);

        List<Block> mutable = new ArrayList<>(scanned.blocks());
        ScannedArticle built = new ScannedArticle(scanned.source(), mutable, List.of());
        mutable.clear();
        assertThat(built.blocks()).hasSize(2);

        ScanList<Block> open = new ScanList<>(2);
        open.add(scanned.blocks().get(0));
        ScannedArticle fromOpen = new ScannedArticle(scanned.source(), open, List.of());
        open.add(scanned.blocks().get(1));
        assertThat(fromOpen.blocks()).as("a list still being filled is copied").hasSize(1);
    }
}
