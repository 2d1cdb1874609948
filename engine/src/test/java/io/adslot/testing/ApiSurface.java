package io.adslot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The API a module promises: the public types of the packages its {@code module-info} exports to everyone
 * (and its OSGi manifest exports), which must be exactly those listed in {@code api/PACKAGE.txt} on the
 * test class path. Shared by the API surface tests of adslot-engine and adslot-guice, so that a new public
 * type is added to a list on purpose, where a reviewer sees it, and never becomes API by accident.
 */
public final class ApiSurface {

    private final Path classes;

    private ApiSurface(Path classes) {
        this.classes = classes;
    }

    /** The compiled classes (a folder: the module's {@code target/classes}) that {@code anchor} belongs to. */
    public static ApiSurface of(Class<?> anchor) {
        return new ApiSurface(ModuleClasses.of(anchor));
    }

    /** The module descriptor compiled from {@code module-info.java}. */
    public ModuleDescriptor descriptor() {
        return ModuleFinder.of(classes).findAll().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no module at " + classes)).descriptor();
    }

    /** The packages exported to every module (unqualified exports), sorted. */
    public List<String> exportedPackages() {
        return descriptor().exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .sorted().toList();
    }

    /** Fails unless the public types of {@code packageName} are exactly those of its API list. */
    public void assertPublicTypesListed(String packageName) {
        assertThat(publicTypes(packageName))
                .as("public types of %s; add a new one to src/test/resources/api/%s.txt if it is meant to be API,"
                        + " or make it package-private", packageName, packageName)
                .containsExactlyElementsOf(listed(packageName));
    }

    private TreeSet<String> publicTypes(String packageName) {
        Path folder = classes.resolve(packageName.replace('.', '/'));
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String simple = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(packageName + "." + simple, false, ApiSurface.class.getClassLoader());
                if (isPublicApi(type)) {
                    names.add(simple.replace('$', '.'));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
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

    private static List<String> listed(String packageName) {
        try (InputStream in = ApiSurface.class.getResourceAsStream("/api/" + packageName + ".txt")) {
            assertThat(in).as("api/%s.txt (the API list of an exported package)", packageName).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
