package io.adslot.engine;

import io.adslot.render.SlotTemplates;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** Where an engine's slot templates come from; read and compiled again on every reload. */
interface TemplateSource {

    SlotTemplates load();

    /** Folders to watch for changes; empty when the templates cannot change. */
    List<Path> watchDirectories();

    static TemplateSource bundled() {
        return of(SlotTemplates::bundled);
    }

    /** The bundled templates, with a folder's templates added or replacing bundled ones of the same name. */
    static TemplateSource directory(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        return new TemplateSource() {
            @Override
            public SlotTemplates load() {
                return SlotTemplates.bundledWith(absolute);
            }

            @Override
            public List<Path> watchDirectories() {
                return List.of(absolute);
            }
        };
    }

    /**
     * The bundled templates plus those of the {@code templates/} folder beside a rule file, as the rule
     * format describes; the folder is watched even before it exists (through its parent, the rules folder).
     */
    static TemplateSource besideRules(Path rulesFile) {
        Path parent = rulesFile.toAbsolutePath().normalize().getParent();
        Path dir = parent == null ? Path.of("templates") : parent.resolve("templates");
        return new TemplateSource() {
            @Override
            public SlotTemplates load() {
                return SlotTemplates.bundledWith(dir);
            }

            @Override
            public List<Path> watchDirectories() {
                return java.nio.file.Files.isDirectory(dir) ? List.of(dir) : List.of();
            }
        };
    }

    /** Templates from code; for tests. */
    static TemplateSource of(Supplier<SlotTemplates> supplier) {
        return new TemplateSource() {
            @Override
            public SlotTemplates load() {
                return supplier.get();
            }

            @Override
            public List<Path> watchDirectories() {
                return List.of();
            }
        };
    }
}
