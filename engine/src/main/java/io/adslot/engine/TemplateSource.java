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

    static TemplateSource directory(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        return new TemplateSource() {
            @Override
            public SlotTemplates load() {
                return SlotTemplates.fromDirectory(absolute);
            }

            @Override
            public List<Path> watchDirectories() {
                return List.of(absolute);
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
