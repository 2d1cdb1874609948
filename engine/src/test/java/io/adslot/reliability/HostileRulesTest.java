package io.adslot.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.InvalidRulesException;
import io.adslot.engine.RenderResult;
import io.adslot.rules.RuleLoadResult;
import io.adslot.rules.RuleLoader;
import io.adslot.rules.RuleProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile rule files: each is answered with a clear error (file:line:col and what is wrong) or loads,
 * and never crashes, hangs or exhausts memory.
 */
@DisplayName("Hostile rule files")
class HostileRulesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final Set<String> TEMPLATES = Set.of("scroll-to-continue", "amp", "native");

    private static RuleLoadResult parse(String yaml) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> RuleLoader.parse(yaml, "hostile.yaml", TEMPLATES));
    }

    private static void assertClearErrors(RuleLoadResult result) {
        assertThat(result.ok()).as("%s", result.problems()).isFalse();
        assertThat(result.errors()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("hostile.yaml");
            assertThat(problem.message()).isNotBlank();
            assertThat(problem.format()).startsWith("hostile.yaml:");
        });
    }

    @Test
    @DisplayName("an alias bomb (a billion laughs) is refused with an error, quickly")
    void aliasBomb() {
        StringBuilder yaml = new StringBuilder("version: 1\na0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            String prev = "*a" + (i - 1);
            yaml.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, prev))).append("]\n");
        }
        yaml.append("placements:\n  - id: inline\n    candidates: { every: 2 }\n    data: *a9\n");
        assertClearErrors(parse(yaml.toString()));
    }

    @Test
    @DisplayName("10,000 placements load (or are refused clearly) and an engine with them renders")
    void tenThousandPlacements(@TempDir Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder("version: 1\nmax_slots_per_page: 5\nplacements:\n");
        for (int i = 0; i < 10_000; i++) {
            yaml.append("  - { id: p").append(i).append(", priority: ").append(i % 100)
                    .append(", candidates: { every: ").append(1 + i % 7).append(" } }\n");
        }
        RuleLoadResult result = parse(yaml.toString());
        if (!result.ok()) {
            assertClearErrors(result);
            return;
        }
        Path rules = dir.resolve("many.yaml");
        Files.writeString(rules, yaml);
        try (AdSlotEngine engine = AdSlotEngine.builder().rules(rules).withoutMetrics().build()) {
            String html = ("<p>" + "word ".repeat(40) + "</p>\n").repeat(200);
            RenderResult rendered = assertTimeoutPreemptively(HANG_GUARD,
                    () -> engine.render(Article.of("a", html), Engines.mobile()));
            assertThat(rendered.degraded()).isFalse();
            assertThat(rendered.insertions()).hasSizeLessThanOrEqualTo(5);
            assertThat(PreservationCheck.violation(html, rendered.html(), Engines.splices(rendered))).isEmpty();
        }
    }

    @Test
    @DisplayName("absurd numbers (negative, huge, NaN, infinite, fractional) each get an error at their place")
    void absurdNumbers() {
        String yaml = """
                version: 1
                max_slots_per_page: -1
                layout:
                  mobile: { max_density: .nan, line_height: 99999999999999999999999 }
                  desktop: { max_density: -.inf, chars_per_line: 0.5 }
                placements:
                  - id: inline
                    priority: 1e400
                    max_slots: -3
                    candidates: { every: { first: -1, then: 0 }, at_percent: [-5, 101, 1e9] }
                    spacing: { between: { words: 99999999999999999999 }, grow: { factor: .nan } }
                """;
        RuleLoadResult result = parse(yaml);
        assertClearErrors(result);
        assertThat(result.errors()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(result.errors()).allSatisfy(p -> assertThat(p.line()).isGreaterThan(1));
    }

    @Test
    @DisplayName("wrong types everywhere each get an error at their place")
    void wrongTypesEverywhere() {
        String yaml = """
                version: [1]
                max_slots_per_page: "many"
                layout: 7
                atomic: { not: a list }
                cache: "yes"
                defaults: []
                placements:
                  - id: [inline]
                    kind: 3
                    priority: high
                    candidates: "every paragraph"
                    spacing: [1, 2]
                    avoid: true
                    slot: { template: 42, sizes: "big", lazy: maybe }
                  - "not a placement"
                  - 17
                """;
        RuleLoadResult result = parse(yaml);
        assertClearErrors(result);
        assertThat(result.errors()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(result.errors()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    @DisplayName("not YAML at all, binary, deep nesting, a huge document: errors, no crash")
    void notYaml() {
        for (String yaml : new String[] {"", "\u0000\u0001\u0002", "{{{{{{{{", "[".repeat(100_000), "- ".repeat(50_000) + "x",
                "version: 1\n" + "k: \"" + "x".repeat(5_000_000) + "\"\n", "version: 1\nplacements: !!python/object:os.system [ls]\n",
                "\uFEFFversion: 1\nplacements: [ { id: \"\uD800\" } ]\n"}) {
            RuleLoadResult result = parse(yaml);
            assertThat(result.ok()).as("%.40s", yaml).isFalse();
            assertThat(result.errors()).as("%.40s", yaml).isNotEmpty();
        }
    }

    @Test
    @DisplayName("an engine built on an invalid file fails at build time with the errors, never at render time")
    void invalidRulesFailTheBuild(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("bad.yaml");
        Files.writeString(rules, "version: 1\nmax_slots_per_page: -1\n");
        Assertions.assertThatThrownBy(() -> AdSlotEngine.builder().rules(rules).withoutMetrics().build())
                .isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("bad.yaml:2:");
    }
}
