package io.adslot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.FixedSample;
import io.adslot.article.Block;
import io.adslot.article.BlockScanner;
import io.adslot.article.ScannedArticle;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The block scanner, over generated article bodies from tidy to hostile: every boundary it offers
 * as usable (not only those a rule set happens to pick; all but those after a block with
 * {@link Block#openEnd()}) is a safe place for a slot by all three of
 * {@link BoundaryOracle}'s independent judges and by the spec parser's {@link SpecTreeJudge}, its blocks lie in order inside the input, and a scan
 * is a pure function of the input.
 */
class ScannerBoundaryPropertiesTest {

    private static final BlockScanner SCANNER = BlockScanner.withDefaults();

    @Property(tries = 400, seed = FixedSample.SEED)
    @Label("every boundary in well-formed HTML is outside every protected element, tag and comment")
    void validHtml(@ForAll("valid") String html) {
        assertSafe(html);
    }

    /**
     * Random tag soup, SVG and MathML included (about 35 s): the build's fixed sample ({@link FixedSample}).
     * Fresh samples are drawn by {@link TagSoupExplorationTest} and by {@code ScannerFuzzTest} with
     * JAZZER_FUZZ=1 (see docs/reliability.md); each shape they find becomes a judge case.
     */
    @Property(tries = 20000, seed = FixedSample.SEED)
    @Label("every boundary in tag soup is outside every protected element, tag and comment")
    void tagSoup(@ForAll("soup") String html) {
        assertSafe(html);
    }

    @Property(tries = 400, seed = FixedSample.SEED)
    @Label("every boundary in random bytes read as UTF-8 is safe")
    void randomBytes(@ForAll("bytes") String html) {
        assertSafe(html);
    }

    @Property(tries = 500, seed = FixedSample.SEED)
    @Label("every boundary in text with lone surrogates and NULs is safe")
    void oddCharacters(@ForAll("odd") String html) {
        assertSafe(html);
    }

    @Property(tries = 300, seed = FixedSample.SEED)
    @Label("a scan is deterministic")
    void deterministic(@ForAll("any") String html) {
        assertThat(SCANNER.scan(html)).isEqualTo(SCANNER.scan(new String(html.toCharArray())));
    }

    static void assertSafe(String html) {
        ScannedArticle scan = SCANNER.scan(html);
        assertThat(scan.source()).isSameAs(html);
        int previousEnd = 0;
        for (Block b : scan.blocks()) {
            assertThat(b.start()).as("block start of %s", b).isGreaterThanOrEqualTo(previousEnd);
            assertThat(b.end()).as("block end of %s", b).isGreaterThanOrEqualTo(b.start()).isLessThanOrEqualTo(html.length());
            previousEnd = b.end();
        }
        List<Integer> offsets = usableBoundaryOffsets(scan);
        assertThat(BoundaryOracle.violations(html, offsets)).as("boundaries %s of %s", offsets, scan.blocks()).isEmpty();
        assertThat(SpecTreeJudge.enforced(SpecTreeJudge.offsetViolations(html, offsets)))
                .as("boundaries %s of %s by the spec parser", offsets, scan.blocks()).isEmpty();
    }

    /** Offsets of every boundary a slot may use: all but those right after a block the article leaves open. */
    static List<Integer> usableBoundaryOffsets(ScannedArticle scan) {
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < scan.boundaryCount(); i++) {
            if (i == 0 || !scan.blocks().get(i - 1).openEnd()) {
                offsets.add(scan.boundaryOffset(i));
            }
        }
        return offsets;
    }

    @Provide
    Arbitrary<String> valid() {
        return HtmlArbitraries.validHtml();
    }

    @Provide
    Arbitrary<String> soup() {
        return HtmlArbitraries.tagSoup();
    }

    @Provide
    Arbitrary<String> bytes() {
        return HtmlArbitraries.randomUtf8();
    }

    @Provide
    Arbitrary<String> odd() {
        return HtmlArbitraries.oddCharacters();
    }

    @Provide
    Arbitrary<String> any() {
        return HtmlArbitraries.anyArticle();
    }
}
