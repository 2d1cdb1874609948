package io.adslot.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.PageContext;
import io.adslot.engine.PlannedSlot;
import io.adslot.engine.RenderResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serving templates and {@code adslot.js} in headless Chromium, with a stub Google Publisher Tag and a
 * stub Prebid.js that record every call and fill slots locally (no network). The engine renders an article
 * once; the page is loaded at a phone's and a desktop's width (390 and 1280 px), since one cached page must
 * serve every screen. The stubs and the page are in {@code src/test/resources/serving/}.
 *
 * <p>The browser runs once for the class and loads four pages (about 10 s on a loaded machine); each test
 * reads what those loads recorded.
 */
@Tag("databind")
@DisplayName("Serving: slot markup and adslot.js in headless Chromium with stub GPT and Prebid")
class ServingInChromiumTest {

    static final int PHONE = 390;
    static final int DESKTOP = 1280;
    static final int WINDOW_HEIGHT = 800;

    static final PageContext CONTEXT = PageContext.builder().section("news").tags("harbour", "weather")
            .custom("bucket", "reader-7").build();

    @TempDir
    static Path dir;

    /** What each load recorded: "served@390", "served@1280", "unfilled", "unreserved". */
    static final Map<String, JsonNode> LOADS = new HashMap<>();
    /** The engine's own view of the served page's slots. */
    static List<PlannedSlot> planned;

    @BeforeAll
    static void loadPages() throws Exception {
        assumeTrue(DevToolsBrowser.available(),
                "/usr/bin/chromium is absent (apt-get install chromium): serving browser tests skipped");
        for (String file : List.of("stub-gpt.js", "stub-prebid.js", "harness.js")) {
            Files.writeString(dir.resolve(file), resource(file));
        }
        Files.copy(runtime(), dir.resolve("adslot.js"));
        Path served = page("rules.yaml", "served.html");
        Path unfilled = page("unfilled.yaml", "unfilled.html");
        Path unreserved = page("unreserved.yaml", "unreserved.html");
        try (AdSlotEngine engine = AdSlotEngine.builder().rules(resourcePath("rules.yaml")).build()) {
            planned = engine.plan(article(), CONTEXT).slots();
        }
        long started = System.nanoTime();
        try (DevToolsBrowser browser = DevToolsBrowser.launch()) {
            for (int width : new int[] {PHONE, DESKTOP}) {
                browser.viewport(width, WINDOW_HEIGHT);
                browser.open(served);
                LOADS.put("served@" + width, browser.evaluate("harness.served()"));
            }
            browser.viewport(DESKTOP, WINDOW_HEIGHT);
            browser.open(unfilled);
            LOADS.put("unfilled", browser.evaluate("harness.unfilled()"));
            browser.open(unreserved);
            LOADS.put("unreserved", browser.evaluate("harness.unreserved()"));
        }
        System.out.printf(Locale.ROOT, "serving browser tests: 4 page loads in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    @AfterAll
    static void forget() {
        LOADS.clear();
    }

    @Test
    @DisplayName("each slot is defined once, with its ad unit, all its sizes and its targeting, also after refreshes")
    void definedOnceWithUnitSizesAndTargeting() {
        for (int width : new int[] {PHONE, DESKTOP}) {
            JsonNode end = LOADS.get("served@" + width).path("end");
            assertThat(texts(end.path("defined"), "div")).as("slots defined at %d px", width)
                    .containsExactlyInAnyOrder("inline-1-ad", "mid-1-ad", "inline-2-ad");
            JsonNode inline = defined(end, "inline-1-ad");
            assertThat(inline.path("unit").asText()).isEqualTo("/1234/news/inline");
            assertThat(inline.path("sizes").toString()).isEqualTo("[[300,250],[320,100],[728,90]]");
            String variant = planned.get(0).variant();
            assertThat(variant).isIn("control", "wide");
            assertThat(inline.path("targeting").toString()).isEqualTo("{\"placement\":\"inline\",\"kind\":\"ad\","
                    + "\"position\":\"1\",\"variant\":\"" + variant + "\",\"section\":\"news\",\"tags\":[\"harbour\",\"weather\"]}");
            assertThat(defined(end, "inline-2-ad").path("targeting").path("position").asText()).isEqualTo("3");
            JsonNode mid = defined(end, "mid-1-ad");
            assertThat(mid.path("unit").asText()).isEqualTo("/1234/news/mid");
            assertThat(mid.path("sizes").toString()).isEqualTo("[[300,250]]");
            assertThat(mid.path("targeting").toString())
                    .isEqualTo("{\"placement\":\"mid\",\"kind\":\"ad\",\"position\":\"2\"}");
            assertThat(end.path("initialLoadDisabled").asBoolean()).isTrue();
            assertThat(count(end.path("refreshed"), "inline-1-ad")).as("inline-1 refreshed while in view").isGreaterThanOrEqualTo(3);
            assertThat(count(end.path("displayed"), "inline-1-ad")).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("the size mapping follows the viewport: phone sizes and a 250 px reserve at 390 px, the leaderboard and 90 px at 1280 px")
    void sizeMappingFollowsViewport() {
        JsonNode phone = LOADS.get("served@" + PHONE).path("end");
        JsonNode desktop = LOADS.get("served@" + DESKTOP).path("end");
        assertThat(defined(phone, "inline-1-ad").path("mapping").toString())
                .isEqualTo("[[[0,0],[[300,250],[320,100]]],[[768,0],[[728,90]]]]");
        assertThat(rendered(phone, "inline-1-ad").path("size").toString()).isEqualTo("[300,250]");
        assertThat(rendered(desktop, "inline-1-ad").path("size").toString()).isEqualTo("[728,90]");
        assertThat(phone.path("slots").path("inline-1").path("adMinHeight").asText()).isEqualTo("250px");
        assertThat(desktop.path("slots").path("inline-1").path("adMinHeight").asText()).isEqualTo("90px");
        assertThat(phone.path("slots").path("inline-1").path("adHeight").asInt()).isEqualTo(250);
        assertThat(desktop.path("slots").path("inline-1").path("adHeight").asInt()).isEqualTo(90);
    }

    @Test
    @DisplayName("a slot below the fold is not requested until it is scrolled within its lazy margin; a non-lazy slot is requested at once")
    void belowTheFoldWaits() {
        for (int width : new int[] {PHONE, DESKTOP}) {
            JsonNode atTop = LOADS.get("served@" + width).path("atTop");
            JsonNode end = LOADS.get("served@" + width).path("end");
            int farTop = atTop.path("slots").path("inline-2").path("top").asInt();
            assertThat(farTop).as("inline-2 stands far below the fold at %d px", width).isGreaterThan(WINDOW_HEIGHT + 200 + 400);
            assertThat(texts(atTop.path("defined"), "div")).as("defined before scrolling").doesNotContain("inline-2-ad");
            assertThat(atTop.path("refreshed").toString()).doesNotContain("inline-2-ad");
            assertThat(atTop.path("refreshed").toString()).as("the Prebid slot mid-1 is not lazy").contains("mid-1-ad");
            assertThat(count(end.path("refreshed"), "inline-2-ad")).as("requested once scrolled near").isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a Prebid slot runs an auction with the publisher's bids before its ad is requested")
    void prebidAuctionFirst() {
        JsonNode end = LOADS.get("served@" + DESKTOP).path("end");
        List<String> auctions = new ArrayList<>();
        end.path("auctions").forEach(a -> auctions.add(a.toString()));
        assertThat(auctions).containsExactly(
                "{\"adUnit\":{\"code\":\"mid-1-ad\",\"mediaTypes\":{\"banner\":{\"sizes\":[[300,250]]}},"
                        + "\"bids\":[{\"bidder\":\"stub\",\"params\":{\"placement\":\"mid\"}}]}}",
                "{\"requestBids\":[\"mid-1-ad\"],\"timeout\":800}",
                "{\"targetingSet\":[\"mid-1-ad\"]}");
        assertThat(texts(LOADS.get("served@" + DESKTOP).path("end").path("defined"), "div")).contains("mid-1-ad");
    }

    @Test
    @DisplayName("an unfilled slot collapses or keeps its reserved space, as its rule says")
    void unfilledCollapsesOrKeeps() {
        JsonNode slots = LOADS.get("unfilled").path("slots");
        assertThat(slots.path("keep-1").path("state").asText()).isEqualTo("unfilled");
        assertThat(slots.path("keep-1").path("adHeight").asInt()).isEqualTo(250);
        assertThat(slots.path("collapse-1").path("state").asText()).isEqualTo("unfilled");
        assertThat(slots.path("collapse-1").path("display").asText()).isEqualTo("none");
        assertThat(slots.path("collapse-1").path("height").asInt()).isZero();
    }

    @Test
    @DisplayName("no layout shift when ads of the reserved height arrive; the unreserved control does shift")
    void noLayoutShift() {
        for (int width : new int[] {PHONE, DESKTOP}) {
            JsonNode end = LOADS.get("served@" + width).path("end");
            assertThat(end.path("rendered").size()).as("ads arrived at %d px", width).isGreaterThanOrEqualTo(4);
            assertThat(end.path("cls").asDouble()).as("cumulative layout shift at %d px: %s", width, end.path("shifts")).isZero();
        }
        JsonNode control = LOADS.get("unreserved");
        assertThat(control.path("cls").asDouble()).as("the control measures a shift").isPositive();
    }

    // ---- helpers ----

    private static Path page(String rules, String name) throws IOException {
        try (AdSlotEngine engine = AdSlotEngine.builder().rules(resourcePath(rules)).build()) {
            RenderResult result = engine.render(article(), CONTEXT);
            assertThat(result.degraded()).as("%s: %s", rules, result.failureReason()).isFalse();
            Path page = dir.resolve(name);
            Files.writeString(page, resource("page.html").replace("<!-- article -->", result.html()));
            return page;
        }
    }

    private static Article article() {
        return Article.of("harbour-wall", resource("article.html"));
    }

    static Path runtime() {
        return Path.of(System.getProperty("adslot.projectRoot", ".."), "rules", "runtime", "adslot.js");
    }

    private static String resource(String name) {
        try (InputStream in = ServingInChromiumTest.class.getResourceAsStream("/serving/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resourcePath(String name) {
        try {
            return Path.of(ServingInChromiumTest.class.getResource("/serving/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode defined(JsonNode load, String div) {
        for (JsonNode d : load.path("defined")) {
            if (d.path("div").asText().equals(div)) {
                return d;
            }
        }
        throw new AssertionError(div + " was never defined: " + load.path("defined"));
    }

    private static JsonNode rendered(JsonNode load, String div) {
        for (JsonNode r : load.path("rendered")) {
            if (r.path("div").asText().equals(div)) {
                return r;
            }
        }
        throw new AssertionError(div + " never rendered: " + load.path("rendered"));
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    private static long count(JsonNode array, String value) {
        long n = 0;
        for (JsonNode v : array) {
            n += v.asText().equals(value) ? 1 : 0;
        }
        return n;
    }

    static final ObjectMapper JSON = new ObjectMapper();
}
