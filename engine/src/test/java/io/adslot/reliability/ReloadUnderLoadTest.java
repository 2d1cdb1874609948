package io.adslot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.InvalidRulesException;
import io.adslot.engine.PageContext;
import io.adslot.engine.RenderResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads (more than this machine's cores) render a mixed set of articles for a fixed time while
 * the rule file is rewritten dozens of times, two of every three versions valid, and reloaded. Every
 * result must equal, byte for byte, the render of that article under one rule version that was current
 * during the call (never a mix), no invalid version may ever serve, and no exception may reach a caller.
 */
@DisplayName("Rendering under load while the rules change")
class ReloadUnderLoadTest {

    private static final int THREADS = 8;
    private static final long RUN_MILLIS = 3_000;
    private static final int VERSIONS = 45;

    /** Version {@code k}: valid versions differ in label, candidates and limits, so their outputs differ. */
    private static String ruleFile(int k) {
        boolean valid = k % 3 != 2;
        return "version: 1\n"
                + "max_slots_per_page: " + (valid ? 2 + k % 5 : -1) + "\n"
                + "layout: { mobile: { max_density: 1.0 }, desktop: { max_density: 1.0 } }\n"
                + "placements:\n"
                + "  - id: inline\n"
                + "    candidates: { every: { first: " + (1 + k % 3) + ", then: " + (1 + k % 2) + " } }\n"
                + "    max_slots: 10\n"
                + "    slot:\n"
                + "      template: scroll-to-continue\n"
                + "      ad_unit: \"/1234/{section}/inarticle\"\n"
                + "      label: \"" + (valid ? "Version " + k : "INVALID " + k) + "\"\n";
    }

    private static boolean isValid(int k) {
        return k % 3 != 2;
    }

    private static List<String> articles() {
        List<String> articles = new ArrayList<>();
        String paragraph = "<p>" + "A sentence of an article about something that happened. ".repeat(5) + "</p>\n";
        for (int n = 1; n <= 12; n++) {
            articles.add(paragraph.repeat(n) + "<h2>More</h2>\n" + paragraph.repeat(n));
        }
        articles.add("<div><section>" + paragraph.repeat(8) + "<figure><img src=a.jpg></figure>" + paragraph.repeat(3) + "</section></div>");
        articles.add("<p>tiny</p>");
        try {
            List<Path> files = Corpus.files();
            for (int i = 0; i < files.size(); i += Math.max(1, files.size() / 16)) {
                articles.add(Corpus.read(files.get(i)));
            }
        } catch (org.opentest4j.TestAbortedException noCorpus) {
            // generated articles only
        }
        return articles;
    }

    @Test
    @DisplayName("every result is the render under one version current during the call; invalid versions never serve")
    void renderWhileReloading(@TempDir Path dir) throws Exception {
        List<String> articles = articles();
        PageContext page = PageContext.builder().device("mobile").section("news").build();

        // expected output of every article under every valid version, from an engine of its own
        Map<Integer, List<String>> expected = new HashMap<>();
        for (int k = 0; k < VERSIONS; k++) {
            if (!isValid(k)) {
                continue;
            }
            Path file = dir.resolve("v" + k + ".yaml");
            Files.writeString(file, ruleFile(k));
            try (AdSlotEngine reference = AdSlotEngine.builder().rules(file).cacheEnabled(false).withoutMetrics().build()) {
                List<String> outputs = new ArrayList<>();
                for (String article : articles) {
                    outputs.add(reference.render(Article.of("a", article), page).html());
                }
                expected.put(k, outputs);
            }
        }

        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, ruleFile(0));
        AtomicInteger lastServed = new AtomicInteger(0); // the newest valid version known to be loaded
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicLong renders = new AtomicLong();
        try (AdSlotEngine engine = AdSlotEngine.builder().rules(rules).withoutMetrics().build()) {
            CountDownLatch start = new CountDownLatch(1);
            java.util.concurrent.atomic.AtomicBoolean rewritten = new java.util.concurrent.atomic.AtomicBoolean();
            long deadline = System.currentTimeMillis() + RUN_MILLIS;
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int seed = t;
                Thread worker = new Thread(() -> {
                    try {
                        start.await();
                        int i = seed;
                        while (!rewritten.get() || System.currentTimeMillis() < deadline) {
                            int a = i++ % articles.size();
                            int before = lastServed.get();
                            RenderResult result = engine.render(Article.of("article-" + a, articles.get(a)), page);
                            int after = nextValid(lastServed.get());
                            renders.incrementAndGet();
                            check(result, a, before, after, expected, problems);
                        }
                    } catch (Throwable e) {
                        problems.add("exception reached the caller: " + e);
                    }
                }, "renderer-" + t);
                worker.start();
                workers.add(worker);
            }
            start.countDown();
            int rewrites = 0;
            int rejected = 0;
            for (int k = 1; k < VERSIONS; k++) {
                Path next = dir.resolve("next.yaml");
                Files.writeString(next, ruleFile(k));
                Files.move(next, rules, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                rewrites++;
                try {
                    engine.reload();
                    assertThat(isValid(k)).as("version %d loaded", k).isTrue();
                    lastServed.set(k);
                } catch (InvalidRulesException e) {
                    assertThat(isValid(k)).as("version %d rejected: %s", k, e.getMessage()).isFalse();
                    rejected++;
                }
                Thread.sleep(RUN_MILLIS / VERSIONS);
            }
            rewritten.set(true);
            for (Thread worker : workers) {
                worker.join();
            }
            assertThat(rewrites).isEqualTo(VERSIONS - 1);
            assertThat(rejected).isEqualTo(VERSIONS / 3);
        }
        assertThat(problems).as("problems in %d renders", renders.get()).isEmpty();
        assertThat(renders.get()).isGreaterThan(1_000);
    }

    @Test
    @DisplayName("with the file watcher instead of reload(): only valid versions serve, and the last one wins")
    void renderWhileTheWatcherReloads(@TempDir Path dir) throws Exception {
        List<String> articles = articles().subList(0, 8);
        PageContext page = PageContext.builder().device("mobile").section("news").build();
        int versions = 16;
        Map<Integer, List<String>> expected = new HashMap<>();
        for (int k = 0; k < versions; k++) {
            if (isValid(k)) {
                Path file = dir.resolve("v" + k + ".yaml");
                Files.writeString(file, ruleFile(k));
                try (AdSlotEngine reference = AdSlotEngine.builder().rules(file).cacheEnabled(false).withoutMetrics().build()) {
                    List<String> outputs = new ArrayList<>();
                    for (String article : articles) {
                        outputs.add(reference.render(Article.of("a", article), page).html());
                    }
                    expected.put(k, outputs);
                }
            }
        }
        Path watched = Files.createDirectories(dir.resolve("watched"));
        Path rules = watched.resolve("rules.yaml");
        Files.writeString(rules, ruleFile(0));
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        int lastValid = versions - 1;
        while (!isValid(lastValid)) {
            lastValid--;
        }
        try (AdSlotEngine engine = AdSlotEngine.builder().rules(rules).watch(true).withoutMetrics().build()) {
            long deadline = System.currentTimeMillis() + 2_000;
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int seed = t;
                Thread worker = new Thread(() -> {
                    int i = seed;
                    try {
                        while (System.currentTimeMillis() < deadline) {
                            int a = i++ % articles.size();
                            check(engine.render(Article.of("article-" + a, articles.get(a)), page), a, 0, versions - 1,
                                    expected, problems);
                        }
                    } catch (Throwable e) {
                        problems.add("exception reached the caller: " + e);
                    }
                });
                worker.start();
                workers.add(worker);
            }
            for (int k = 1; k < versions; k++) {
                Path next = watched.resolve(".next");
                Files.writeString(next, ruleFile(k));
                Files.move(next, rules, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Thread.sleep(100);
            }
            for (Thread worker : workers) {
                worker.join();
            }
            // the file now holds the last version (valid or not); the last valid one must end up serving
            Files.writeString(rules, ruleFile(lastValid));
            String wanted = expected.get(lastValid).get(0);
            long until = System.currentTimeMillis() + 10_000;
            while (!engine.render(Article.of("article-0", articles.get(0)), page).html().equals(wanted)
                    && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
            assertThat(engine.render(Article.of("article-0", articles.get(0)), page).html()).isEqualTo(wanted);
        }
        assertThat(problems).isEmpty();
    }

    private static int nextValid(int k) {
        int next = k + 1;
        while (next < VERSIONS && !isValid(next)) {
            next++;
        }
        return Math.min(next, VERSIONS - 1);
    }

    /** The result must be the output of one valid version between the one current before the call and the next one. */
    private static void check(RenderResult result, int article, int before, int after, Map<Integer, List<String>> expected,
                              ConcurrentLinkedQueue<String> problems) {
        if (result.degraded()) {
            problems.add("degraded: " + result.failureReason());
            return;
        }
        if (result.html().contains("INVALID")) {
            problems.add("an invalid rule version served article " + article);
            return;
        }
        for (int k = before; k <= after; k++) {
            List<String> outputs = expected.get(k);
            if (outputs != null && outputs.get(article).equals(result.html())) {
                return;
            }
        }
        problems.add("article " + article + ": output matches no version in [" + before + ", " + after + "]");
    }
}
