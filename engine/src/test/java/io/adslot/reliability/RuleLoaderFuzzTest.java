package io.adslot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.adslot.rules.RuleLoadResult;
import io.adslot.rules.RuleLoader;
import io.adslot.rules.RuleProblem;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Coverage-guided fuzzing of the rule-file loader: {@link RuleLoader#parse} never throws for any text,
 * and answers either a rule set or at least one error, each error with a message.
 */
class RuleLoaderFuzzTest {

    private static final Set<String> TEMPLATES = Set.of("scroll-to-continue", "amp", "native");

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] input) {
        String yaml = new String(input, StandardCharsets.UTF_8);
        RuleLoadResult result = RuleLoader.parse(yaml, "fuzz.yaml", TEMPLATES);
        assertThat(result).isNotNull();
        if (result.ok()) {
            assertThat(result.errors()).isEmpty();
            assertThat(result.ruleSet().version()).isNotBlank();
        } else {
            assertThat(result.errors()).isNotEmpty();
        }
        for (RuleProblem problem : result.problems()) {
            assertThat(problem.message()).isNotBlank();
        }
    }
}
