package io.adslot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KnownTemplatesTest {

    private static final Path BESIDE = RuleFixtures.path("templates-beside");

    @Test
    @DisplayName("a rule file's templates are the bundled ones plus the *.mustache files in templates/ beside it")
    void templatesBesideTheFile() {
        assertThat(KnownTemplates.inFolder(BESIDE.resolve("templates"))).containsExactly("house");
        assertThat(KnownTemplates.forRuleFile(BESIDE.resolve("rules.yaml")))
                .containsExactlyInAnyOrder("house", "scroll-to-continue", "amp", "native", "gpt", "prebid", "newsletter");
    }

    @Test
    @DisplayName("without a templates/ folder beside the file, the bundled templates are used")
    void bundledOtherwise() {
        assertThat(KnownTemplates.forRuleFile(RuleFixtures.path("features/slot.yaml"))).isEqualTo(KnownTemplates.bundled());
        assertThat(KnownTemplates.bundled()).isSubsetOf(KnownTemplates.BUNDLED_NAMES);
    }

    @Test
    @DisplayName("a folder that cannot be listed has no templates")
    void missingFolder() {
        assertThat(KnownTemplates.inFolder(BESIDE.resolve("no-such-folder"))).isEmpty();
    }
}
