package io.adslot.placement;

import static io.adslot.placement.Plans.boundaries;
import static io.adslot.placement.Plans.reason;
import static io.adslot.placement.Plans.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.article.BlockKind;
import io.adslot.article.BlockScanner;
import io.adslot.article.ScannedArticle;
import io.adslot.rules.ContextValues;
import io.adslot.rules.Placement;
import io.adslot.rules.RuleLoadResult;
import io.adslot.rules.RuleLoader;
import io.adslot.rules.RuleProblem;
import io.adslot.rules.RuleSet;
import io.adslot.rules.SlotSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every feature of the rule language, end to end: a rule file from
 * {@code src/test/resources/placement/rulefiles/} is loaded with {@link RuleLoader}, an article file is
 * scanned with the rule set's scan options, and the plan is checked slot by slot. The rule files are the
 * worked examples of {@code rules/README.md} (section by section), so the documentation is tested too.
 *
 * <p>Most articles are paragraphs of exactly 50 words (300 characters): 224 px each on the built-in mobile
 * layout (8 lines of 26 px and a 16 px gap), 144 px on the built-in desktop layout.
 */
@DisplayName("Rule files, loaded and planned on article files")
class RuleFilePlanTest {

    static final Path FIXTURES = Path.of("src/test/resources/placement/rulefiles");
    static final Set<String> TEMPLATES = Set.of("scroll-to-continue", "amp", "native");

    /** Loads a rule fixture that must load without errors or warnings. */
    static RuleSet rules(String file) {
        RuleLoadResult result = RuleLoader.load(FIXTURES.resolve(file), TEMPLATES);
        assertThat(result.problems()).as("problems of %s", file).extracting(RuleProblem::format).isEmpty();
        return result.ruleSet();
    }

    static ScannedArticle scan(RuleSet rules, String article) {
        try {
            String html = Files.readString(FIXTURES.resolve("articles").resolve(article), StandardCharsets.UTF_8);
            return new BlockScanner(rules.scan()).scan(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A context from key-value pairs; a value with commas is a list ({@code tags}). */
    static ContextValues context(String... keyValues) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], List.of(keyValues[i + 1].split(",")));
        }
        return ContextValues.of(map);
    }

    static Plan plan(String ruleFile, String article, String... keyValues) {
        RuleSet rules = rules(ruleFile);
        return Planner.plan(scan(rules, article), rules, context(keyValues));
    }

    static List<String> slotIds(Plan plan) {
        return plan.slots().stream().map(SlotDecision::slotId).toList();
    }

    @Nested
    @DisplayName("Candidates")
    class Candidates {

        @Test
        @DisplayName("after_paragraph: [2, 5] puts slots after the 2nd and the 5th paragraph")
        void afterParagraph() {
            Plan plan = plan("after-paragraph.yaml", "twelve-paragraphs.html");
            assertThat(boundaries(plan)).containsExactly(2, 5);
            assertThat(slotIds(plan)).containsExactly("inline-1", "inline-2");
            assertThat(reason(plan, "inline", 2)).isEqualTo("after paragraph 2");
            assertThat(reason(plan, "inline", 5)).isEqualTo("after paragraph 5");
        }

        @Test
        @DisplayName("after_paragraph from: bottom counts 1 as the last paragraph")
        void afterParagraphFromBottom() {
            Plan plan = plan("after-paragraph-from-bottom.yaml", "twelve-paragraphs.html");
            assertThat(boundaries(plan)).containsExactly(10, 12);
            assertThat(reason(plan, "inline", 12)).isEqualTo("after paragraph 12 (1st from the bottom)");
            assertThat(reason(plan, "inline", 10)).isEqualTo("after paragraph 10 (3rd from the bottom)");
        }

        @Test
        @DisplayName("at_percent: [33, 66] takes the first gap at or after a third and two thirds of the words")
        void atPercent() {
            // 600 words: 33% is 198 words, reached after paragraph 4 (200); 66% is 396, after paragraph 8 (400).
            Plan plan = plan("at-percent.yaml", "twelve-paragraphs.html");
            assertThat(boundaries(plan)).containsExactly(4, 8);
            assertThat(reason(plan, "inline", 4)).isEqualTo("at 33% of the words");
            assertThat(reason(plan, "inline", 8)).isEqualTo("at 66% of the words");
        }

        @Test
        @DisplayName("every: { first: 2, then: 4 } is after paragraphs 2, 6, 10...")
        void every() {
            assertThat(boundaries(plan("every.yaml", "twelve-paragraphs.html"))).containsExactly(2, 6, 10);
        }

        @Test
        @DisplayName("every: 3 is short for { first: 3, then: 3 }")
        void everyShortForm() {
            assertThat(boundaries(plan("every-short-form.yaml", "twelve-paragraphs.html"))).containsExactly(3, 6, 9, 12);
        }

        @Test
        @DisplayName("before_heading levels [2, 3] and after_heading: true name the gaps around headings")
        void headings() {
            Plan plan = plan("headings.yaml", "sections.html");
            assertThat(plan.verdicts()).extracting(CandidateVerdict::boundary).containsExactly(2, 3, 8, 9, 12, 13);
            assertThat(reason(plan, "inline", 2)).isEqualTo("before heading h2");
            assertThat(reason(plan, "inline", 3)).isEqualTo("after heading h2");
            assertThat(reason(plan, "inline", 8)).isEqualTo("before heading h3");
            assertThat(reason(plan, "inline", 9)).isEqualTo("after heading h3");
            // max_slots defaults to max_slots_per_page, which defaults to 4.
            assertThat(boundaries(plan)).containsExactly(2, 3, 8, 9);
            assertThat(reason(plan, "inline", 12)).isEqualTo("limit of 4 inline slots reached");
        }

        @Test
        @DisplayName("after_media: true is after every image, figure or embed")
        void afterMedia() {
            Plan plan = plan("after-media.yaml", "sections.html");
            assertThat(boundaries(plan)).containsExactly(5);
            assertThat(reason(plan, "inline", 5)).isEqualTo("after a figure");
        }

        @Test
        @DisplayName("end_of_article: true is right after the last block")
        void endOfArticle() {
            RuleSet rules = rules("end-of-article.yaml");
            ScannedArticle article = scan(rules, "twelve-paragraphs.html");
            Plan plan = Planner.plan(article, rules, ContextValues.empty());
            assertThat(boundaries(plan)).containsExactly(12);
            assertThat(plan.slots().get(0).offset()).isEqualTo(article.source().lastIndexOf("</p>") + "</p>".length());
            assertThat(reason(plan, "inline", 12)).isEqualTo("at the end of the article");
        }
    }

    @Test
    @DisplayName("Paragraphs: with min_words: 8, bylines and photo credits are not counted as paragraphs")
    void paragraphs() {
        // Blocks: 0 byline (3 words), 1 p, 2 credit (2 words), 3 p...: paragraph 2 is block 3.
        Plan plan = plan("paragraphs.yaml", "bylines.html");
        assertThat(boundaries(plan)).containsExactly(4);
        assertThat(reason(plan, "inline", 4)).isEqualTo("after paragraph 2");
    }

    @Test
    @DisplayName("Paragraphs: with text_runs: true, the lines of an article set in divs count as paragraphs, and the reason says so; without it, none does")
    void paragraphsAsTextRuns() {
        // Blocks: 0 the "Updated" line (2 words), 1 to 6 the article's lines: paragraph 2 is block 2.
        Plan plan = plan("paragraphs-text-runs.yaml", "div-lines.html");
        assertThat(boundaries(plan)).containsExactly(3);
        assertThat(reason(plan, "inline", 3)).isEqualTo("after paragraph 2, a run of text (paragraphs.text_runs)");
        assertThat(boundaries(plan("paragraphs.yaml", "div-lines.html"))).isEmpty();
    }

    @Nested
    @DisplayName("Spacing")
    class SpacingRules {

        @Test
        @DisplayName("before_first, between and after_last hold in words")
        void wordsBeforeBetweenAfter() {
            Plan plan = plan("spacing.yaml", "twelve-paragraphs.html");
            assertThat(boundaries(plan)).containsExactly(2, 5, 8);
            assertThat(reason(plan, "inline", 1)).isEqualTo("too close to the start of the article: 50 words < 80");
            assertThat(reason(plan, "inline", 3)).isEqualTo("too close to slot inline-1: 50 words < 150");
            assertThat(reason(plan, "inline", 7)).isEqualTo("too close to slot inline-2: 100 words < 150");
            assertThat(reason(plan, "inline", 11)).isEqualTo("too close to the end of the article: 50 words < 60");
        }

        @Test
        @DisplayName("media_words: 70 makes an image weigh 70 words")
        void mediaWords() {
            // Blocks: 0 a figure without caption, 1 p (50 words). After paragraph 1 there are 50 words, or 120
            // when the image weighs 70.
            Plan plan = plan("media-words.yaml", "figure-first.html");
            assertThat(plan.slots()).extracting(SlotDecision::placementId).containsExactly("inline");
            assertThat(boundaries(plan)).containsExactly(2);
            assertThat(reason(plan, "weightless-media", 2)).isEqualTo("too close to the start of the article: 50 words < 100");
        }

        @Test
        @DisplayName("between in pixels uses the layout's estimated heights")
        void pixels() {
            // A paragraph is 224 px on mobile: three are 672 px, four are 896.
            Plan plan = plan("spacing-pixels.yaml", "twelve-paragraphs.html", "device", "mobile");
            assertThat(boundaries(plan)).containsExactly(1, 5, 9);
            assertThat(reason(plan, "inline", 4)).isEqualTo("too close to slot inline-1: 672 px < 700");
        }

        @Test
        @DisplayName("grow: { factor: 1.25 } makes each next gap 25% larger (rounded up)")
        void growFactor() {
            Plan plan = plan("grow-factor.yaml", "twelve-paragraphs.html");
            assertThat(boundaries(plan)).containsExactly(1, 4, 8);
            assertThat(reason(plan, "inline", 7)).isEqualTo("too close to slot inline-2: 150 words < 188");
            assertThat(reason(plan, "inline", 12)).isEqualTo("too close to slot inline-3: 200 words < 235");
        }

        @Test
        @DisplayName("grow: { step: 50 } makes each next gap 50 words larger")
        void growStep() {
            Plan plan = plan("grow-step.yaml", "twelve-paragraphs.html");
            assertThat(boundaries(plan)).containsExactly(1, 4, 8);
            assertThat(reason(plan, "inline", 7)).isEqualTo("too close to slot inline-2: 150 words < 200");
            assertThat(reason(plan, "inline", 12)).isEqualTo("too close to slot inline-3: 200 words < 250");
        }
    }

    @Nested
    @DisplayName("Neighbours to avoid")
    class Neighbours {

        @Test
        @DisplayName("avoid.before and avoid.after reject the gaps next to the listed block kinds")
        void avoidKinds() {
            Plan plan = plan("avoid.yaml", "sections.html");
            assertThat(boundaries(plan)).containsExactly(1, 14, 15);
            assertThat(reason(plan, "inline", 2)).isEqualTo("before a heading");
            assertThat(reason(plan, "inline", 4)).isEqualTo("before a figure");
            assertThat(reason(plan, "inline", 5)).isEqualTo("after a figure");
            assertThat(reason(plan, "inline", 6)).isEqualTo("before a list");
            assertThat(reason(plan, "inline", 8)).isEqualTo("before a heading");
            assertThat(reason(plan, "inline", 10)).isEqualTo("before a blockquote");
        }

        @Test
        @DisplayName("next_to_slots (the default) keeps a slot from standing directly next to another placement's slot")
        void nextToSlots() {
            // Between boundary 2 and 3 there is only an empty paragraph.
            Plan plan = plan("next-to-slots.yaml", "empty-paragraph.html");
            assertThat(slotIds(plan)).containsExactly("first-1");
            assertThat(reason(plan, "second", 3)).isEqualTo("directly next to slot first-1");

            Plan allowed = plan("next-to-slots-off.yaml", "empty-paragraph.html");
            assertThat(slotIds(allowed)).containsExactly("first-1", "second-1");
            assertThat(boundaries(allowed)).containsExactly(2, 3);
        }

        @Test
        @DisplayName("when_blocked nearest tries the gap below, then the one above")
        void whenBlockedNearest() {
            // After paragraph 2 is before the h2; below it is after the h2; above it is free.
            Plan plan = plan("when-blocked-nearest.yaml", "sections.html");
            assertThat(boundaries(plan)).containsExactly(1);
            assertThat(reason(plan, "inline", 2)).isEqualTo("before a heading");
            assertThat(reason(plan, "inline", 3)).isEqualTo("tried instead of after paragraph 2: after a heading");
            assertThat(reason(plan, "inline", 1)).isEqualTo("after paragraph 2, moved up 1 (before a heading)");
        }

        @Test
        @DisplayName("when_blocked: skip drops a blocked candidate")
        void whenBlockedSkip() {
            Plan plan = plan("when-blocked-skip.yaml", "sections.html");
            assertThat(plan.slots()).isEmpty();
            assertThat(plan.verdicts()).singleElement().satisfies(v -> {
                assertThat(v.boundary()).isEqualTo(2);
                assertThat(v.reason()).isEqualTo("before a heading");
            });
        }

        @Test
        @DisplayName("fallback_at_end puts a slot at the end of an article that yields none")
        void fallbackAtEnd() {
            Plan shortPlan = plan("fallback-at-end.yaml", "short.html");
            assertThat(boundaries(shortPlan)).containsExactly(2);
            assertThat(reason(shortPlan, "inline", 2))
                    .isEqualTo("fallback at the end of the article: no other slot of this placement was placed");

            assertThat(boundaries(plan("fallback-at-end.yaml", "twelve-paragraphs.html"))).containsExactly(5);
        }
    }

    @Nested
    @DisplayName("Limits")
    class LimitRules {

        @Test
        @DisplayName("max_slots caps a placement, max_slots_per_page caps the page")
        void caps() {
            Plan plan = plan("limits.yaml", "twelve-paragraphs.html");
            assertThat(boundaries(plan)).containsExactly(1, 2, 4, 6);
            assertThat(slotIds(plan)).containsExactly("extra-1", "inline-1", "inline-2", "inline-3");
            assertThat(reason(plan, "inline", 8)).isEqualTo("limit of 3 inline slots reached");
            assertThat(reason(plan, "extra", 11)).isEqualTo("limit of 4 slots per page reached");
        }

        @Test
        @DisplayName("min_article: the placement does nothing in an article under 300 words")
        void minArticle() {
            Plan plan = plan("limits.yaml", "short.html");
            assertThat(slotIds(plan)).containsExactly("extra-1");
            assertThat(reason(plan, "inline", 2)).isEqualTo("article too short for this placement: 100 words < 300");
        }

        @Test
        @DisplayName("the density budget is per device: 30% on mobile, 20% on desktop")
        void densityPerDevice() {
            // 12 paragraphs: 2688 px on mobile, 1728 px on desktop; each slot reserves 250 px.
            Plan mobile = plan("density.yaml", "twelve-paragraphs.html", "device", "mobile");
            assertThat(boundaries(mobile)).containsExactly(2, 4, 6, 8);
            assertThat(mobile.estimatedPageHeight()).isEqualTo(2688);
            assertThat(reason(mobile, "inline", 10)).isEqualTo("density 32% > 30%");
            assertThat(mobile.density()).isLessThanOrEqualTo(0.30);

            Plan desktop = plan("density.yaml", "twelve-paragraphs.html", "device", "desktop");
            assertThat(boundaries(desktop)).containsExactly(2);
            assertThat(desktop.estimatedPageHeight()).isEqualTo(1728);
            assertThat(reason(desktop, "inline", 4)).isEqualTo("density 22% > 20%");
        }
    }

    @Nested
    @DisplayName("When a placement applies")
    class When {

        @Test
        @DisplayName("device: [mobile, tablet] and section: news must both hold; values compare case-insensitively")
        void deviceAndSection() {
            assertThat(boundaries(plan("when-device-section.yaml", "twelve-paragraphs.html", "device", "mobile", "section", "news")))
                    .containsExactly(2);
            assertThat(boundaries(plan("when-device-section.yaml", "twelve-paragraphs.html", "device", "Tablet", "section", "NEWS")))
                    .containsExactly(2);
            assertThat(plan("when-device-section.yaml", "twelve-paragraphs.html", "device", "desktop", "section", "news").slots()).isEmpty();
            assertThat(plan("when-device-section.yaml", "twelve-paragraphs.html", "device", "mobile", "section", "sport").slots()).isEmpty();
            Plan noSection = plan("when-device-section.yaml", "twelve-paragraphs.html", "device", "mobile");
            assertThat(noSection.slots()).isEmpty();
            assertThat(reason(noSection, "inline", 2)).startsWith("placement does not apply: ");
        }

        @Test
        @DisplayName("all, any and not combine tests; not of a missing key matches")
        void combined() {
            String rules = "when-combined.yaml";
            assertThat(plan(rules, "twelve-paragraphs.html", "subscriber", "false", "page_type", "article").slots()).hasSize(1);
            assertThat(plan(rules, "twelve-paragraphs.html", "subscriber", "true", "page_type", "article").slots()).isEmpty();
            assertThat(plan(rules, "twelve-paragraphs.html", "page_type", "liveblog", "tags", "explainer,world").slots()).hasSize(1);
            assertThat(plan(rules, "twelve-paragraphs.html", "page_type", "liveblog").slots()).isEmpty();
        }

        @Test
        @DisplayName("tags any_of / none_of")
        void tags() {
            String rules = "when-tags.yaml";
            assertThat(plan(rules, "twelve-paragraphs.html", "tags", "politics").slots()).hasSize(1);
            assertThat(plan(rules, "twelve-paragraphs.html", "tags", "sport,world").slots()).hasSize(1);
            assertThat(plan(rules, "twelve-paragraphs.html", "tags", "world,sponsored").slots()).isEmpty();
            assertThat(plan(rules, "twelve-paragraphs.html", "tags", "sport").slots()).isEmpty();
            assertThat(plan(rules, "twelve-paragraphs.html").slots()).isEmpty();
        }

        @Test
        @DisplayName("declared custom keys: a number range, a boolean and a string")
        void customKeys() {
            String rules = "when-custom-keys.yaml";
            assertThat(plan(rules, "twelve-paragraphs.html", "bucket", "10", "paywall", "false", "brand", "ACME").slots()).hasSize(1);
            assertThat(plan(rules, "twelve-paragraphs.html", "bucket", "49", "paywall", "false", "brand", "acme").slots()).hasSize(1);
            assertThat(plan(rules, "twelve-paragraphs.html", "bucket", "50", "paywall", "false", "brand", "acme").slots()).isEmpty();
            assertThat(plan(rules, "twelve-paragraphs.html", "bucket", "10", "paywall", "true", "brand", "acme").slots()).isEmpty();
            assertThat(plan(rules, "twelve-paragraphs.html", "bucket", "10", "paywall", "false").slots()).isEmpty();
        }

        @Test
        @DisplayName("page_type, locale, country, subscriber and amp each select their placement")
        void builtInKeys() {
            Plan plan = plan("when-builtin-keys.yaml", "twelve-paragraphs.html",
                    "page_type", "liveblog", "locale", "en-IE", "country", "fr", "subscriber", "true", "amp", "false");
            assertThat(plan.slots()).extracting(SlotDecision::placementId)
                    .containsExactly("by-page-type", "by-locale", "by-subscriber", "by-amp");

            Plan other = plan("when-builtin-keys.yaml", "twelve-paragraphs.html",
                    "page_type", "article", "locale", "de-de", "country", "GB", "subscriber", "false");
            // amp: false needs the page to say amp=false: a key the page does not supply matches nothing.
            assertThat(other.slots()).extracting(SlotDecision::placementId).containsExactly("by-country");
        }
    }

    @Nested
    @DisplayName("The slot")
    class Slot {

        @Test
        @DisplayName("template, ad unit with {section}, sizes, reserve, unfilled, label, lazy and data per device")
        void slotOnMobile() {
            Plan plan = plan("slot.yaml", "twelve-paragraphs.html", "device", "mobile", "section", "news");
            assertThat(boundaries(plan)).containsExactly(2, 11);
            SlotDecision first = plan.slots().get(0);
            assertThat(first.template()).isEqualTo("scroll-to-continue");
            assertThat(first.adUnit()).isEqualTo("/1234/news/inarticle");
            assertThat(first.sizes()).containsExactly(new SlotSpec.Size(300, 250), new SlotSpec.Size(320, 100));
            assertThat(first.reserve()).isEqualTo(new SlotSpec.Reserve(280, false));
            assertThat(first.unfilled()).isEqualTo(SlotSpec.Unfilled.COLLAPSE);
            assertThat(first.label()).isEqualTo("Advertisement · Scroll to continue");
            assertThat(first.lazy()).isTrue();
            assertThat(first.data()).isEqualTo(Map.of("position", "inline"));
            // Only the last paragraph (224 px) follows the second slot: 300x250 cannot fit and is dropped.
            assertThat(plan.slots().get(1).sizes()).containsExactly(new SlotSpec.Size(320, 100));
        }

        @Test
        @DisplayName("desktop gets its own sizes and a fixed reserve; a missing section drops its path segment")
        void slotOnDesktop() {
            Plan plan = plan("slot.yaml", "twelve-paragraphs.html", "device", "desktop");
            assertThat(plan.slots()).hasSize(2).allSatisfy(slot -> {
                assertThat(slot.sizes()).containsExactly(new SlotSpec.Size(728, 90));
                assertThat(slot.reserve()).isEqualTo(new SlotSpec.Reserve(90, true));
                assertThat(slot.adUnit()).isEqualTo("/1234/inarticle");
            });
        }

        @Test
        @DisplayName("a slot the file says nothing about gets the documented defaults")
        void defaults() {
            SlotDecision slot = plan("slot-defaults.yaml", "twelve-paragraphs.html").slots().get(0);
            assertThat(slot.template()).isEqualTo("scroll-to-continue");
            assertThat(slot.adUnit()).isEmpty();
            assertThat(slot.sizes()).isEmpty();
            assertThat(slot.reserve()).isNull();
            assertThat(slot.unfilled()).isEqualTo(SlotSpec.Unfilled.COLLAPSE);
            assertThat(slot.label()).isEqualTo("Advertisement");
            assertThat(slot.lazy()).isTrue();
            assertThat(slot.data()).isEmpty();
            assertThat(slot.kind()).isEqualTo("ad");
        }
    }

    @Nested
    @DisplayName("Kinds and priorities")
    class Kinds {

        @Test
        @DisplayName("the newsletter, planned after the ads, keeps other_slot_gap words from them")
        void newsletterAfterAds() {
            // 550 words: 60% is 330, reached after paragraph 7, 50 words above the ad after paragraph 8.
            Plan plan = plan("kinds.yaml", "eleven-paragraphs.html");
            assertThat(slotIds(plan)).containsExactly("inline-1", "inline-2");
            assertThat(boundaries(plan)).containsExactly(4, 8);
            assertThat(reason(plan, "newsletter", 7)).isEqualTo("too close to slot inline-2: 50 words < 80");
        }

        @Test
        @DisplayName("with the higher priority the newsletter goes first and the ads keep its gap")
        void newsletterFirst() {
            Plan plan = plan("kinds-newsletter-first.yaml", "eleven-paragraphs.html");
            assertThat(slotIds(plan)).containsExactly("inline-1", "newsletter-1");
            assertThat(boundaries(plan)).containsExactly(4, 7);
            assertThat(plan.slots()).extracting(SlotDecision::kind).containsExactly("ad", "newsletter");
            assertThat(reason(plan, "inline", 8)).isEqualTo("too close to slot newsletter-1: 50 words < 80");
        }
    }

    @Nested
    @DisplayName("Editorial control inside the article")
    class Editorial {

        @Test
        @DisplayName("<!-- adslot:off --> switches every slot off")
        void switchedOff() {
            Plan plan = plan("markers.yaml", "switched-off.html");
            assertThat(plan.switchedOff()).isTrue();
            assertThat(plan.slots()).isEmpty();
        }

        @Test
        @DisplayName("<!-- adslot:here --> pins a slot where the editor put it")
        void pinned() {
            Plan plan = plan("markers.yaml", "pinned.html");
            assertThat(boundaries(plan)).containsExactly(2, 5);
            assertThat(plan.slots()).extracting(SlotDecision::pinned).containsExactly(false, true);
            assertThat(reason(plan, "inline", 5)).isEqualTo("pinned by an adslot:here marker");
        }

        @Test
        @DisplayName("a pinned slot counts against the placement's max_slots")
        void pinCountsAgainstLimit() {
            Plan plan = plan("markers-one-slot.yaml", "pinned.html");
            assertThat(boundaries(plan)).containsExactly(5);
            assertThat(reason(plan, "inline", 2)).isEqualTo("limit of 1 inline slot reached");
        }

        @Test
        @DisplayName("data-adslot=\"off\" is a no-slot zone: nothing inside it or directly around it")
        void noSlotZone() {
            RuleSet rules = rules("no-slot-zone.yaml");
            ScannedArticle article = scan(rules, "no-slot-zone.html");
            assertThat(article.blocks()).extracting(b -> b.noSlotZone()).containsExactly(false, false, true, false, false);
            Plan plan = Planner.plan(article, rules, ContextValues.empty());
            assertThat(boundaries(plan)).containsExactly(1, 4, 5);
            assertThat(reason(plan, "inline", 2)).isEqualTo("next to a no-slot zone");
            assertThat(reason(plan, "inline", 3)).isEqualTo("next to a no-slot zone");
        }
    }

    @Nested
    @DisplayName("Per-article overrides")
    class Overrides {

        @Test
        @DisplayName("a page lowers the listed limits, never raises them")
        void overridable() {
            String rules = "overrides.yaml";
            String article = "twelve-paragraphs.html";
            assertThat(boundaries(plan(rules, article))).containsExactly(2, 4, 6, 8);
            assertThat(boundaries(plan(rules, article, "max_slots", "1"))).containsExactly(2);
            assertThat(boundaries(plan(rules, article, "max_slots", "10"))).containsExactly(2, 4, 6, 8);
            assertThat(boundaries(plan(rules, article, "max_slots", "abc"))).containsExactly(2, 4, 6, 8);
            assertThat(boundaries(plan(rules, article, "max_slots_per_placement", "2"))).containsExactly(2, 4);
            assertThat(boundaries(plan(rules, article, "max_density", "0.1"))).containsExactly(2);
            assertThat(boundaries(plan(rules, article, "max_density", "20"))).containsExactly(2, 4);
        }

        @Test
        @DisplayName("a limit the file does not list as overridable is ignored")
        void notOverridable() {
            assertThat(boundaries(plan("every.yaml", "twelve-paragraphs.html", "max_slots", "1"))).containsExactly(2, 6, 10);
        }
    }

    @Test
    @DisplayName("Atomic elements: the scanner never enters div.promo, #comments or .related, so no slot goes inside")
    void atomic() {
        RuleSet rules = rules("atomic.yaml");
        ScannedArticle article = scan(rules, "atomic.html");
        assertThat(article.blocks()).extracting(b -> b.kind())
                .containsExactly(BlockKind.PARAGRAPH, BlockKind.OTHER, BlockKind.PARAGRAPH, BlockKind.OTHER,
                        BlockKind.PARAGRAPH, BlockKind.OTHER, BlockKind.PARAGRAPH);
        Plan plan = Planner.plan(article, rules, ContextValues.empty());
        assertThat(boundaries(plan)).containsExactly(1, 3, 5, 7);
        String source = article.source();
        for (SlotDecision slot : plan.slots()) {
            assertThat(source.substring(0, slot.offset())).endsWith("</p>");
        }
        // Without the atomic list the same article has eight paragraphs and gaps inside the containers.
        assertThat(BlockScanner.withDefaults().scan(source).blocks()).hasSize(8);
    }

    @Nested
    @DisplayName("Variants")
    class VariantRules {

        @Test
        @DisplayName("a placement's variants: the same bucket always gets the same variant, about 3 in 4 get control")
        void placementVariants() {
            List<Integer> control = List.of(4, 8);
            List<Integer> dense = List.of(2, 4, 6, 8);
            assertThat(boundaries(plan("variants-placement.yaml", "twelve-paragraphs.html"))).isEqualTo(control);
            int denseCount = 0;
            for (int bucket = 0; bucket < 200; bucket++) {
                List<Integer> got = boundaries(plan("variants-placement.yaml", "twelve-paragraphs.html", "bucket", "b" + bucket));
                assertThat(got).isIn(control, dense);
                assertThat(boundaries(plan("variants-placement.yaml", "twelve-paragraphs.html", "bucket", "b" + bucket))).isEqualTo(got);
                denseCount += got.equals(dense) ? 1 : 0;
            }
            assertThat(denseCount).isBetween(25, 75);
        }

        @Test
        @DisplayName("a whole-rule-set variant: half the articles get one ad and a newsletter sign-up")
        void ruleSetVariants() {
            RuleSet rules = rules("variants-rule-set.yaml");
            ScannedArticle article = scan(rules, "twelve-paragraphs.html");
            Set<List<String>> seen = new HashSet<>();
            int withNewsletter = 0;
            for (int id = 0; id < 200; id++) {
                Plan plan = Planner.plan(article, rules, context("article_id", "article-" + id));
                List<String> shape = new ArrayList<>();
                plan.slots().forEach(s -> shape.add(s.slotId() + "@" + s.boundary()));
                seen.add(shape);
                withNewsletter += shape.contains("newsletter-1@6") ? 1 : 0;
            }
            assertThat(seen).containsExactlyInAnyOrder(
                    List.of("inline-1@4", "inline-2@8", "inline-3@12"),
                    List.of("inline-1@4", "newsletter-1@6"));
            assertThat(withNewsletter).isBetween(70, 130);
        }
    }

    @Test
    @DisplayName("Extends: the site overrides the base's inline by id, adds a footer and removes the sidebar")
    void extendsBase() {
        RuleSet rules = rules("extends/my-site.yaml");
        assertThat(rules.placements()).extracting(Placement::id).containsExactly("inline", "footer");
        Plan plan = Planner.plan(scan(rules, "twelve-paragraphs.html"), rules, context("section", "news"));
        assertThat(slotIds(plan)).containsExactly("inline-1", "inline-2", "footer-1");
        assertThat(boundaries(plan)).containsExactly(2, 4, 12);
        assertThat(plan.slots().get(0).adUnit()).isEqualTo("/999/news/inline");
        assertThat(plan.slots().get(0).label()).isEqualTo("Advertisement");
        assertThat(reason(plan, "inline", 6)).isEqualTo("limit of 2 inline slots reached");
        assertThat(reasons(plan, "sidebar", 1)).isEmpty();
    }
}
