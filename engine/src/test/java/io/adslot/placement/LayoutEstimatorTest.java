package io.adslot.placement;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.article.Block;
import io.adslot.article.BlockKind;
import io.adslot.rules.LayoutModel;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The layout estimator guesses each block's rendered height")
class LayoutEstimatorTest {

    private static final LayoutModel PHONE = new LayoutModel("mobile", 360, 40, 26, 16, 40, 240, 0.30);
    private static final LayoutEstimator ESTIMATOR = new LayoutEstimator(PHONE);

    private static Block block(BlockKind kind, int textLength, int mediaWidth, int mediaHeight) {
        return new Block(kind, kind == BlockKind.HEADING ? 2 : 0, 0, 1, textLength / 5, textLength, "x", false,
                mediaWidth, mediaHeight);
    }

    @Test
    @DisplayName("text wraps into lines of the given characters and line height, plus the block gap")
    void textLines() {
        assertThat(ESTIMATOR.height(block(BlockKind.PARAGRAPH, 81, 0, 0))).isEqualTo(3 * 26 + 16);
    }

    @Test
    @DisplayName("a heading is one heading height")
    void heading() {
        assertThat(ESTIMATOR.height(block(BlockKind.HEADING, 30, 0, 0))).isEqualTo(40 + 16);
    }

    @Test
    @DisplayName("a declared image wider than the column is scaled down to it")
    void declaredMediaScaled() {
        assertThat(ESTIMATOR.height(block(BlockKind.FIGURE, 0, 720, 480))).isEqualTo(240 + 16);
        assertThat(ESTIMATOR.height(block(BlockKind.FIGURE, 0, 200, 100))).isEqualTo(100 + 16);
    }

    @Test
    @DisplayName("media without a declared size take the layout's media height, captions on top")
    void undeclaredMedia() {
        assertThat(ESTIMATOR.height(block(BlockKind.EMBED, 0, 0, 0))).isEqualTo(240 + 16);
        assertThat(ESTIMATOR.height(block(BlockKind.FIGURE, 40, 0, 0))).isEqualTo(240 + 26 + 16);
    }

    @Test
    @DisplayName("a thematic break is small and an empty block takes no room")
    void smallBlocks() {
        assertThat(ESTIMATOR.height(block(BlockKind.HR, 0, 0, 0))).isEqualTo(LayoutEstimator.RULE_HEIGHT + 16);
        assertThat(ESTIMATOR.height(block(BlockKind.OTHER, 0, 0, 0))).isZero();
    }

    @Test
    @DisplayName("a device without a layout uses mobile's, and a rule set without layouts a built-in phone")
    void layoutFallback() {
        LayoutModel tablet = new LayoutModel("tablet", 700, 80, 28, 20, 50, 400, 0.3);
        assertThat(LayoutEstimator.choose(Map.of("mobile", PHONE, "tablet", tablet), "tablet")).isSameAs(tablet);
        assertThat(LayoutEstimator.choose(Map.of("mobile", PHONE), "desktop")).isSameAs(PHONE);
        assertThat(LayoutEstimator.choose(Map.of(), "desktop")).isSameAs(LayoutEstimator.DEFAULT_MOBILE);
    }
}
