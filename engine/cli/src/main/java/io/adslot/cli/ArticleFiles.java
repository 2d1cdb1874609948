package io.adslot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The article files named on a tool's command line: files as given, folders walked in name order for
 * {@code *.html} / {@code *.htm} files (other files in a folder are reported as skipped, not read; hidden
 * files and folders are ignored). Missing paths are failures, so that a typo is not a silent empty run.
 */
final class ArticleFiles {

    /** One file to read, with the name reports use for it (relative to the folder argument's parent). */
    record Entry(Path path, String name) {
    }

    /** What the arguments named: files to read, and messages about the rest. */
    record Listing(List<Entry> files, List<String> failures, List<String> skipped) {
    }

    private ArticleFiles() {
    }

    static Listing list(List<String> arguments, Terminal terminal) {
        List<Entry> files = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String argument : arguments) {
            Path path = terminal.resolve(argument);
            if (Files.isDirectory(path)) {
                walk(path, argument, files, skipped, failures);
            } else if (Files.exists(path)) {
                files.add(new Entry(path, argument));
            } else {
                failures.add(argument + ": no such file or folder");
            }
        }
        return new Listing(files, failures, skipped);
    }

    private static void walk(Path folder, String argument, List<Entry> files, List<String> skipped, List<String> failures) {
        String prefix = argument.endsWith("/") ? argument : argument + "/";
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> sorted = paths.filter(p -> !p.equals(folder) && !hidden(folder.relativize(p)))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
            for (Path p : sorted) {
                String name = prefix + folder.relativize(p).toString().replace('\\', '/');
                if (isHtml(p)) {
                    files.add(new Entry(p, name));
                } else {
                    skipped.add(name + ": skipped, not an .html or .htm file");
                }
            }
        } catch (IOException | UncheckedIOException e) {
            failures.add(argument + ": cannot list folder: " + e.getMessage());
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static boolean isHtml(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }
}
