package io.adslot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.adslot.testing.ModuleClasses;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a JPMS host sees: a module that {@code requires io.adslot} reaches {@code io.adslot.engine} and
 * nothing else of the engine, and renders on the module path (bundled rules and templates found, Mustache
 * allowed to read the template scope). The consumer is compiled with the system Java compiler against the
 * engine's compiled module and its libraries, as a host's build would.
 */
@DisplayName("On the module path, a host module reads io.adslot.engine alone and renders with it")
class ModulePathTest {

    /** The libraries of the engine's module graph, by jar name (jackson-databind: see rendersOnTheModulePath). */
    private static final List<String> LIBRARIES = List.of("jackson-core-", "jackson-dataformat-yaml-",
            "jackson-databind-", "jackson-annotations-", "snakeyaml-", "caffeine-", "slf4j-api-", "compiler-");

    /** A host's class: renders the article named by its argument and prints degraded, slot count, reason. */
    private static final String RENDER = """
                package consumer;
                import io.adslot.engine.AdSlotEngine;
                import io.adslot.engine.Article;
                import io.adslot.engine.PageContext;
                import io.adslot.engine.RenderResult;
                public final class Render {
                    public static void main(String[] args) throws Exception {
                        String body = java.nio.file.Files.readString(java.nio.file.Path.of(args[0]));
                        RenderResult result = AdSlotEngine.builder().build().render(Article.of("a", "1", body),
                                PageContext.builder().device("mobile").section("news").build());
                        System.out.println(result.degraded() + " " + result.insertions().size() + " "
                                + result.failureReason().orElse("-"));
                    }
                }
                """;

    @TempDir
    Path work;

    @Test
    @DisplayName("a module requiring io.adslot compiles against io.adslot.engine")
    void apiIsReadable() throws IOException {
        Compilation compilation = compile(RENDER);

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.succeeded()).isTrue();
    }

    @Test
    @DisplayName("the internal packages (rules, placement, render...) are not visible to it")
    void internalsAreNotReadable() throws IOException {
        Compilation compilation = compile("""
                package consumer;
                public final class Render {
                    io.adslot.rules.RuleSet rules;
                    io.adslot.placement.Planner planner;
                }
                """);

        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.errors())
                .contains("package io.adslot.rules is not visible")
                .contains("package io.adslot.placement is not visible")
                .contains("declared in module io.adslot, which does not export it to module consumer");
    }

    /**
     * Runs in the json-checks execution: jackson-dataformat-yaml's module descriptor requires jackson-databind,
     * so a module-path host needs it there although the engine never loads it (docs/integration.md says so).
     */
    @Test
    @Tag("databind")
    @DisplayName("the host module renders slots into the sample article with the bundled rules and templates")
    void rendersOnTheModulePath() throws IOException, InterruptedException {
        assertThat(compile(RENDER).succeeded()).isTrue();
        Path article = work.resolve("article.html");
        try (InputStream in = Objects.requireNonNull(ModulePathTest.class.getResourceAsStream("/adslot/samples/article.html"))) {
            Files.write(article, in.readAllBytes());
        }
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath() + File.pathSeparator + work.resolve("out"),
                "--module", "consumer/consumer.Render", article.toString())
                .redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(java.exitValue()).as(output).isZero();
        assertThat(output.lines().reduce((first, second) -> second).orElse("")).as(output).matches("false [1-9]\\d* -");
    }

    private Compilation compile(String renderClass) throws IOException {
        Path src = work.resolve("src/consumer");
        Files.createDirectories(src);
        Files.writeString(work.resolve("src/module-info.java"), "module consumer { requires io.adslot; }\n");
        Files.writeString(src.resolve("Render.java"), renderClass);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Path noClassPath = Files.createDirectories(work.resolve("empty"));
        int code = javac.run(null, null, errors, "--release", "17", "-d", work.resolve("out").toString(),
                "--class-path", noClassPath.toString(), "--module-path", modulePath(),
                work.resolve("src/module-info.java").toString(), src.resolve("Render.java").toString());
        return new Compilation(code == 0, errors.toString(StandardCharsets.UTF_8));
    }

    /** The engine's compiled module and the libraries of its module graph found on the test class path. */
    private static String modulePath() {
        List<String> entries = new ArrayList<>();
        entries.add(ModuleClasses.of(AdSlotEngine.class).toString());
        try (Stream<String> classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))) {
            classPath.filter(entry -> LIBRARIES.stream().anyMatch(name -> Path.of(entry).getFileName().toString().startsWith(name)))
                    .filter(entry -> !entry.contains("/compiler/") || entry.contains("mustache"))
                    .forEach(entries::add);
        }
        return String.join(File.pathSeparator, entries);
    }

    private record Compilation(boolean succeeded, String errors) {
    }
}
