package io.adslot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema shipped for editors ({@code rules/schema/adslot-rules.schema.json}) agrees with the
 * engine: every shipped rule file and every valid fixture passes both, and files the engine rejects for
 * their shape are rejected by the schema too.
 */
@Tag("databind")
class RuleSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        Path file = Path.of(System.getProperty("adslot.projectRoot", ".."), "rules", "schema", "adslot-rules.schema.json");
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(json);
    }

    private static Set<ValidationMessage> schemaErrors(Path file) throws IOException {
        return schema.validate(YAML.readTree(file.toFile()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"default.yaml", "mobile-news.yaml", "long-form.yaml", "amp.yaml", "subscriber-aware.yaml", "whole-page.yaml"})
    @DisplayName("every shipped rule file passes the schema and the engine's own validation")
    void shippedFiles(String name) throws IOException {
        Path file = ShippedRuleSetsTest.shipped(name);
        assertThat(schemaErrors(file)).isEmpty();
        assertThat(RuleLoader.load(file, ShippedRuleSetsTest.SHIPPED_TEMPLATES).problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"features/candidates.yaml", "features/spacing.yaml", "features/avoid.yaml", "features/limits.yaml",
            "features/conditions.yaml", "features/slot.yaml", "features/layout.yaml", "features/defaults.yaml",
            "features/priorities.yaml", "features/serving.yaml", "variants/placement-variants.yaml", "variants/ruleset-variants.yaml",
            "extends/base.yaml", "extends/site.yaml"})
    @DisplayName("every feature fixture passes the schema")
    void featureFixtures(String name) throws IOException {
        assertThat(schemaErrors(RuleFixtures.path(name))).isEmpty();
        assertThat(RuleFixtures.load(name).errors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"errors/unknown-key.yaml", "errors/wrong-type.yaml", "errors/out-of-range.yaml",
            "errors/unknown-block-kind.yaml", "errors/many-errors.yaml", "errors/missing-version.yaml",
            "errors/device-value.yaml"})
    @DisplayName("files with shape errors fail the schema as they fail the engine")
    void shapeErrors(String name) throws IOException {
        assertThat(schemaErrors(RuleFixtures.path(name))).isNotEmpty();
        assertThat(RuleFixtures.load(name).ok()).isFalse();
    }
}
