package io.adslot.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.Insertion;
import io.adslot.engine.PageContext;
import io.adslot.engine.RenderResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The AMP output checked against the AMP validator's rules for {@code amp-ad} and AMP's multi-size rules,
 * written out here because no AMP validator runs offline (it is a JavaScript tool fetched from the AMP
 * CDN). The rules, from the {@code amp-ad} validator spec and the {@code amp-ad-network-doubleclick-impl}
 * documentation, are listed in {@code docs/serving.md}.
 */
@Tag("databind")
@DisplayName("AMP output: a structural check of amp-ad against AMP's rules")
class AmpAdStructureTest {

    /** Layouts the validator accepts for amp-ad. */
    static final Set<String> LAYOUTS = Set.of("fill", "fixed", "fixed-height", "flex-item", "intrinsic", "nodisplay", "responsive");
    /** Attributes of amp-ad besides data-*: the validator rejects others. */
    static final Set<String> ATTRIBUTES = Set.of("type", "width", "height", "layout", "json", "sizes", "heights",
            "media", "noloading", "placeholder", "fallback", "alt", "src", "rtc-config", "sticky", "class", "id");

    @Test
    @DisplayName("every amp-ad of the shipped amp rules is valid: type, fixed size, ad unit, multi-size, JSON targeting, no styles or scripts")
    void shippedAmpRules() throws Exception {
        List<Insertion> insertions = render(PageContext.builder().amp(true).device("mobile").section("news").tags("harbour").build());

        assertThat(insertions).as("the AMP rules place slots in the test article").hasSizeGreaterThanOrEqualTo(2);
        for (Insertion insertion : insertions) {
            checkAmpAd(insertion.html());
        }
    }

    @Test
    @DisplayName("the check catches what AMP rejects: a size larger than the box, an inline style, a bad layout")
    void checkRejects() {
        String good = "<amp-ad width=\"300\" height=\"250\" type=\"doubleclick\" data-slot=\"/1/a\" layout=\"fixed\" json=\"{}\"></amp-ad>";
        checkAmpAd(good);
        for (String bad : List.of(
                good.replace("layout=\"fixed\"", "layout=\"bogus\""),
                good.replace("json=\"{}\"", "json=\"{}\" style=\"height:250px\""),
                good.replace("json=\"{}\"", "json=\"{}\" data-multi-size=\"320x100\""),
                good.replace("json=\"{}\"", "json=\"{}\" data-multi-size=\"300x100\""),
                good.replace("data-slot=\"/1/a\"", "data-slot=\"\""),
                good.replace("json=\"{}\"", "json=\"{targeting\""),
                good + "<style>p{}</style>")) {
            assertThatThrownBy(() -> checkAmpAd(bad)).as(bad).isInstanceOf(AssertionError.class);
        }
    }

    static void checkAmpAd(String markup) {
        var body = Jsoup.parseBodyFragment(markup).body();
        assertThat(body.select("style, script, [style]")).as("no <style>, <script> or style attribute in AMP slot markup").isEmpty();
        Element ad = body.selectFirst("amp-ad");
        assertThat(ad).as("an amp-ad element").isNotNull();
        for (Attribute attribute : ad.attributes()) {
            assertThat(attribute.getKey().startsWith("data-") || ATTRIBUTES.contains(attribute.getKey()))
                    .as("amp-ad attribute %s", attribute.getKey()).isTrue();
        }
        assertThat(ad.attr("type")).isEqualTo("doubleclick");
        assertThat(ad.attr("layout")).isIn(LAYOUTS);
        int width = Integer.parseInt(ad.attr("width"));
        int height = Integer.parseInt(ad.attr("height"));
        assertThat(width).as("width of a fixed amp-ad").isPositive();
        assertThat(height).as("height of a fixed amp-ad").isPositive();
        assertThat(ad.attr("data-slot")).as("data-slot, the ad unit path").startsWith("/").hasSizeGreaterThan(1);
        if (ad.hasAttr("json")) {
            JsonNode json;
            try {
                json = new ObjectMapper().readTree(ad.attr("json"));
            } catch (IOException e) {
                throw new AssertionError("json attribute is not JSON: " + ad.attr("json"), e);
            }
            assertThat(json.isObject()).as("json is an object").isTrue();
            json.path("targeting").fields().forEachRemaining(e ->
                    assertThat(e.getValue().isTextual() || e.getValue().isArray()).as("targeting value of %s", e.getKey()).isTrue());
        }
        if (ad.hasAttr("data-multi-size")) {
            boolean validated = !ad.attr("data-multi-size-validation").equals("false");
            for (String size : ad.attr("data-multi-size").split(",")) {
                String[] wh = size.split("x");
                int w = Integer.parseInt(wh[0]);
                int h = Integer.parseInt(wh[1]);
                assertThat(w).as("multi-size width of %s", size).isLessThanOrEqualTo(width);
                assertThat(h).as("multi-size height of %s", size).isLessThanOrEqualTo(height);
                if (validated) {
                    assertThat(3 * w).as("%s at least two thirds of the box wide", size).isGreaterThanOrEqualTo(2 * width);
                    assertThat(3 * h).as("%s at least two thirds of the box high", size).isGreaterThanOrEqualTo(2 * height);
                }
            }
        }
        for (Element child : ad.children()) {
            assertThat(child.hasAttr("placeholder") || child.hasAttr("fallback"))
                    .as("amp-ad children are a placeholder or a fallback: %s", child).isTrue();
        }
    }

    private static List<Insertion> render(PageContext context) throws IOException {
        String article;
        try (InputStream in = AmpAdStructureTest.class.getResourceAsStream("/serving/article.html")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (AdSlotEngine engine = AdSlotEngine.builder().rulesResource("adslot/rules/amp.yaml").build()) {
            RenderResult result = engine.render(Article.of("amp", article), context);
            assertThat(result.degraded()).isFalse();
            return result.insertions();
        }
    }
}
