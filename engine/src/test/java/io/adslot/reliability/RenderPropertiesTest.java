package io.adslot.reliability;

import io.adslot.FixedSample;
import io.adslot.engine.AdSlotEngine;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The whole render path over generated article bodies, through {@link AdSlotEngine} as a host calls
 * it: with a rule set that fills nearly every gap, and with the shipped default rules.
 */
class RenderPropertiesTest {

    private static AdSlotEngine everywhere;
    private static AdSlotEngine defaults;
    private static AdSlotEngine automaticRoot;

    @BeforeContainer
    static void engines() {
        everywhere = Engines.everywhere();
        defaults = Engines.shippedDefaults();
        automaticRoot = Engines.everywhereInAutomaticRoot();
    }

    @AfterContainer
    static void close() {
        everywhere.close();
        defaults.close();
        automaticRoot.close();
    }

    @Property(tries = 300, seed = FixedSample.SEED)
    @Label("well-formed HTML: nothing lost, slots at safe gaps, deterministic")
    void validHtml(@ForAll("valid") String html) {
        RenderInvariants.check(everywhere, html, Engines.mobile());
        RenderInvariants.check(defaults, html, Engines.desktop());
    }

    /** Random tag soup, the build's fixed sample as in {@code ScannerBoundaryPropertiesTest#tagSoup} (about 15 s). */
    @Property(tries = 10000, seed = FixedSample.SEED)
    @Label("tag soup: nothing lost, slots at safe gaps, deterministic")
    void tagSoup(@ForAll("soup") String html) {
        RenderInvariants.check(everywhere, html, Engines.mobile());
    }

    /** The content root found automatically in tag soup, alone or inside a page's head, header and footer. */
    @Property(tries = 2000, seed = FixedSample.SEED)
    @Label("tag soup as a whole page, content root automatic: nothing lost, slots at safe gaps, deterministic")
    void tagSoupAsAWholePage(@ForAll("soup") String soup, @ForAll boolean inAPage) {
        checkAsAWholePage(automaticRoot, soup, inAPage);
    }

    /** Tag soup, alone or as the article of a page, rendered by an engine that finds the content root. */
    static void checkAsAWholePage(AdSlotEngine engine, String soup, boolean inAPage) {
        String html = inAPage ? PAGE_START + soup + PAGE_END : soup;
        RenderInvariants.check(engine, html, Engines.mobile());
    }

    private static final String PAGE_START = "<!DOCTYPE html><html><head><title>Page</title><script>var a = '<p>';</script>"
            + "</head><body><header><nav><a href=/>Home</a> <a href=/news>News</a></nav></header><main><article>";
    private static final String PAGE_END = "</article></main><aside class=sidebar><p>Most read: a story of the day that "
            + "everyone reads.</p></aside><footer><p>Copyright, all rights reserved by the publisher.</p></footer></body></html>";

    @Property(tries = 300, seed = FixedSample.SEED)
    @Label("random bytes as UTF-8, lone surrogates and NULs: nothing lost, slots at safe gaps")
    void oddInput(@ForAll("odd") String html) {
        RenderInvariants.check(everywhere, html, Engines.desktop());
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
    Arbitrary<String> odd() {
        return net.jqwik.api.Arbitraries.oneOf(HtmlArbitraries.randomUtf8(), HtmlArbitraries.oddCharacters());
    }
}
