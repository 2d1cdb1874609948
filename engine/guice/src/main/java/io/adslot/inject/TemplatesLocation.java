package io.adslot.inject;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the slot templates come from, as a Guice binding a host can override: the templates bundled in
 * the engine jar, or a folder of {@code *.mustache} files.
 *
 * @param directory the folder, empty for the bundled templates
 */
public record TemplatesLocation(Optional<Path> directory) {

    /**
     * The templates bundled in the engine jar.
     *
     * @return the location
     */
    public static TemplatesLocation bundled() {
        return new TemplatesLocation(Optional.empty());
    }

    /**
     * A folder of {@code *.mustache} files.
     *
     * @param directory the folder
     * @return the location
     */
    public static TemplatesLocation directory(Path directory) {
        return new TemplatesLocation(Optional.of(directory));
    }
}
