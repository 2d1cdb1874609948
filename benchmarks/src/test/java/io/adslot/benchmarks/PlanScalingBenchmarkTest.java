package io.adslot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.rules.RuleLoadResult;
import io.adslot.rules.RuleLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanScalingBenchmarkTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 200})
    @DisplayName("The generated rule files load without problems and hold the asked number of placements")
    void generatedRulesLoad(int placements) {
        RuleLoadResult loaded = RuleLoader.parse(PlanScalingBenchmark.rulesWith(placements), "generated.yaml", null);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.ruleSet().placements()).hasSize(placements);
    }
}
