package io.adslot.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A template author learns what a template can print from {@code rules/README.md}: every public field of
 * {@link SlotScope} and of the values in its lists is listed there, so a variable added to the scope without
 * a line in the reference fails here.
 */
@DisplayName("Every template variable is listed in rules/README.md")
class TemplateVariablesTest {

    @Test
    @DisplayName("each public field of the template scope, its sizes and its data attributes appears as {{name}} or {{#name}}")
    void everyVariableDocumented() throws IOException {
        String reference = Files.readString(Path.of(System.getProperty("adslot.projectRoot", ".."), "rules", "README.md"));
        List<String> missing = new ArrayList<>();
        for (Class<?> scope : List.of(SlotScope.class, SlotScope.Size.class, SlotScope.DataAttribute.class)) {
            for (Field field : scope.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isPublic(modifiers) || Modifier.isStatic(modifiers)) {
                    continue;
                }
                String name = field.getName();
                if (!reference.contains("{{" + name + "}}") && !reference.contains("{{#" + name + "}}")
                        && !reference.contains("{{" + name + ".")) {
                    missing.add(scope.getSimpleName() + "." + name);
                }
            }
        }
        assertThat(missing).as("template variables missing from rules/README.md").isEmpty();
    }
}
