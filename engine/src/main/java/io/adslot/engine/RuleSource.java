package io.adslot.engine;

import io.adslot.rules.RuleLoadResult;
import io.adslot.rules.RuleLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Where an engine's rules come from; read again on every reload. A seam: tests supply rule sets built in code. */
interface RuleSource {

    /** Loads the rules, checking template names against {@code knownTemplates}. */
    RuleLoadResult load(Set<String> knownTemplates);

    /** For messages. */
    String describe();

    /** Folders to watch for changes; empty when the rules cannot change (classpath). */
    List<Path> watchDirectories();

    /** A rule file; {@code extends} may also reach {@code extraFolders} (read at each load: the builder may add more). */
    static RuleSource file(Path file, List<Path> extraFolders) {
        Path absolute = file.toAbsolutePath().normalize();
        return new RuleSource() {
            @Override
            public RuleLoadResult load(Set<String> knownTemplates) {
                return RuleLoader.load(file, file.toString(), knownTemplates, List.copyOf(extraFolders));
            }

            @Override
            public String describe() {
                return file.toString();
            }

            @Override
            public List<Path> watchDirectories() {
                Path parent = absolute.getParent();
                return parent == null ? List.of() : List.of(parent);
            }
        };
    }

    static RuleSource resource(String resource) {
        return new RuleSource() {
            @Override
            public RuleLoadResult load(Set<String> knownTemplates) {
                return RuleLoader.loadResource(resource, knownTemplates);
            }

            @Override
            public String describe() {
                return "classpath:" + resource;
            }

            @Override
            public List<Path> watchDirectories() {
                return List.of();
            }
        };
    }
}
