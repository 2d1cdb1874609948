package io.adslot.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adslot.placement.SlotDecision;
import io.adslot.rules.ContextValues;
import io.adslot.rules.KnownTemplates;
import io.adslot.rules.SlotSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Slot templates are compiled once, print every value escaped, and reserve the slot's height")
class SlotTemplatesTest {

    static final ContextValues CONTEXT = ContextValues.ofSingle(Map.of("device", "mobile", "section", "news"));

    static String golden(String name) {
        try (InputStream in = SlotTemplatesTest.class.getResourceAsStream("/render/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("the bundled templates are scroll-to-continue, amp, native, gpt, prebid and newsletter")
    void bundledTemplates() {
        assertThat(SlotTemplates.bundled().names())
                .containsExactlyInAnyOrder("scroll-to-continue", "amp", "native", "gpt", "prebid", "newsletter");
    }

    @Test
    @DisplayName("a template closes an open <p> when its first element does: every shipped one but amp, and custom ones alike")
    void closesParagraph() {
        SlotTemplates bundled = SlotTemplates.bundled();
        for (String name : SlotTemplates.BUNDLED_NAMES) {
            assertThat(bundled.closesParagraph(name)).as(name).isEqualTo(!name.equals("amp"));
        }
        SlotTemplates custom = SlotTemplates.of(java.util.Map.of("adsense", "<ins class=\"adsbygoogle\" data-ad-slot=\"{{slotId}}\"></ins>",
                "box", "<div class=\"box\">{{slotId}}</div>\n"));
        assertThat(custom.closesParagraph("adsense")).isFalse();
        assertThat(custom.closesParagraph("box")).isTrue();
        assertThat(custom.closesParagraph("missing")).isFalse();
    }

    @Test
    @DisplayName("scroll-to-continue: a labelled box reserving its minimum height, with the slot's data attributes (golden file)")
    void scrollToContinueGolden() {
        String markup = SlotTemplates.bundled().render(Decisions.at(0, "scroll-to-continue"), CONTEXT);

        assertThat(markup).isEqualTo(golden("scroll-to-continue.golden.html"));
        Element aside = Jsoup.parseBodyFragment(markup).selectFirst("aside");
        assertThat(aside.attr("role")).isEqualTo("complementary");
        assertThat(aside.attr("aria-label")).isEqualTo("Advertisement · Scroll to continue");
        assertThat(aside.attr("style")).isEqualTo("min-height:280px");
        assertThat(aside.attr("data-adslot-id")).isEqualTo("inline-1");
        assertThat(aside.attr("data-ad-unit")).isEqualTo("/1234/news/inarticle");
        assertThat(aside.attr("data-sizes")).isEqualTo("300x250,320x100");
        assertThat(aside.attr("data-lazy")).isEqualTo("true");
        assertThat(aside.attr("data-pos")).isEqualTo("inline");
        assertThat(aside.text()).isEqualTo("Advertisement · Scroll to continue");
    }

    @Test
    @DisplayName("a fixed reserve sets height rather than min-height")
    void fixedReserve() {
        SlotDecision d = Decisions.at(0, "scroll-to-continue");
        SlotDecision fixed = new SlotDecision(d.boundary(), d.offset(), d.placementId(), d.kind(), d.slotId(), d.ordinal(),
                d.placementOrdinal(), false, d.template(), d.adUnit(), d.sizes(), new SlotSpec.Reserve(90, true),
                d.unfilled(), d.label(), d.lazy(), d.data());

        String markup = SlotTemplates.bundled().render(fixed, CONTEXT);

        assertThat(Jsoup.parseBodyFragment(markup).selectFirst("aside").attr("style")).isEqualTo("height:90px");
    }

    @Test
    @DisplayName("amp: a fixed amp-ad as large as the largest size, doubleclick, with the ad unit as data-slot, the other sizes and the targeting (golden file)")
    void ampGolden() {
        String markup = SlotTemplates.bundled().render(Decisions.at(0, "amp"), CONTEXT);

        assertThat(markup).isEqualTo(golden("amp.golden.html"));
        Element ad = Jsoup.parseBodyFragment(markup).selectFirst("amp-ad");
        assertThat(ad.attr("width")).isEqualTo("320");
        assertThat(ad.attr("height")).isEqualTo("250");
        assertThat(ad.attr("type")).isEqualTo("doubleclick");
        assertThat(ad.attr("data-slot")).isEqualTo("/1234/news/inarticle");
        assertThat(ad.attr("data-multi-size")).isEqualTo("300x250,320x100");
        assertThat(ad.attr("data-multi-size-validation")).as("320x100 is under two thirds of 250 px high").isEqualTo("false");
        assertThat(ad.attr("json")).isEqualTo("{\"targeting\":{\"placement\":\"inline\",\"kind\":\"ad\",\"position\":\"1\"}}");
    }

    @Test
    @DisplayName("native: a labelled container (golden file)")
    void nativeGolden() {
        assertThat(SlotTemplates.bundled().render(Decisions.at(0, "native"), CONTEXT)).isEqualTo(golden("native.golden.html"));
    }

    @Test
    @Tag("databind")
    @DisplayName("gpt: a box with ad unit, sizes, size mapping, targeting, variant, lazy margin and refresh, reserving each viewport range's height with media queries (golden file)")
    void gptGolden() throws Exception {
        Map<String, List<String>> targeting = new LinkedHashMap<>();
        targeting.put("section", List.of("news"));
        targeting.put("tags", List.of("harbour", "city"));
        SlotDecision d = Decisions.serving("gpt", "dense", targeting);

        String markup = SlotTemplates.bundled().render(d, CONTEXT);

        assertThat(markup).isEqualTo(golden("gpt.golden.html"));
        Element box = Jsoup.parseBodyFragment(markup).selectFirst("div.adslot");
        assertThat(box.attr("data-adslot")).isEqualTo("gpt");
        assertThat(box.attr("data-adslot-variant")).isEqualTo("dense");
        assertThat(box.attr("data-ad-unit")).isEqualTo("/1234/news/inarticle");
        assertThat(box.attr("data-sizes")).isEqualTo("[[300,250],[320,100]]");
        assertThat(box.attr("data-size-mapping")).isEqualTo("[[0,[[300,250],[320,100]]],[768,[[728,90]]]]");
        JsonNode sent = new ObjectMapper().readTree(box.attr("data-targeting"));
        assertThat(sent.toString()).isEqualTo("{\"placement\":\"inline\",\"kind\":\"ad\",\"position\":\"1\","
                + "\"variant\":\"dense\",\"section\":\"news\",\"tags\":[\"harbour\",\"city\"]}");
        assertThat(box.attr("data-lazy-margin")).isEqualTo("300");
        assertThat(box.attr("data-refresh")).isEqualTo("60");
        assertThat(box.selectFirst("style").data())
                .isEqualTo("#inline-1-ad{min-height:250px}@media (min-width:768px){#inline-1-ad{min-height:90px}}");
        assertThat(box.selectFirst("#inline-1-ad").hasAttr("style")).as("the media queries alone reserve the height").isFalse();
    }

    @Test
    @DisplayName("gpt without viewport sizes reserves the device's height on the ad container; prebid is the same box marked for Prebid")
    void gptAndPrebidWithoutViewports() {
        for (String template : List.of("gpt", "prebid")) {
            String markup = SlotTemplates.bundled().render(Decisions.at(0, template), CONTEXT);
            Element box = Jsoup.parseBodyFragment(markup).selectFirst("div.adslot");
            assertThat(box.attr("data-adslot")).isEqualTo(template);
            assertThat(box.select("style")).isEmpty();
            assertThat(box.selectFirst("#inline-1-ad").attr("style")).isEqualTo("min-height:280px");
            assertThat(box.hasAttr("data-adslot-variant")).as("no variant, no attribute").isFalse();
            assertThat(box.hasAttr("data-refresh")).isFalse();
        }
    }

    @Test
    @DisplayName("newsletter: a labelled sign-up form with an email field, marked with its placement and variant")
    void newsletter() {
        SlotDecision d = Decisions.serving("newsletter", "short-form", Map.of());
        String markup = SlotTemplates.bundled().render(new SlotDecision(d.boundary(), d.offset(), "briefing", "newsletter",
                "briefing-1", 1, 1, false, "newsletter", "", List.of(), null, SlotSpec.Unfilled.KEEP, "Get the morning briefing",
                false, Map.of(), "short-form", Map.of(), SlotSpec.Serving.NONE), CONTEXT);

        Element aside = Jsoup.parseBodyFragment(markup).selectFirst("aside.adslot-newsletter");
        assertThat(aside.attr("aria-label")).isEqualTo("Get the morning briefing");
        assertThat(aside.attr("data-adslot-variant")).isEqualTo("short-form");
        assertThat(aside.selectFirst("form").attr("data-adslot-newsletter")).isEqualTo("briefing");
        assertThat(aside.selectFirst("input[type=email][name=email]")).isNotNull();
        assertThat(aside.selectFirst("button[type=submit]").text()).isEqualTo("Sign up");
    }

    @Test
    @DisplayName("hostile values (script tags, quotes, backticks, equals signs) are escaped in every bundled template, also in variant and targeting")
    void hostileValuesAreEscaped() {
        String hostile = "\"><script>alert('x')</script><a b=`c` onload=";
        for (String template : KnownTemplates.BUNDLED_NAMES) {
            SlotDecision plain = Decisions.at(0, template, hostile, hostile, Map.of("pos", hostile, "bad name\" onclick", "x"));
            SlotDecision served = Decisions.serving(template, hostile, Map.of("section", List.of(hostile)));
            SlotDecision d = new SlotDecision(plain.boundary(), plain.offset(), plain.placementId(), plain.kind(), plain.slotId(),
                    plain.ordinal(), plain.placementOrdinal(), false, template, plain.adUnit(), plain.sizes(), plain.reserve(),
                    plain.unfilled(), plain.label(), plain.lazy(), plain.data(), served.variant(), served.targeting(), served.serving());

            String markup = SlotTemplates.bundled().render(d, CONTEXT);

            assertThat(markup).as(template).doesNotContain("<script").doesNotContain("`c`")
                    .doesNotContain("onclick").doesNotContain("'x'");
            Element root = Jsoup.parseBodyFragment(markup).body().child(0);
            assertThat(root.attributes().asList()).as(template)
                    .noneMatch(a -> a.getKey().startsWith("on") || a.getKey().contains("script"));
            assertThat(root.attr("data-adslot-id")).isEqualTo("inline-1");
        }
    }

    @Test
    @DisplayName("templates see only the context keys they name, and say which keys those are")
    void templateContextKeys() {
        SlotTemplates templates = SlotTemplates.of(Map.of("t", "<div data-section=\"{{context.section}}\" data-c=\"{{context.country}}\"></div>"));
        ContextValues hostile = ContextValues.ofSingle(Map.of("section", "\"><script>", "country", "gb", "tags", "x"));

        assertThat(templates.contextKeysUsed()).containsExactly("country", "section");
        assertThat(templates.render(Decisions.at(0, "t"), hostile))
                .isEqualTo("<div data-section=\"&quot;&gt;&lt;script&gt;\" data-c=\"gb\"></div>");
    }

    @Test
    @DisplayName("templates load from a folder, partials resolve among them, and a final newline is dropped")
    void directoryWithPartials(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("outer.mustache"), "<div>{{> label}}</div>\n");
        Files.writeString(dir.resolve("label.mustache"), "<span>{{label}}</span>");
        Files.writeString(dir.resolve("notes.txt"), "not a template");

        SlotTemplates templates = SlotTemplates.fromDirectory(dir);

        assertThat(templates.names()).containsExactly("label", "outer");
        assertThat(templates.render(Decisions.at(0, "outer"), CONTEXT)).isEqualTo("<div><span>Advertisement · Scroll to continue</span></div>");
    }

    @Test
    @DisplayName("the fingerprint changes with any template source")
    void fingerprint() {
        assertThat(SlotTemplates.of(Map.of("a", "x")).fingerprint()).isEqualTo(SlotTemplates.of(Map.of("a", "x")).fingerprint())
                .isNotEqualTo(SlotTemplates.of(Map.of("a", "y")).fingerprint())
                .isNotEqualTo(SlotTemplates.of(Map.of("b", "x")).fingerprint());
    }

    @Test
    @DisplayName("a decision naming an unknown template fails with a message naming the known ones")
    void unknownTemplate() {
        assertThatThrownBy(() -> SlotTemplates.bundled().render(Decisions.at(0, "nope"), CONTEXT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"nope\"").hasMessageContaining("amp");
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("the rendered-markup memo is bounded by bytes, whatever the request values")
    void markupMemoIsBoundedByBytes() {
        SlotTemplates templates = SlotTemplates.of(java.util.Map.of("scroll-to-continue",
                "<div data-section=\"{{context.section}}\">{{slotId}}</div>"));
        templates.limitMemo(64 * 1024);
        for (int i = 0; i < 2_000; i++) {
            String section = String.format("%0" + io.adslot.rules.ContextValues.MAX_VALUE_CHARS + "d", i);
            templates.render(Decisions.at(100, "scroll-to-continue"),
                    io.adslot.rules.ContextValues.ofSingle(java.util.Map.of("section", section)));
        }
        org.assertj.core.api.Assertions.assertThat(templates.memoBytes()).isPositive().isLessThanOrEqualTo(64 * 1024);
    }
}
