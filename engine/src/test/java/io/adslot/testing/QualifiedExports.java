package io.adslot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that a module built on the engine (the command line, the benchmarks) uses only engine packages that
 * the engine's {@code module-info} exports to it by name: they run on the class path, where nothing enforces
 * the qualified exports, so a package used without being exported would break them on the module path only.
 */
public final class QualifiedExports {

    private static final Pattern ENGINE_PACKAGE = Pattern.compile("\\bio\\.adslot\\.([a-z]+)\\.[A-Z]");

    private QualifiedExports() {
    }

    /** Fails unless every {@code io.adslot.*} package named in {@code sources} (but {@code own}) is exported to {@code module}. */
    public static void assertEngineExportsTo(String module, String own, Path sources, ModuleDescriptor engine) {
        Set<String> used = usedPackages(sources);
        used.remove(own);
        Set<String> exported = new TreeSet<>();
        for (ModuleDescriptor.Exports export : engine.exports()) {
            if (!export.isQualified() || export.targets().contains(module)) {
                exported.add(export.source());
            }
        }
        assertThat(used).as("engine packages used by %s (%s); each needs 'exports PACKAGE to %s' in"
                + " engine/src/main/java/module-info.java", module, sources, module).isNotEmpty().isSubsetOf(exported);
    }

    private static Set<String> usedPackages(Path sources) {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = ENGINE_PACKAGE.matcher(Files.readString(file));
                while (m.find()) {
                    packages.add("io.adslot." + m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packages;
    }
}
