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

    @BeforeContainer
    static void engines() {
        everywhere = Engines.everywhere();
        defaults = Engines.shippedDefaults();
    }

    @AfterContainer
    static void close() {
        everywhere.close();
        defaults.close();
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
