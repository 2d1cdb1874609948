package io.adslot.inject;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the engine's rules come from, as a Guice binding a host can override: a file (optionally
 * watched for changes) or a classpath resource.
 *
 * @param file     the rule file, or null for a classpath resource
 * @param resource the classpath resource, or null for a file
 * @param watch    reload when the file (or its folder's templates) change
 */
public record RulesLocation(Path file, String resource, boolean watch) {

    /**
     * Checks that exactly one of file and resource is given.
     *
     * @param file     the rule file, or null
     * @param resource the resource, or null
     * @param watch    watch the file
     */
    public RulesLocation {
        if ((file == null) == (resource == null)) {
            throw new IllegalArgumentException("give either a rule file or a classpath resource");
        }
        if (watch && file == null) {
            throw new IllegalArgumentException("only a rule file can be watched, not classpath:" + resource);
        }
    }

    /**
     * The default rules bundled in the engine jar.
     *
     * @return the location
     */
    public static RulesLocation bundledDefault() {
        return new RulesLocation(null, "adslot/rules/default.yaml", false);
    }

    /**
     * A rule file, read once (and on explicit reloads).
     *
     * @param file the rule file
     * @return the location
     */
    public static RulesLocation file(Path file) {
        return new RulesLocation(Objects.requireNonNull(file, "file"), null, false);
    }

    /**
     * A rule file, watched for changes.
     *
     * @param file the rule file
     * @return the location
     */
    public static RulesLocation watchedFile(Path file) {
        return new RulesLocation(Objects.requireNonNull(file, "file"), null, true);
    }

    /**
     * A classpath resource.
     *
     * @param resource such as {@code adslot/rules/default.yaml}
     * @return the location
     */
    public static RulesLocation resource(String resource) {
        return new RulesLocation(null, Objects.requireNonNull(resource, "resource"), false);
    }
}
