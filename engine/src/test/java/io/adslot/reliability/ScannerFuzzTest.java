package io.adslot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.adslot.article.Block;
import io.adslot.article.BlockScanner;
import io.adslot.article.ScannedArticle;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Coverage-guided fuzzing of the block scanner (Jazzer). In a plain build this runs once per committed
 * input in {@code ScannerFuzzTestInputs/scan/}; with {@code JAZZER_FUZZ=1} it fuzzes (see
 * docs/reliability.md). Any input is bytes read as UTF-8: the scanner must not throw, its blocks must lie
 * in order inside the input, and every usable boundary must be safe by the independent oracles (jsoup's
 * and the spec parser's). The scan the engine makes, which also records the tree's shape for the structure
 * pass, must find the same blocks, and a shape it vouches for must be the spec parser's tree.
 */
class ScannerFuzzTest {

    private static final BlockScanner SCANNER = BlockScanner.withDefaults();

    @FuzzTest(maxDuration = "30s")
    void scan(byte[] input) {
        String html = new String(input, StandardCharsets.UTF_8);
        ScannedArticle scan = SCANNER.scan(html);
        int previousEnd = 0;
        for (Block b : scan.blocks()) {
            assertThat(b.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(b.end()).isBetween(b.start(), html.length());
            previousEnd = b.end();
        }
        List<Integer> offsets = ScannerBoundaryPropertiesTest.usableBoundaryOffsets(scan);
        assertThat(BoundaryOracle.violations(html, offsets)).isEmpty();
        assertThat(SpecTreeJudge.enforced(SpecTreeJudge.offsetViolations(html, offsets))).isEmpty();
        ScannedArticle shaped = SCANNER.scanWithShape(html);
        assertThat(shaped.blocks()).isEqualTo(scan.blocks());
        if (shaped.shape().recorded()) {
            ElementShapeJudgeTest.assertJudgedAlike(html, shaped.shape());
        }
    }
}
