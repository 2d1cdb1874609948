package io.adslot.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.adslot.article.Block;
import io.adslot.article.BlockScanner;
import io.adslot.article.ScanOptions;
import io.adslot.article.ScannedArticle;
import io.adslot.rules.ContextValues;
import io.adslot.rules.LayoutModel;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What each rule set shipped in {@code rules/} does to real articles: every body in
 * {@code ../shared/corpus/} is planned under the contexts the rule set is meant for, every plan is checked
 * against the file's own limits (page cap, placement caps, density budget, avoided neighbours, no-slot
 * zones), the promise of each file is checked on the whole corpus, and one summary line per rule set and
 * context is printed (articles, slots, share of articles without a slot, mean density).
 *
 * <p>Skipped when the corpus folder is absent (it is not part of the project).
 */
@DisplayName("Shipped rule sets on the real articles of the corpus")
@org.junit.jupiter.api.condition.EnabledIf(value = "io.adslot.reliability.Corpus#present",
        disabledReason = "no article corpus at ../shared/corpus beside the project (it is not part of it): skipped")
class ShippedRuleSetsOnCorpusTest {

    private static final Set<String> TEMPLATES = Set.of("scroll-to-continue", "amp", "native");
    private static final List<String> FOLDERS = List.of("readability", "trafilatura-readability", "trafilatura-raw");

    /** Corpus bodies by file name, read once. */
    private static final Map<String, String> BODIES = new LinkedHashMap<>();
    /** The corpus scanned with each rule set's atomic elements, scanned once per distinct list. */
    private static final Map<ScanOptions, List<ScannedArticle>> SCANNED = new HashMap<>();

    @BeforeAll
    static void readCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("adslot.projectRoot", "."), "..", "shared", "corpus").normalize();
        assumeTrue(Files.isDirectory(corpus), "corpus folder " + corpus + " is absent (it is not part of the project): skipped");
        if (!BODIES.isEmpty()) {
            return;
        }
        for (String folder : FOLDERS) {
            Path dir = corpus.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                    BODIES.put(folder + "/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        assumeTrue(!BODIES.isEmpty(), "corpus folder " + corpus + " has no .html files: skipped");
    }

    /** A shipped rule set planned over the whole corpus under one context. */
    private record Run(String label, RuleSet rules, List<ScannedArticle> articles, List<Plan> plans) {

        long slots() {
            return plans.stream().mapToLong(p -> p.slots().size()).sum();
        }

        long slotsOf(String placementId) {
            return plans.stream().flatMap(p -> p.slots().stream()).filter(s -> s.placementId().equals(placementId)).count();
        }

        /** Share of the articles matching {@code which} that got at least one slot. */
        double shareWithSlots(Predicate<ScannedArticle> which) {
            int matching = 0;
            int withSlots = 0;
            for (int i = 0; i < articles.size(); i++) {
                if (which.test(articles.get(i))) {
                    matching++;
                    withSlots += plans.get(i).slots().isEmpty() ? 0 : 1;
                }
            }
            return matching == 0 ? 0 : (double) withSlots / matching;
        }

        String summary() {
            long empty = plans.stream().filter(p -> p.slots().isEmpty()).count();
            double meanDensity = plans.stream().mapToDouble(Plan::density).average().orElse(0);
            return String.format(Locale.ROOT,
                    "%-50s articles %3d, slots %4d, no slot %5.1f%%, mean density %4.1f%%, 600+ words with a slot %5.1f%%",
                    label, plans.size(), slots(), 100.0 * empty / plans.size(), 100 * meanDensity,
                    100 * shareWithSlots(ShippedRuleSetsOnCorpusTest::longArticle));
        }
    }

    private static RuleSet shipped(String file) {
        Path path = Path.of(System.getProperty("adslot.projectRoot", ".."), "rules", file);
        RuleLoadResult result = RuleLoader.load(path, TEMPLATES);
        assertThat(result.problems()).as("problems of %s", file).extracting(RuleProblem::format).isEmpty();
        return result.ruleSet();
    }

    private static Run run(String file, String... keyValues) {
        RuleSet rules = shipped(file);
        List<ScannedArticle> articles = SCANNED.computeIfAbsent(rules.scan(), options -> {
            BlockScanner scanner = new BlockScanner(options);
            return BODIES.values().stream().map(scanner::scan).toList();
        });
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            raw.put(keyValues[i], keyValues[i + 1]);
        }
        ContextValues context = ContextValues.ofSingle(raw);
        List<Plan> plans = new ArrayList<>(articles.size());
        for (ScannedArticle article : articles) {
            Plan plan = Planner.plan(article, rules, context);
            assertKeepsItsLimits(rules, article, plan);
            plans.add(plan);
        }
        Run run = new Run(file + " " + raw, rules, articles, plans);
        System.out.println(run.summary());
        return run;
    }

    /** The limits every plan of every shipped rule set keeps, whatever the article. */
    private static void assertKeepsItsLimits(RuleSet rules, ScannedArticle article, Plan plan) {
        List<Block> blocks = article.blocks();
        LayoutModel layout = LayoutEstimator.choose(rules.layouts(), plan.device());
        assertThat(plan.slots().size()).isLessThanOrEqualTo(rules.maxSlotsPerPage());
        assertThat(plan.density()).isLessThanOrEqualTo(layout.maxDensity() + 1e-9);
        Map<String, Integer> perPlacement = new HashMap<>();
        for (SlotDecision slot : plan.slots()) {
            Placement placement = rules.placements().stream().filter(p -> p.id().equals(slot.placementId())).findFirst()
                    .orElseThrow();
            assertThat(perPlacement.merge(slot.placementId(), 1, Integer::sum)).isLessThanOrEqualTo(placement.maxSlots());
            int b = slot.boundary();
            assertThat(slot.offset()).isBetween(0, article.source().length());
            if (slot.pinned()) {
                continue;
            }
            if (b < blocks.size()) {
                assertThat(placement.avoid().before()).as("slot %s before %s", slot.slotId(), blocks.get(b))
                        .doesNotContain(blocks.get(b).kind());
                assertThat(blocks.get(b).noSlotZone()).isFalse();
            }
            if (b > 0) {
                assertThat(placement.avoid().after()).as("slot %s after %s", slot.slotId(), blocks.get(b - 1))
                        .doesNotContain(blocks.get(b - 1).kind());
                assertThat(blocks.get(b - 1).noSlotZone()).isFalse();
            }
        }
    }

    private static boolean longArticle(ScannedArticle article) {
        return article.totalWords() >= 600;
    }

    @Test
    @DisplayName("default.yaml: at most 3 slots, on mobile and desktop; most articles of 600 words or more get one")
    void defaultRules() {
        for (String device : List.of("mobile", "desktop")) {
            Run run = run("default.yaml", "device", device, "section", "news");
            assertThat(run.plans()).allSatisfy(plan -> assertThat(plan.slots().size()).isLessThanOrEqualTo(3));
            assertThat(run.shareWithSlots(ShippedRuleSetsOnCorpusTest::longArticle)).isGreaterThan(0.8);
            assertThat(run.plans()).flatMap(Plan::slots).allSatisfy(slot -> {
                assertThat(slot.adUnit()).isEqualTo("/adslot/news/inarticle");
                assertThat(slot.template()).isEqualTo("scroll-to-continue");
            });
        }
    }

    @Test
    @DisplayName("amp.yaml: slots only on AMP pages, always the amp template with a fixed 250 px reserve")
    void ampRules() {
        Run amp = run("amp.yaml", "amp", "true", "section", "news");
        assertThat(amp.slots()).isPositive();
        assertThat(amp.plans()).flatMap(Plan::slots).allSatisfy(slot -> {
            assertThat(slot.template()).isEqualTo("amp");
            assertThat(slot.reserve()).isEqualTo(new SlotSpec.Reserve(250, true));
            assertThat(slot.adUnit()).isEqualTo("/adslot/news/amp");
        });
        assertThat(amp.shareWithSlots(ShippedRuleSetsOnCorpusTest::longArticle)).isGreaterThan(0.8);
        assertThat(run("amp.yaml", "amp", "false").slots()).isZero();
        assertThat(run("amp.yaml").slots()).isZero();
    }

    @Test
    @DisplayName("subscriber-aware.yaml: subscribers get no slot on any article; other readers get ads and one offer")
    void subscriberAwareRules() {
        assertThat(run("subscriber-aware.yaml", "subscriber", "true").plans()).allSatisfy(plan -> {
            assertThat(plan.slots()).isEmpty();
        });
        for (String[] reader : List.of(new String[] {"subscriber", "false"}, new String[0])) {
            Run run = run("subscriber-aware.yaml", reader);
            assertThat(run.shareWithSlots(ShippedRuleSetsOnCorpusTest::longArticle)).isGreaterThan(0.8);
            assertThat(run.slotsOf("subscribe")).isPositive();
            assertThat(run.plans()).allSatisfy(plan ->
                    assertThat(plan.slots()).filteredOn(s -> s.placementId().equals("subscribe")).hasSizeLessThanOrEqualTo(1));
        }
        Run capped = run("subscriber-aware.yaml", "subscriber", "false", "max_slots", "1");
        assertThat(capped.plans()).allSatisfy(plan -> assertThat(plan.slots().size()).isLessThanOrEqualTo(1));
    }

    @Test
    @DisplayName("mobile-news.yaml: phones get pixel-spaced inline slots and a newsletter; desktop only inline-desktop")
    void mobileNewsRules() {
        Run mobile = run("mobile-news.yaml", "device", "mobile", "section", "news");
        assertThat(mobile.slotsOf("inline-desktop")).isZero();
        assertThat(mobile.slotsOf("newsletter")).isPositive();
        assertThat(mobile.shareWithSlots(ShippedRuleSetsOnCorpusTest::longArticle)).isGreaterThan(0.8);
        for (int i = 0; i < mobile.plans().size(); i++) {
            assertInlineSlotsAtLeastPixelsApart(mobile.rules(), mobile.articles().get(i), mobile.plans().get(i), 900);
        }

        Run desktop = run("mobile-news.yaml", "device", "desktop", "section", "news");
        assertThat(desktop.plans()).flatMap(Plan::slots).extracting(SlotDecision::placementId).containsOnly("inline-desktop");
        assertThat(desktop.plans()).allSatisfy(plan -> assertThat(plan.slots().size()).isLessThanOrEqualTo(3));

        Run subscriber = run("mobile-news.yaml", "device", "mobile", "subscriber", "true");
        assertThat(subscriber.slotsOf("newsletter")).isZero();
    }

    private static void assertInlineSlotsAtLeastPixelsApart(RuleSet rules, ScannedArticle article, Plan plan, int pixels) {
        ArticleMeasures measures = new ArticleMeasures(article,
                new LayoutEstimator(LayoutEstimator.choose(rules.layouts(), plan.device())));
        List<SlotDecision> inline = plan.slots().stream().filter(s -> s.placementId().equals("inline")).toList();
        for (int k = 1; k < inline.size(); k++) {
            assertThat(measures.pixelsBetween(inline.get(k - 1).boundary(), inline.get(k).boundary()))
                    .as("px between %s and %s", inline.get(k - 1).slotId(), inline.get(k).slotId())
                    .isGreaterThanOrEqualTo(pixels);
        }
    }

    @Test
    @DisplayName("long-form.yaml: nothing under 1200 words or 12 paragraphs; long reads get section-break ads and one related module")
    void longFormRules() {
        Run run = run("long-form.yaml", "device", "desktop", "section", "features");
        Placement breaks = run.rules().placements().get(0);
        for (int i = 0; i < run.articles().size(); i++) {
            ScannedArticle article = run.articles().get(i);
            Plan plan = run.plans().get(i);
            int paragraphs = CandidateFinder.paragraphs(article.blocks(), breaks.paragraphs()).length;
            boolean longRead = article.totalWords() >= 1200 && paragraphs >= 12;
            if (!longRead) {
                assertThat(plan.slots()).as("slots in a short piece").isEmpty();
            }
            assertThat(plan.slots()).filteredOn(s -> s.placementId().equals("related")).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(run.slotsOf("section-break")).isPositive();
        assertThat(run.slotsOf("related")).isPositive();
        assertThat(run.shareWithSlots(a -> a.totalWords() >= 2000)).isGreaterThan(0.8);
        run("long-form.yaml", "device", "mobile", "section", "features");
    }
}
