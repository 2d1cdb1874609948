package io.adslot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule file shipped in {@code rules/} loads without errors or warnings. */
class ShippedRuleSetsTest {

    static final Set<String> SHIPPED_TEMPLATES = Set.copyOf(KnownTemplates.BUNDLED_NAMES);

    static Path shipped(String name) {
        return Path.of(System.getProperty("adslot.projectRoot", ".."), "rules", name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"default.yaml", "mobile-news.yaml", "long-form.yaml", "amp.yaml", "subscriber-aware.yaml"})
    void loadsCleanly(String file) {
        RuleLoadResult result = RuleLoader.load(shipped(file), SHIPPED_TEMPLATES);
        assertThat(result.problems()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.ruleSet().placements()).isNotEmpty();
        assertThat(result.ruleSet().version()).hasSize(16);
    }
}
