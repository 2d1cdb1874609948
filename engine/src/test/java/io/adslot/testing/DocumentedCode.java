package io.adslot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Code shown to users that a test runs: a documentation block marked {@code <!-- adslot:MARKER -->} above a
 * {@code ```java} fence must hold exactly the lines between {@code // readme:NAME} and {@code // readme:end}
 * in the test's source (indentation and blank lines aside), so the documented code is the code that runs.
 */
public final class DocumentedCode {

    private DocumentedCode() {
    }

    /** The project's root folder ({@code -Dadslot.projectRoot}, which every module's build sets). */
    public static Path projectRoot() {
        return Path.of(System.getProperty("adslot.projectRoot", "."));
    }

    /** The concatenated text of documentation files, relative to the project root. */
    public static String read(String... files) {
        StringBuilder text = new StringBuilder();
        for (String file : files) {
            try {
                text.append(Files.readString(projectRoot().resolve(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text.toString();
    }

    /** The sample article the documented code renders ({@code bodyHtml}): the demo's, bundled in the engine jar. */
    public static String sampleArticle() {
        try (InputStream in = DocumentedCode.class.getResourceAsStream("/adslot/samples/article.html")) {
            return new String(Objects.requireNonNull(in, "adslot/samples/article.html").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless every block of {@code doc} marked {@code marker} is the code marked {@code name} in {@code source}. */
    public static void assertShows(String doc, String marker, String source, String name) {
        assertThat(documentedBlocks(doc, marker)).allSatisfy(block ->
                assertThat(block).isEqualTo(markedCode(source, name)));
    }

    /** Every block of the documentation marked {@code marker} (the README and a guide may both show one). */
    private static List<List<String>> documentedBlocks(String doc, String marker) {
        List<List<String>> blocks = new ArrayList<>();
        for (int at = doc.indexOf(marker); at >= 0; at = doc.indexOf(marker, at + 1)) {
            int open = doc.indexOf("```java\n", at) + "```java\n".length();
            int close = doc.indexOf("```", open);
            blocks.add(lines(doc.substring(open, close)));
        }
        assertThat(blocks).as("documentation has a block marked " + marker).isNotEmpty();
        return blocks;
    }

    private static List<String> markedCode(String source, String name) {
        int open = source.indexOf("// readme:" + name + "\n");
        assertThat(open).as("source has a // readme:" + name + " marker").isNotNegative();
        open = source.indexOf('\n', open) + 1;
        int close = source.indexOf("// readme:end", open);
        return lines(source.substring(open, close));
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        String[] raw = text.split("\n");
        int indent = Integer.MAX_VALUE;
        for (String line : raw) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        for (String line : raw) {
            if (!line.isBlank()) {
                out.add(line.substring(indent).stripTrailing());
            }
        }
        return out;
    }
}
