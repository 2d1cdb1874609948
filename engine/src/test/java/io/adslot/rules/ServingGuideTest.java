package io.adslot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule file that {@code docs/serving.md} tells a publisher to write loads as written. */
@DisplayName("docs/serving.md: the guide's rule file loads")
class ServingGuideTest {

    @Test
    @DisplayName("rules/my-site.yaml from step 1, beside the shipped default.yaml, loads without a problem and serves through gpt")
    void guideRuleFileLoads(@TempDir Path dir) throws IOException {
        Path root = Path.of(System.getProperty("adslot.projectRoot", ".."));
        String guide = Files.readString(root.resolve("docs/serving.md"));
        int start = guide.indexOf("```yaml\n# rules/my-site.yaml");
        assertThat(start).as("the guide's first rule file").isNotNegative();
        String yaml = guide.substring(guide.indexOf('\n', start) + 1, guide.indexOf("```", start + 7));
        Files.writeString(dir.resolve("my-site.yaml"), yaml);
        Files.copy(root.resolve("rules/default.yaml"), dir.resolve("default.yaml"));

        RuleLoadResult result = RuleLoader.load(dir.resolve("my-site.yaml"), ShippedRuleSetsTest.SHIPPED_TEMPLATES);

        assertThat(result.problems()).isEmpty();
        SlotSpec slot = result.ruleSet().placements().get(0).slot();
        assertThat(slot.template()).isEqualTo("gpt");
        assertThat(slot.serving().viewports()).hasSize(2);
        assertThat(slot.serving().targetingKeys()).containsExactly("section", "tags");
        assertThat(slot.sizes()).as("the default's per-device sizes stay").containsKeys("mobile", "desktop");
    }
}
