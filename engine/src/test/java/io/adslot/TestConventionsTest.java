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
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Guards the test suite itself. jqwik refuses a {@code @Property} that also carries a JUnit annotation
 * such as {@code @DisplayName}, and reports it as skipped, not failed: a property written that way
 * never runs and the build stays green. Properties take jqwik's {@code @Label} instead. And a property that
 * draws a fresh random sample in every build makes the build fail at random ({@link FixedSample}).
 */
@Tag("databind") // loads every test class, some of which name jackson-databind types (see engine/pom.xml)
class TestConventionsTest {

    @Test
    @DisplayName("No jqwik property carries a JUnit @DisplayName, which would make jqwik skip it")
    void propertiesHaveNoJUnitDisplayName() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Method> properties = properties();
        assertThat(properties).as("properties found").hasSizeGreaterThan(10);
        assertThat(properties.stream().filter(m -> m.isAnnotationPresent(DisplayName.class)).map(TestConventionsTest::name))
                .as("properties with @DisplayName (use net.jqwik.api.Label)").isEmpty();
    }

    @Test
    @DisplayName("Every jqwik property of the build draws the fixed sample; fresh samples only in exploration runs")
    void propertiesDrawTheFixedSample() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Method> properties = properties();
        assertThat(properties.stream()
                .filter(m -> !isExploration(m.getDeclaringClass()))
                .filter(m -> !m.getAnnotation(Property.class).seed().equals(FixedSample.SEED))
                .map(TestConventionsTest::name))
                .as("properties without seed = FixedSample.SEED (a build must not fail on a random draw)").isEmpty();
        assertThat(properties.stream().filter(m -> isExploration(m.getDeclaringClass())).map(TestConventionsTest::name))
                .as("exploration properties").isNotEmpty()
                .allSatisfy(name -> assertThat(name).contains("Exploration"));
    }

    private static boolean isExploration(Class<?> type) {
        AddLifecycleHook hook = type.getAnnotation(AddLifecycleHook.class);
        return hook != null && hook.value() == ExploreOnlyWhenAsked.class;
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "#" + method.getName();
    }

    /** Every method of the test classes that carries jqwik's {@code @Property}. */
    private static List<Method> properties() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(TestConventionsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Method> properties = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        TestConventionsTest.class.getClassLoader());
                for (Method method : type.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(Property.class)) {
                        properties.add(method);
                    }
                }
            }
        }
        return properties;
    }
}
