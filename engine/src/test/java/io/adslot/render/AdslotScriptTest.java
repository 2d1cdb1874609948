package io.adslot.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code adslot.js}, the optional client runtime: shipped as {@code rules/runtime/adslot.js} and in the jar
 * as {@code adslot/rules/runtime/adslot.js}, and small. What it does in a browser is tested by
 * {@link ServingInChromiumTest}.
 */
@Tag("databind") // reads the script's path from ServingInChromiumTest, whose set-up uses databind
@DisplayName("adslot.js is shipped in the jar and as a file, and stays under 8 KB")
class AdslotScriptTest {

    /** The promise made in docs/serving.md: under 8 KB minified. The file as shipped, comments and all, is held to it. */
    static final int MAX_BYTES = 8 * 1024;

    @Test
    @DisplayName("the shipped file, comments included, is under 8 KB, so any minified form is too")
    void underEightKilobytes() throws IOException {
        long bytes = Files.size(ServingInChromiumTest.runtime());
        int stripped = withoutCommentsAndIndentation(Files.readString(ServingInChromiumTest.runtime())).length();
        System.out.printf(Locale.ROOT, "adslot.js: %d bytes as shipped, %d without comments and indentation%n", bytes, stripped);
        assertThat(bytes).isLessThan(MAX_BYTES);
        assertThat(stripped).isLessThan((int) bytes);
    }

    @Test
    @DisplayName("the jar carries the same file as a resource")
    void bundledInTheJar() throws IOException {
        try (InputStream in = AdslotScriptTest.class.getClassLoader().getResourceAsStream("adslot/rules/runtime/adslot.js")) {
            assertThat(in).as("adslot/rules/runtime/adslot.js on the classpath").isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(ServingInChromiumTest.runtime()));
        }
    }

    @Test
    @DisplayName("it needs no other script: no import, require or external URL")
    void noDependencies() throws IOException {
        String source = withoutCommentsAndIndentation(Files.readString(ServingInChromiumTest.runtime()));
        assertThat(source).doesNotContain("import ", "require(", "http://", "https://");
    }

    /** Line comments, block comments and leading spaces dropped: a floor a real minifier goes below. */
    static String withoutCommentsAndIndentation(String js) {
        StringBuilder out = new StringBuilder();
        for (String line : js.replaceAll("(?s)/\\*.*?\\*/", "").split("\n")) {
            String code = line.strip();
            if (!code.isEmpty() && !code.startsWith("//")) {
                out.append(code).append('\n');
            }
        }
        return out.toString();
    }
}
