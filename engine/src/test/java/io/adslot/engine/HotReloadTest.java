package io.adslot.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.adslot.rules.RuleLoadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Hot reload swaps valid rule and template changes in and keeps serving the last good rules otherwise")
class HotReloadTest {

    static final String ARTICLE = AdSlotEngineTest.ARTICLE;
    static final PageContext PAGE = PageContext.builder().device("mobile").section("news").build();

    /**
     * Rules read from a small text file ({@code version label}, or {@code invalid}), so these tests exercise
     * the watcher and the swap, not the YAML format.
     */
    static class FileRules implements RuleSource {
        final Path file;
        final AtomicInteger loads = new AtomicInteger();

        FileRules(Path file) {
            this.file = file;
        }

        @Override
        public RuleLoadResult load(Set<String> knownTemplates) {
            loads.incrementAndGet();
            String text;
            try {
                text = Files.readString(file).strip();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (text.startsWith("invalid")) {
                return TestRules.invalid(file.toString(), "placements[0].every must be a positive number; write every: 4");
            }
            String[] parts = text.split(" ", 2);
            return new RuleLoadResult(TestRules.ruleSet(parts[0], "scroll-to-continue", 2, parts[1]), List.of());
        }

        @Override
        public String describe() {
            return file.toString();
        }

        @Override
        public List<Path> watchDirectories() {
            return List.of(file.toAbsolutePath().getParent());
        }
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    @DisplayName("a valid change to the watched rule file is swapped in")
    void validChangeIsSwappedIn(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.txt"), "v1 First label");
        try (AdSlotEngine engine = AdSlotEngine.builder().ruleSource(new FileRules(rules)).stages(new FakePlanner())
                .watch(true).withoutMetrics().build()) {
            assertThat(engine.render(Article.of("a", ARTICLE), PAGE).html()).contains("First label");

            Files.writeString(rules, "v2 Second label");
            await(() -> engine.rulesVersion().startsWith("v2/"), "the new rules serve");

            RenderResult after = engine.render(Article.of("a", ARTICLE), PAGE);
            assertThat(after.html()).contains("Second label").doesNotContain("First label");
            Outputs.assertInsertionsReproduce(ARTICLE, after);
        }
    }

    @Test
    @DisplayName("an invalid change is logged and ignored: the last good rules keep serving")
    void invalidChangeKeepsLastGoodRules(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.txt"), "v1 First label");
        FileRules source = new FileRules(rules);
        try (AdSlotEngine engine = AdSlotEngine.builder().ruleSource(source).stages(new FakePlanner())
                .watch(true).withoutMetrics().build()) {
            String version = engine.rulesVersion();
            int loadsBefore = source.loads.get();

            Files.writeString(rules, "invalid: every: -1");
            await(() -> source.loads.get() > loadsBefore, "the watcher has read the broken file");

            assertThat(engine.rulesVersion()).isEqualTo(version);
            RenderResult result = engine.render(Article.of("a", ARTICLE), PAGE);
            assertThat(result.degraded()).isFalse();
            assertThat(result.html()).contains("First label");

            Files.writeString(rules, "v3 Fixed label");
            await(() -> engine.rulesVersion().startsWith("v3/"), "the fixed rules serve");
        }
    }

    @Test
    @DisplayName("an explicit reload of invalid rules throws with the problems and keeps the last good rules")
    void explicitReloadReportsProblems(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.txt"), "v1 First label");
        AdSlotEngine engine = AdSlotEngine.builder().ruleSource(new FileRules(rules)).stages(new FakePlanner())
                .withoutMetrics().build();
        Files.writeString(rules, "invalid");

        assertThatThrownBy(engine::reload).isInstanceOfSatisfying(InvalidRulesException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().get(0).format()).endsWith(":3:7: placements[0].every must be a positive number; write every: 4");
            assertThat(e.getMessage()).contains("rules.txt:3:7:");
        });
        assertThat(engine.rulesVersion()).startsWith("v1/");
        assertThat(engine.render(Article.of("a", ARTICLE), PAGE).html()).contains("First label");
    }

    @Test
    @DisplayName("a change to a watched template is compiled and swapped in with a new version")
    void templateChangeIsSwappedIn(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.txt"), "v1 Label");
        Path templates = Files.createDirectory(dir.resolve("templates"));
        Path template = Files.writeString(templates.resolve("scroll-to-continue.mustache"),
                "<div class=\"one\" id=\"{{slotId}}\"></div>\n");
        try (AdSlotEngine engine = AdSlotEngine.builder().ruleSource(new FileRules(rules))
                .templates(templates).stages(new FakePlanner()).watch(true).withoutMetrics().build()) {
            String version = engine.rulesVersion();
            RenderResult before = engine.render(Article.of("a", "r1", ARTICLE), PAGE);
            assertThat(before.insertions().get(0).html()).isEqualTo("<div class=\"one\" id=\"inline-1\"></div>");

            Files.writeString(template, "<div class=\"two\" id=\"{{slotId}}\"></div>\n");
            await(() -> !engine.rulesVersion().equals(version), "the new template serves");

            RenderResult after = engine.render(Article.of("a", "r1", ARTICLE), PAGE);
            assertThat(after.insertions().get(0).html()).isEqualTo("<div class=\"two\" id=\"inline-1\"></div>");
            Outputs.assertInsertionsReproduce(ARTICLE, after);
        }
    }
}
