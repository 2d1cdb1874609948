package io.adslot.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Properties every scan must have, whatever the input: checked on every fixture, corpus file and random input. */
final class ScanInvariants {

    private ScanInvariants() {
    }

    /**
     * Blocks lie in order, do not overlap, are not empty and stay inside the source; word counts are not
     * negative; markers lie inside the source and point at a real boundary.
     */
    static void assertWellFormed(ScannedArticle article, String what) {
        int length = article.source().length();
        List<Block> blocks = article.blocks();
        int previousEnd = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            assertThat(b.start()).as("%s: block %d %s starts at or after the previous block's end", what, i, b)
                    .isGreaterThanOrEqualTo(previousEnd);
            assertThat(b.end()).as("%s: block %d %s is not empty", what, i, b).isGreaterThan(b.start());
            assertThat(b.end()).as("%s: block %d %s ends inside the source", what, i, b).isLessThanOrEqualTo(length);
            assertThat(b.words()).as("%s: block %d %s words", what, i, b).isNotNegative();
            assertThat(b.level()).as("%s: block %d %s level", what, i, b)
                    .isBetween(0, b.kind() == BlockKind.HEADING ? 6 : 0);
            previousEnd = b.end();
        }
        for (Marker m : article.markers()) {
            assertThat(m.start()).as("%s: marker %s", what, m).isBetween(0, length);
            assertThat(m.end()).as("%s: marker %s", what, m).isBetween(m.start(), length);
            assertThat(m.blockIndex()).as("%s: marker %s", what, m).isBetween(0, blocks.size());
        }
    }
}
