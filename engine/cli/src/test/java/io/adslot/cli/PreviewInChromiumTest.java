package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders preview pages in headless Chromium at a phone's and a desktop's width, takes screenshots (written
 * to {@code target/preview-screenshots/}, never committed) and checks the layout model's density estimate
 * against the slot share of the page height the browser really lays out. The error is printed; only a
 * generous bound is asserted, since the model is a cheap estimate by design.
 */
@DisplayName("adslot preview in headless Chromium")
class PreviewInChromiumTest {

    static final int MOBILE_WIDTH = 390;
    static final int DESKTOP_WIDTH = 1280;

    /**
     * Generous bound on the density error, in share of page height: on the fixture both ways; on real articles
     * only upwards (the browser denser than the estimate), since a model that overestimates the density
     * (such as one that counts an image-only paragraph as no height) errs on the reader's side.
     */
    static final double MAX_DENSITY_ERROR = 0.12;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(HeadlessChromium.available(),
                "/usr/bin/chromium is absent (apt-get install chromium): preview rendering tests skipped");
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("adslot.projectRoot", ".."), "engine", "target", "preview-screenshots");
    }

    @Test
    @DisplayName("the measured slot share of page height is close to the estimate, at mobile and desktop width")
    void fixtureEstimateAgainstBrowser() throws Exception {
        Path page = preview(CliRun.fixtures().resolve("articles/harbour.html"));

        JsonNode atMobile = measure(page, MOBILE_WIDTH, screenshots().resolve("harbour-mobile.png"));
        JsonNode atDesktop = measure(page, DESKTOP_WIDTH, screenshots().resolve("harbour-desktop.png"));

        double mobileError = report("harbour", "mobile", MOBILE_WIDTH, atMobile.path("mobile"));
        double desktopError = report("harbour", "desktop", DESKTOP_WIDTH, atDesktop.path("desktop"));
        assertThat(Math.abs(mobileError)).as("mobile estimate error").isLessThan(MAX_DENSITY_ERROR);
        assertThat(Math.abs(desktopError)).as("desktop estimate error").isLessThan(MAX_DENSITY_ERROR);
        // Each device's column has the model's fixed width, so the window size does not change its layout.
        assertThat(atDesktop.path("mobile").path("pagePx")).isEqualTo(atMobile.path("mobile").path("pagePx"));
        assertThat(screenshots().resolve("harbour-mobile.png")).isNotEmptyFile();
        assertThat(screenshots().resolve("harbour-desktop.png")).isNotEmptyFile();
    }

    @Test
    @DisplayName("on real articles the browser's density never exceeds the estimate by much, so the budget holds")
    void corpusEstimateAgainstBrowser() throws Exception {
        Path corpus = CliRun.corpus();
        assumeTrue(corpus != null, "../shared/corpus is absent: corpus preview measurements skipped");
        List<Path> articles;
        try (Stream<Path> files = Files.list(corpus.resolve("trafilatura-readability"))) {
            articles = files.filter(ArticleFiles::isHtml).sorted().limit(3).toList();
        }
        List<Double> mobileErrors = new ArrayList<>();
        List<Double> desktopErrors = new ArrayList<>();
        for (Path article : articles) {
            String name = article.getFileName().toString().replace(".html", "");
            JsonNode devices = measure(preview(article), DESKTOP_WIDTH, screenshots().resolve(name + "-desktop.png"));
            mobileErrors.add(report(name, "mobile", DESKTOP_WIDTH, devices.path("mobile")));
            desktopErrors.add(report(name, "desktop", DESKTOP_WIDTH, devices.path("desktop")));
        }
        System.out.printf(Locale.ROOT, "preview density estimate error over %d corpus articles: mean |error| mobile %.1f,"
                        + " desktop %.1f points%n", articles.size(), meanAbs(mobileErrors) * 100, meanAbs(desktopErrors) * 100);
        for (double error : mobileErrors) {
            assertThat(error).as("measured minus estimated density, mobile").isLessThan(MAX_DENSITY_ERROR);
        }
        for (double error : desktopErrors) {
            assertThat(error).as("measured minus estimated density, desktop").isLessThan(MAX_DENSITY_ERROR);
        }
    }

    private Path preview(Path article) {
        Path page = dir.resolve(article.getFileName().toString().replace(".html", ".preview.html"));
        CliRun run = CliRun.run(dir, "preview", "-o", page.toString(), article.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return page;
    }

    @Test
    @DisplayName("the article's scripts do not run and its broken markup cannot break out of its device section")
    void brokenArticleStaysContained() throws Exception {
        Path page = dir.resolve("messy.preview.html");
        CliRun run = CliRun.run(dir, "preview", "-o", page.toString(), CliRun.fixtures().resolve("articles/messy.html").toString());
        assertThat(run.code()).as(run.err()).isZero();

        Document dom = Jsoup.parse(HeadlessChromium.load(page, DESKTOP_WIDTH, 1200, null));
        assertThat(dom.title()).isEqualTo("adslot preview: " + CliRun.fixtures().resolve("articles/messy.html"));
        assertThat(dom.body().hasAttr("data-pwned")).isFalse();
        assertThat(dom.select("main > section.as-device")).hasSize(3);
        JsonNode measured = new ObjectMapper().readTree(dom.body().attr("data-measured")).path("devices");
        assertThat(measured.fieldNames()).toIterable().containsExactly("mobile", "tablet", "desktop");
        for (JsonNode device : measured) {
            assertThat(device.path("pagePx").asInt()).isPositive();
        }
    }

    /** Loads the page at a width (taking a screenshot) and returns the browser's figures per device. */
    private static JsonNode measure(Path page, int width, Path screenshot) throws Exception {
        Document dom = Jsoup.parse(HeadlessChromium.load(page, width, width < 800 ? 2400 : 1600, screenshot));
        String data = dom.body().attr("data-measured");
        assertThat(data).as("the preview script wrote its measurements").isNotEmpty();
        assertThat(dom.selectFirst("section.as-shown")).as("a device is shown").isNotNull();
        return new ObjectMapper().readTree(data).path("devices");
    }

    /** Prints one measurement, checks it is sane, and returns measured minus estimated density. */
    private static double report(String name, String device, int width, JsonNode m) {
        int slotPx = m.path("slotPx").asInt();
        int pagePx = m.path("pagePx").asInt();
        double measured = m.path("density").asDouble();
        double estimated = m.path("estimatedDensity").asDouble();
        int estimatedPage = m.path("estimatedPagePx").asInt();
        int articlePx = pagePx - slotPx;
        System.out.printf(Locale.ROOT, "%-32s %-7s at %4d px: slots %4d px, article %5d px (estimated %5d, %+.0f%%), "
                        + "density measured %5.1f%% vs estimated %5.1f%%: error %+5.1f points%n",
                name, device, width, slotPx, articlePx, estimatedPage,
                estimatedPage == 0 ? 0 : (articlePx - estimatedPage) * 100.0 / estimatedPage,
                measured * 100, estimated * 100, (measured - estimated) * 100);
        assertThat(pagePx).as("page height").isPositive();
        assertThat(slotPx).as("slot boxes are exactly the height the planner counted").isEqualTo(m.path("estimatedSlotPx").asInt());
        assertThat(measured).isBetween(0.0, 0.6);
        return measured - estimated;
    }

    private static double meanAbs(List<Double> values) {
        return values.stream().mapToDouble(Math::abs).average().orElse(0);
    }
}
