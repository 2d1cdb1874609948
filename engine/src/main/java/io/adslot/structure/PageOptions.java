package io.adslot.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * What the structure pass needs from the rules: where the article is on a whole page, which components
 * and containers the rules name, how ads already on the page look, and which elements placements keep
 * away from.
 *
 * @param contentRoot   selectors tried in order for the content root; empty when the input is the body
 * @param automaticRoot true to find the content root automatically (when no selector matches, or alone)
 * @param components    more components, beside those recognised by structure ({@code atomic} selectors)
 * @param readThrough   containers that are never components, whatever their structure
 * @param existingAds   signatures of ads already on the page
 * @param adsByName     true when, beside the signatures, an element whose class or id names it an ad in one
 *                      of its words ({@code gujAd}, {@code adVideoInRead}, {@code mvp-post-ad}) and that holds
 *                      at most a label's text is one: part of the defaults
 * @param near          the selectors of every placement's {@code avoid.near}, in a fixed order
 */
public record PageOptions(List<Selector> contentRoot, boolean automaticRoot, List<Selector> components,
                          List<Selector> readThrough, List<Selector> existingAds, boolean adsByName,
                          List<Selector> near) {

    /**
     * The default signatures of ads already on the page: Google Ad Manager's {@code div-gpt-ad-*} ids,
     * AdSense's {@code ins.adsbygoogle}, AMP's {@code amp-ad} and {@code amp-sticky-ad}, elements carrying
     * {@code data-ad-slot} or {@code data-ad-unit}, and the class tokens {@code ad}, {@code ads}, {@code advert},
     * {@code advertisement}, {@code ad-unit}, {@code ad-slot}, {@code ad-container}, {@code ad-wrapper},
     * {@code adsbygoogle}, and classes containing {@code -ad-unit}, {@code ad-slot} or starting with
     * {@code AdSlot} (CSS-module names such as {@code AdSlot__container___2BqUD}). With them come the ads
     * named so by a word of their class or id ({@link #adsByName}).
     */
    public static final List<String> DEFAULT_AD_SIGNATURES = List.of(
            "[id^=div-gpt-ad]", "ins.adsbygoogle", "amp-ad", "amp-sticky-ad", "[data-ad-slot]", "[data-ad-unit]",
            ".ad", ".ads", ".advert", ".advertisement", ".ad-unit", ".ad-slot", ".ad-container", ".ad-wrapper",
            ".adsbygoogle", "[class*=-ad-unit]", "[class*=ad-slot]", "[class^=AdSlot]", "[class*=' AdSlot']");

    private static final PageOptions DEFAULTS = new PageOptions(List.of(), false, List.of(), List.of(),
            parseAll(DEFAULT_AD_SIGNATURES), true, List.of());

    public PageOptions {
        contentRoot = List.copyOf(contentRoot);
        components = List.copyOf(components);
        readThrough = List.copyOf(readThrough);
        existingAds = List.copyOf(existingAds);
        near = List.copyOf(near);
    }

    /** Options whose ads already on the page are those {@code existingAds} names, and no other. */
    public PageOptions(List<Selector> contentRoot, boolean automaticRoot, List<Selector> components,
                       List<Selector> readThrough, List<Selector> existingAds, List<Selector> near) {
        this(contentRoot, automaticRoot, components, readThrough, existingAds, false, near);
    }

    /**
     * No content root (the input is the body), structural components, the default ad signatures and ads
     * named so by their class or id.
     */
    public static PageOptions defaults() {
        return DEFAULTS;
    }

    /** The default ad signatures, parsed. */
    public static List<Selector> defaultAdSignatures() {
        return DEFAULTS.existingAds;
    }

    /** True when the input is a whole page whose content root must be found first. */
    public boolean findsContentRoot() {
        return automaticRoot || !contentRoot.isEmpty();
    }

    /** These options with another content root: selectors (tried in order) or {@code auto}. */
    public PageOptions withContentRoot(List<Selector> selectors, boolean automatic) {
        return new PageOptions(selectors, automatic, components, readThrough, existingAds, adsByName, near);
    }

    /** A canonical text of these options, for the rule set's version. */
    public String canonical() {
        return "root=" + texts(contentRoot) + (automaticRoot ? "+auto" : "") + " components=" + texts(components)
                + " read_through=" + texts(readThrough) + " ads=" + texts(existingAds) + (adsByName ? "+named" : "")
                + " near=" + texts(near);
    }

    private static List<String> texts(List<Selector> selectors) {
        List<String> texts = new ArrayList<>(selectors.size());
        selectors.forEach(s -> texts.add(s.text()));
        return texts;
    }

    static List<Selector> parseAll(List<String> texts) {
        List<Selector> parsed = new ArrayList<>(texts.size());
        for (String text : texts) {
            parsed.add(Selector.parse(text));
        }
        return parsed;
    }
}
