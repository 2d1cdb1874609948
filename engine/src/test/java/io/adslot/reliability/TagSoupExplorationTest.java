package io.adslot.reliability;

import io.adslot.ExploreOnlyWhenAsked;
import io.adslot.engine.AdSlotEngine;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The scanner's and the render path's properties (on an article, and on a whole page) over a fresh random
 * sample of hostile input, as long as asked: the search for shapes the build's fixed sample does not hold.
 * Each failure it reports (seed and shrunk input) is a rule of the HTML Standard to model and a judge case
 * to commit. Run with
 * <pre>mvn -pl engine -am test -Dtest=TagSoupExplorationTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dadslot.explore=true -Djqwik.tries.default=100000</pre>
 */
@AddLifecycleHook(ExploreOnlyWhenAsked.class)
class TagSoupExplorationTest {

    private static AdSlotEngine everywhere;
    private static AdSlotEngine automaticRoot;

    @BeforeContainer
    static void engine() {
        everywhere = Engines.everywhere();
        automaticRoot = Engines.everywhereInAutomaticRoot();
    }

    @AfterContainer
    static void close() {
        if (everywhere != null) {
            everywhere.close();
        }
        if (automaticRoot != null) {
            automaticRoot.close();
        }
    }

    @Property(shrinking = ShrinkingMode.FULL)
    @Label("every usable boundary in fresh tag soup is safe by every judge")
    void scannerOnSoup(@ForAll("soup") String html) {
        ScannerBoundaryPropertiesTest.assertSafe(html);
    }

    @Property(shrinking = ShrinkingMode.FULL)
    @Label("fresh tag soup rendered with slots at nearly every gap keeps every promise")
    void renderOnSoup(@ForAll("soup") String html) {
        RenderInvariants.check(everywhere, html, Engines.mobile());
    }

    @Property(shrinking = ShrinkingMode.FULL)
    @Label("fresh tag soup as a whole page, content root automatic, keeps every promise")
    void wholePageOnSoup(@ForAll("soup") String soup, @ForAll boolean inAPage) {
        RenderPropertiesTest.checkAsAWholePage(automaticRoot, soup, inAPage);
    }

    @Property(shrinking = ShrinkingMode.FULL)
    @Label("fresh random bytes, lone surrogates and NULs keep every promise")
    void renderOnOddInput(@ForAll("odd") String html) {
        ScannerBoundaryPropertiesTest.assertSafe(html);
        RenderInvariants.check(everywhere, html, Engines.desktop());
    }

    @Provide
    Arbitrary<String> soup() {
        return HtmlArbitraries.tagSoup();
    }

    @Provide
    Arbitrary<String> odd() {
        return net.jqwik.api.Arbitraries.oneOf(HtmlArbitraries.randomUtf8(), HtmlArbitraries.oddCharacters());
    }
}
