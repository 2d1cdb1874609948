package io.adslot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

@DisplayName("Every tool loads the templates as the engine does and names a broken one by file and line")
class TemplateProblemsTest {

    private static final Path RULES = Path.of("src/test/resources/rules").toAbsolutePath();

    private static CliRun run(String tool, String rules) {
        return switch (tool) {
            case "validate" -> CliRun.run(RULES, "validate", rules);
            case "preview" -> CliRun.run(RULES, "preview", "--rules", rules, "-o", "never-written.html",
                    "../cli/articles/harbour.html");
            default -> CliRun.run(RULES, tool, "--rules", rules, "../cli/articles/harbour.html");
        };
    }

    @ParameterizedTest(name = "adslot {0}")
    @ValueSource(strings = {"validate", "explain", "preview", "simulate", "render"})
    @DisplayName("a template that does not compile fails the tool with templates/box.mustache:line:col")
    void brokenTemplate(String tool) {
        CliRun run = run(tool, "cli/broken-template/rules.yaml");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("cli/broken-template/templates/box.mustache:2:3: template does not compile:"
                + " Failed to close 'sizes' tag");
        assertThat(run.out()).doesNotContain("OK");
        assertThat(RULES.resolve("never-written.html")).doesNotExist();
    }

    @ParameterizedTest(name = "adslot {0}")
    @ValueSource(strings = {"validate", "explain", "simulate"})
    @DisplayName("a context value printed unescaped ({{{context.x}}} or {{&context.x}}) is a load error at its tag")
    void rawContext(String tool) {
        CliRun run = run(tool, "cli/raw-context/rules.yaml");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(
                "cli/raw-context/templates/box.mustache:1:32: \"{{{context.section}}}\" prints a page's context value"
                        + " unescaped, so a reader-controlled value could write markup; write {{context.section}},"
                        + " which escapes it",
                "cli/raw-context/templates/box.mustache:2:9: \"{{&context.tag}}\" prints");
    }

    @Test
    @DisplayName("a variable no slot provides is a warning with a suggestion, and the rules still validate")
    void unknownVariable() {
        CliRun run = run("validate", "cli/unknown-variable/rules.yaml");

        assertThat(run.code()).isZero();
        assertThat(run.err().lines()).satisfiesExactly(
                hieght -> assertThat(hieght).isEqualTo("cli/unknown-variable/templates/box.mustache:1:32: warning:"
                        + " no slot provides \"hieght\", so {{hieght}} is always empty; did you mean \"height\"?"),
                unknown -> assertThat(unknown).startsWith("cli/unknown-variable/templates/box.mustache:1:46: warning:"
                                + " no slot provides \"doesNotExist\", so {{doesNotExist}} is always empty;"
                                + " a template can use adUnit, ")
                        .contains(", height, ", ", sizes, ", ", variant, ").endsWith(", width"));
        assertThat(run.out()).contains("OK").contains("2 warnings");
    }
}
