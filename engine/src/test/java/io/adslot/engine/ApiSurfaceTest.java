package io.adslot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public API is what the OSGi manifest exports ({@code io.adslot.engine}, {@code io.adslot.inject}):
 * every public type there is a promise to users. A new one must be added on purpose to
 * {@code src/test/resources/api/PACKAGE.txt}, where a reviewer sees it, not appear by accident.
 */
@DisplayName("The exported packages hold exactly the public types listed in the checked-in API surface")
class ApiSurfaceTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"io.adslot.engine", "io.adslot.inject"})
    @DisplayName("the public types of an exported package are those of its API list")
    void publicTypesAreListed(String packageName) throws Exception {
        assertThat(publicTypes(packageName))
                .as("public types of %s; add a new one to src/test/resources/api/%s.txt if it is meant to be API,"
                        + " or make it package-private", packageName, packageName)
                .containsExactlyElementsOf(listed(packageName));
    }

    private static TreeSet<String> publicTypes(String packageName) throws IOException, ClassNotFoundException,
            URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(AdSlotEngine.class.getProtectionDomain().getCodeSource())
                .getLocation().toURI()).resolve(packageName.replace('.', '/'));
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String simple = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(packageName + "." + simple, false, ApiSurfaceTest.class.getClassLoader());
                if (isPublicApi(type)) {
                    names.add(simple.replace('$', '.'));
                }
            }
        }
        return names;
    }

    /** Public, and (for a nested type) reachable: every enclosing type public too; anonymous classes never. */
    private static boolean isPublicApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isSynthetic()) {
                return false;
            }
        }
        return !type.getSimpleName().equals("package-info");
    }

    private static List<String> listed(String packageName) throws IOException {
        try (InputStream in = ApiSurfaceTest.class.getResourceAsStream("/api/" + packageName + ".txt")) {
            assertThat(in).as("api/%s.txt", packageName).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        }
    }
}
