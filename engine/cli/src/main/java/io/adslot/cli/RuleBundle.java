package io.adslot.cli;

import io.adslot.rules.KnownTemplates;
import io.adslot.rules.RuleLoadResult;
import io.adslot.rules.RuleLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A rule file as text, with the rule files and templates of its folder, so that a job can ship it to machines
 * that do not have the file: the Spark job's executors load the same rules the driver checked. Files are
 * taken from the rule file's folder and its subfolders (rule files it {@code extends}, {@code templates/});
 * a rule file that extends a file outside its folder is refused on the driver, where the user sees why.
 *
 * @param argument the rule file as the user typed it (its name in reports), or null for the bundled rules
 * @param main     the rule file's path inside {@code files}, with {@code /} separators
 * @param files    path inside the folder to text
 */
record RuleBundle(String argument, String main, Map<String, String> files) implements Serializable {

    /** A bundle larger than this is refused: a rule folder holds a few small text files. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final int MAX_DEPTH = 3;

    RuleBundle {
        files = files == null ? null : Map.copyOf(files);
    }

    /**
     * Bundles what {@code argument} (null for the bundled rules) names, after checking the rules as the command
     * line does: problems go to {@code terminal}'s stderr as {@code file:line:col: message}.
     *
     * @return the bundle, or null when the rules are not usable
     */
    static RuleBundle of(String argument, Terminal terminal) {
        RuleFiles.NamedRules checked = RuleFiles.load(argument, terminal);
        if (checked == null) {
            return null;
        }
        if (argument == null) {
            return new RuleBundle(null, null, null);
        }
        Path file = terminal.resolve(argument).toAbsolutePath().normalize();
        Path folder = file.getParent();
        Map<String, String> files = new TreeMap<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(RuleBundle::shipped).sorted().toList()) {
                String relative = folder.relativize(p).toString().replace('\\', '/');
                if (relative.startsWith(".") || relative.contains("/.")) {
                    continue;
                }
                total += Files.size(p);
                if (total > MAX_BYTES) {
                    terminal.err().println(argument + ": its folder holds more than " + ArticleFile.megabytes(MAX_BYTES)
                            + " of rule files and templates; put the rule file, the files it extends and its"
                            + " templates/ in a folder of their own");
                    return null;
                }
                files.put(relative, Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException | UncheckedIOException e) {
            terminal.err().println(argument + ": cannot read the rule file's folder: " + e.getMessage());
            return null;
        }
        RuleBundle bundle = new RuleBundle(argument, folder.relativize(file).toString().replace('\\', '/'), files);
        RuleFiles.NamedRules shipped = bundle.load(terminal.err());
        if (shipped == null || !shipped.rules().version().equals(checked.rules().version())) {
            terminal.err().println(argument + ": extends a rule file outside its folder, which the job cannot ship;"
                    + " put the rule file and the files it extends in one folder (subfolders are fine)");
            return null;
        }
        return bundle;
    }

    private static boolean shipped(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".mustache");
    }

    /**
     * Loads the rules from the bundle: the files are written to a new temporary folder (deleted when the JVM
     * exits), so that {@code extends} and {@code templates/} resolve as beside the original file.
     *
     * @return the rules, or null after printing the problems to {@code err}
     */
    RuleFiles.NamedRules load(PrintStream err) {
        if (files == null) {
            return RuleFiles.load(null, new Terminal(InputStream.nullInputStream(), err, err, Path.of("")));
        }
        try {
            Path folder = Files.createTempDirectory("adslot-rules-");
            folder.toFile().deleteOnExit();
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path target = folder.resolve(f.getKey()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IOException("bundled path outside the folder: " + f.getKey());
                }
                for (Path dir = target.getParent(); !dir.equals(folder); dir = dir.getParent()) {
                    dir.toFile().deleteOnExit();
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
                target.toFile().deleteOnExit();
            }
            Path file = folder.resolve(main);
            RuleLoadResult result = RuleLoader.load(file, argument, KnownTemplates.forRuleFile(file));
            if (!result.ok()) {
                result.problems().forEach(p -> err.println(p.format()));
                return null;
            }
            return new RuleFiles.NamedRules(argument, result.ruleSet());
        } catch (IOException e) {
            err.println(argument + ": cannot write the shipped rules to a temporary folder: " + e.getMessage());
            return null;
        }
    }
}
