package io.adslot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A rule set's version is a hash of its resolved content: equal content, equal version; any change, a new one. */
class RuleSetVersionTest {

    private static final String RULES = "version: 1\nplacements:\n  - { id: inline, candidates: { every: 3 }, max_slots: 2 }\n";

    private static String version(String yaml, String name) {
        RuleLoadResult result = RuleLoader.parse(yaml, name, null);
        assertThat(result.problems()).isEmpty();
        return result.ruleSet().version();
    }

    @Test
    @DisplayName("the same content gives the same version, whatever the file is called or how it is written")
    void sameContentSameVersion() {
        String written = "version: 1\nplacements:\n  - id: inline\n    max_slots: 2\n    candidates:\n      every: { first: 3, then: 3 }\n";
        assertThat(version(RULES, "a.yaml")).matches("[0-9a-f]{16}")
                .isEqualTo(version(RULES, "b.yaml"))
                .isEqualTo(version(written, "c.yaml"));
    }

    @Test
    @DisplayName("any change of a value gives a new version")
    void changeGivesNewVersion() {
        String base = version(RULES, "a.yaml");
        assertThat(version(RULES.replace("max_slots: 2", "max_slots: 3"), "a.yaml")).isNotEqualTo(base);
        assertThat(version(RULES.replace("every: 3", "every: 4"), "a.yaml")).isNotEqualTo(base);
        assertThat(version(RULES + "max_slots_per_page: 5\n", "a.yaml")).isNotEqualTo(base);
        assertThat(version(RULES + "layout: { mobile: { max_density: 0.25 } }\n", "a.yaml")).isNotEqualTo(base);
    }

    @Test
    @DisplayName("sets and maps are written sorted, so hash iteration order never changes the version")
    void canonicalOrder() {
        LinkedHashSet<String> ab = new LinkedHashSet<>(List.of("a", "b"));
        LinkedHashSet<String> ba = new LinkedHashSet<>(List.of("b", "a"));
        StringBuilder x = new StringBuilder();
        StringBuilder y = new StringBuilder();
        RuleSetVersion.write(List.of(ab, Map.of("k", 1, "j", 2)), x);
        RuleSetVersion.write(List.of(ba, new TreeMap<>(Map.of("j", 2, "k", 1))), y);
        assertThat(x.toString()).isEqualTo(y.toString()).isEqualTo("[<\"a\",\"b\">,{\"j\":2,\"k\":1,},]");
    }
}
