package io.adslot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.article.BlockScanner;
import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.RenderResult;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real article of {@code ../shared/corpus/}: every usable boundary the scanner offers is safe by
 * the independent oracles, and a render with the shipped defaults and with slots nearly everywhere
 * loses nothing, puts slots only at safe gaps and answers the same twice. Skipped without the corpus.
 */
@DisplayName("Real articles keep every promise")
class CorpusRenderTest {

    private static AdSlotEngine everywhere;
    private static AdSlotEngine defaults;

    @BeforeAll
    static void engines() {
        everywhere = Engines.everywhere();
        defaults = Engines.shippedDefaults();
    }

    @AfterAll
    static void close() {
        everywhere.close();
        defaults.close();
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFile() {
        return Corpus.files().stream().map(file -> DynamicTest.dynamicTest(Corpus.name(file), () -> check(file)));
    }

    private static final java.util.concurrent.atomic.AtomicLong SLOTS_CHECKED = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong FILES_CHECKED = new java.util.concurrent.atomic.AtomicLong();

    private static void check(Path file) {
        FILES_CHECKED.incrementAndGet();
        String html = Corpus.read(file);
        java.util.List<Integer> offsets = ScannerBoundaryPropertiesTest.usableBoundaryOffsets(BlockScanner.withDefaults().scan(html));
        assertThat(BoundaryOracle.violations(html, offsets)).as("usable boundaries of %s", file).isEmpty();
        assertThat(SpecTreeJudge.enforced(SpecTreeJudge.offsetViolations(html, offsets)))
                .as("usable boundaries of %s by the spec parser", file).isEmpty();
        RenderResult dense = RenderInvariants.check(everywhere, html, Engines.mobile());
        RenderInvariants.check(defaults, html, Engines.mobile());
        RenderInvariants.check(defaults, html, Engines.desktop());
        SLOTS_CHECKED.addAndGet(dense.insertions().size());
    }

    /** Guards against a vacuous pass: the dense rules must really have put slots into the corpus. */
    @AfterAll
    static void slotsWereChecked() {
        if (FILES_CHECKED.get() > 0) {
            assertThat(SLOTS_CHECKED.get()).as("slots checked over %d files", FILES_CHECKED.get())
                    .isGreaterThan(10L * FILES_CHECKED.get());
        }
    }
}
