package io.adslot.rules;

import io.adslot.internal.BundledResources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which slot templates exist, so that the rule loader can reject a misspelled {@code slot.template}.
 * A rule file on disk uses the {@code *.mustache} files of the {@code templates/} folder beside it;
 * without such a folder, the templates bundled in the jar under {@code adslot/rules/templates/}.
 *
 * <p>A classpath folder cannot be listed portably (inside a jar there are no directories to read), so the
 * bundled templates are found by trying the names adslot ships, {@link #BUNDLED_NAMES}; a template added to
 * {@code rules/templates/} must be added there too.
 */
public final class KnownTemplates {

    /** The template names shipped in {@code rules/templates/}. */
    public static final List<String> BUNDLED_NAMES = List.of("scroll-to-continue", "amp", "native", "gpt", "prebid",
            "newsletter");

    private static final String BUNDLED_FOLDER = "adslot/rules/templates/";

    private KnownTemplates() {
    }

    /** The templates bundled in the jar (those of {@link #BUNDLED_NAMES} that are present). */
    public static Set<String> bundled() {
        Set<String> names = new TreeSet<>();
        for (String name : BUNDLED_NAMES) {
            if (BundledResources.exists(BUNDLED_FOLDER + name + ".mustache")) {
                names.add(name);
            }
        }
        return Set.copyOf(names);
    }

    /** Names of the {@code *.mustache} files directly in {@code folder}; empty when it cannot be listed. */
    public static Set<String> inFolder(Path folder) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".mustache") && n.length() > ".mustache".length())
                    .forEach(n -> names.add(n.substring(0, n.length() - ".mustache".length())));
        } catch (IOException e) {
            return Set.of();
        }
        return Set.copyOf(names);
    }

    /**
     * The templates a rule file can use, as the engine loads them: the bundled ones plus those in the
     * {@code templates/} folder beside it (a file there with a bundled name replaces that template).
     */
    public static Set<String> forRuleFile(Path ruleFile) {
        Set<String> names = new TreeSet<>(bundled());
        Path parent = ruleFile.toAbsolutePath().getParent();
        Path folder = parent == null ? null : parent.resolve("templates");
        if (folder != null && Files.isDirectory(folder)) {
            names.addAll(inFolder(folder));
        }
        return Set.copyOf(names);
    }
}
