package io.adslot.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.InvalidRulesException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Template depth, size and files are limited and reported as rule problems, never a StackOverflowError")
class TemplateLimitsTest {

    static String nested(int depth) {
        return "{{#a}}".repeat(depth) + "x" + "{{/a}}".repeat(depth);
    }

    @Test
    @DisplayName("5,000 nested sections are refused with the template, the line and what to do")
    void deepNestingIsRefused() {
        assertThatThrownBy(() -> SlotTemplates.of(Map.of("box", "<div>\n" + nested(5000))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("template box: sections nested more than 32 deep at line 2; flatten the template");
    }

    @Test
    @DisplayName("nesting up to the limit compiles")
    void nestingUpToTheLimitCompiles() {
        assertThat(SlotTemplates.of(Map.of("box", nested(TemplateLimits.MAX_DEPTH))).names()).containsExactly("box");
    }

    @Test
    @DisplayName("a template over the size limit is refused")
    void hugeTemplateIsRefused() {
        assertThatThrownBy(() -> SlotTemplates.of(Map.of("box", "x".repeat(TemplateLimits.MAX_CHARS + 1))))
                .hasMessageStartingWith("template box is too large: 65537 characters, at most 65536");
    }

    @Test
    @DisplayName("through the builder, a deeply nested template in templates/ fails build() with InvalidRulesException")
    void builderReportsARuleProblem(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), "version: 1\n");
        Path templates = Files.createDirectory(dir.resolve("templates"));
        Files.writeString(templates.resolve("box.mustache"), nested(5000));

        assertThatThrownBy(() -> AdSlotEngine.builder().rules(rules).withoutMetrics().build())
                .isInstanceOfSatisfying(InvalidRulesException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().contains("template box: sections nested more than 32 deep at line 1"));
    }

    @Test
    @DisplayName("a template that is a link out of the templates folder, or a FIFO, is refused by name")
    void linkOutOfTheFolderIsRefused(@TempDir Path dir) throws Exception {
        Path templates = Files.createDirectory(dir.resolve("templates"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "password");
        Files.createSymbolicLink(templates.resolve("box.mustache"), secret);

        assertThatThrownBy(() -> SlotTemplates.fromDirectory(templates))
                .hasMessageStartingWith("template templates/box.mustache links outside ");
    }
}
