package io.adslot.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a module's compiled classes are ({@code target/classes}, or its jar when another module's tests run),
 * found from one of its classes.
 */
public final class ModuleClasses {

    private ModuleClasses() {
    }

    /** The folder (or jar) that {@code anchor} was loaded from. */
    public static Path of(Class<?> anchor) {
        try {
            return Path.of(Objects.requireNonNull(anchor.getProtectionDomain().getCodeSource()).getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
