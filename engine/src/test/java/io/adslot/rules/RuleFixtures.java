package io.adslot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Loads rule fixtures from {@code src/test/resources/rules/}, named relative to the engine module. */
final class RuleFixtures {

    static final Path ROOT = Path.of("src/test/resources/rules");
    static final Set<String> TEMPLATES = Set.of("scroll-to-continue", "amp", "native");

    private RuleFixtures() {
    }

    static Path path(String name) {
        return ROOT.resolve(name);
    }

    static RuleLoadResult load(String name) {
        return RuleLoader.load(path(name), TEMPLATES);
    }

    /** Loads a fixture that must load without any problem. */
    static RuleSet loadClean(String name) {
        RuleLoadResult result = load(name);
        assertThat(result.problems()).as("problems of %s", name).isEmpty();
        return result.ruleSet();
    }

    /** The problems of a fixture, formatted as the command line prints them. */
    static List<String> problems(String name) {
        return load(name).problems().stream().map(RuleProblem::format).toList();
    }

    static Placement placement(RuleSet rules, String id) {
        return rules.placements().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no placement " + id + " in " + rules.placements()));
    }
}
