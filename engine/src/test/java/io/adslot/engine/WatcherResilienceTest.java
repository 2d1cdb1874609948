package io.adslot.engine;

import static io.adslot.engine.HotReloadTest.ARTICLE;
import static io.adslot.engine.HotReloadTest.PAGE;
import static io.adslot.engine.HotReloadTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.rules.RuleLoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The rule watcher survives any failed reload, tells the host, and watches folders that appear later")
class WatcherResilienceTest {

    /** The text-file rules of HotReloadTest, where a file saying {@code error} kills the load with an Error. */
    static final class FailingRules extends HotReloadTest.FileRules {
        FailingRules(Path file) {
            super(file);
        }

        @Override
        public RuleLoadResult load(Set<String> knownTemplates) {
            try {
                if (Files.readString(file).startsWith("error")) {
                    loads.incrementAndGet();
                    throw new StackOverflowError("template nesting in a rule change");
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return super.load(knownTemplates);
        }
    }

    @Test
    @DisplayName("a reload killed by an Error is reported, and a later valid change still applies")
    void reloadKilledByAnErrorKeepsWatching(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.txt"), "v1 First label");
        FailingRules source = new FailingRules(rules);
        List<ReloadOutcome> outcomes = new CopyOnWriteArrayList<>();
        try (AdSlotEngine engine = AdSlotEngine.builder().ruleSource(source).stages(new FakePlanner())
                .reloadListener(outcomes::add).watch(true).withoutMetrics().build()) {
            Files.writeString(rules, "error");
            await(() -> !outcomes.isEmpty(), "the failed reload is reported");

            ReloadOutcome failed = outcomes.get(0);
            assertThat(failed.accepted()).isFalse();
            assertThat(failed.rulesVersion()).startsWith("v1/");
            assertThat(failed.problems()).singleElement().extracting(InvalidRulesException.Problem::message).asString()
                    .contains("StackOverflowError");
            assertThat(engine.render(Article.of("a", ARTICLE), PAGE).html()).contains("First label");

            Files.writeString(rules, "v2 Second label");
            await(() -> engine.rulesVersion().startsWith("v2/"), "the valid change serves after the Error");
            assertThat(engine.render(Article.of("a", ARTICLE), PAGE).html()).contains("Second label");
        }
    }

    @Test
    @DisplayName("the listener hears accepted and rejected reloads, and the status shows the last rejection for health checks")
    void listenerAndStatus(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.txt"), "v1 First label");
        List<ReloadOutcome> outcomes = new CopyOnWriteArrayList<>();
        try (AdSlotEngine engine = AdSlotEngine.builder().ruleSource(new HotReloadTest.FileRules(rules))
                .stages(new FakePlanner()).reloadListener(outcomes::add).watch(true).withoutMetrics().build()) {
            RulesStatus fresh = engine.status();
            assertThat(fresh.watching()).isTrue();
            assertThat(fresh.lastRejection()).isEmpty();
            assertThat(fresh.rulesVersion()).startsWith("v1/");

            Files.writeString(rules, "invalid");
            await(() -> outcomes.stream().anyMatch(o -> !o.accepted()), "the rejection is reported");
            RulesStatus rejected = engine.status();
            assertThat(rejected.rejectedIsLatest()).isTrue();
            assertThat(rejected.rejectedReloads()).isEqualTo(1);
            assertThat(rejected.lastRejection()).hasValueSatisfying(o -> assertThat(o.problems())
                    .extracting(InvalidRulesException.Problem::format).singleElement().asString()
                    .endsWith(":3:7: placements[0].every must be a positive number; write every: 4"));

            Files.writeString(rules, "v2 Fixed label");
            await(() -> outcomes.stream().anyMatch(ReloadOutcome::accepted), "the accepted reload is reported");
            assertThat(outcomes.stream().filter(ReloadOutcome::accepted).findFirst().orElseThrow().rulesVersion())
                    .startsWith("v2/");
            assertThat(engine.status().rejectedIsLatest()).isFalse();
            assertThat(engine.status().lastRejection()).isPresent();
        }
    }

    @Test
    @DisplayName("a templates/ folder created after startup is watched: a template added to it later is swapped in")
    void templatesFolderCreatedAfterStartup(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.txt"), "v1 Label");
        try (AdSlotEngine engine = AdSlotEngine.builder().ruleSource(new HotReloadTest.FileRules(rules))
                .templateSource(TemplateSource.besideRules(rules)).stages(new FakePlanner()).watch(true)
                .withoutMetrics().build()) {
            Path templates = Files.createDirectory(dir.resolve("templates"));
            String before = engine.rulesVersion();
            Thread.sleep(4 * RuleFileWatcher.SETTLE_MILLIS);

            Files.writeString(templates.resolve("scroll-to-continue.mustache"), "<div class=\"late\" id=\"{{slotId}}\"></div>\n");
            await(() -> engine.render(Article.of("a", ARTICLE), PAGE).html().contains("class=\"late\""),
                    "the template written into the new folder serves");
            assertThat(engine.rulesVersion()).isNotEqualTo(before);
        }
    }

    @Test
    @DisplayName("a base file in another (allowed) folder is watched: changing it reloads the rules")
    void extendsBaseInAnotherFolderIsWatched(@TempDir Path dir) throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path base = Files.writeString(shared.resolve("base.yaml"), "version: 1\nmax_slots_per_page: 3\n");
        Path site = Files.createDirectories(dir.resolve("site"));
        Path rules = Files.writeString(site.resolve("rules.yaml"), "version: 1\nextends: ../shared/base.yaml\n");
        try (AdSlotEngine engine = AdSlotEngine.builder().rules(rules).ruleFolders(shared).watch(true)
                .withoutMetrics().build()) {
            String before = engine.rulesVersion();

            Files.writeString(base, "version: 1\nmax_slots_per_page: 5\n");
            await(() -> !engine.rulesVersion().equals(before), "the changed base serves");
            assertThat(engine.status().rejectedReloads()).isZero();
        }
    }
}
