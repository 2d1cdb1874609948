package io.adslot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Guards the test suite itself. jqwik refuses a {@code @Property} that also carries a JUnit annotation
 * such as {@code @DisplayName}, and reports it as skipped, not failed: a property written that way
 * never runs and the build stays green. Properties take jqwik's {@code @Label} instead.
 */
@Tag("databind") // loads every test class, some of which name jackson-databind types (see engine/pom.xml)
class TestConventionsTest {

    @Test
    @DisplayName("No jqwik property carries a JUnit @DisplayName, which would make jqwik skip it")
    void propertiesHaveNoJUnitDisplayName() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(TestConventionsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> offenders = new ArrayList<>();
        int properties = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        TestConventionsTest.class.getClassLoader());
                for (Method method : type.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(Property.class)) {
                        properties++;
                        if (method.isAnnotationPresent(DisplayName.class)) {
                            offenders.add(type.getSimpleName() + "#" + method.getName());
                        }
                    }
                }
            }
        }
        assertThat(properties).as("properties found under " + root).isGreaterThan(10);
        assertThat(offenders).as("properties with @DisplayName (use net.jqwik.api.Label)").isEmpty();
    }
}
