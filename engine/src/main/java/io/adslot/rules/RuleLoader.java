package io.adslot.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads rule files (YAML) into validated {@link RuleSet}s, collecting every problem at once.
 *
 * <p>Loading never throws for bad input: unreadable files, YAML syntax errors, oversized documents,
 * wrong types, unknown names and contradictions all become {@link RuleProblem}s with file, line and
 * column. The steps: read the file and the files it {@code extends} into position-keeping trees
 * ({@link YamlTreeReader}), merge them ({@link TreeMerger}), convert and check every section
 * ({@link RuleSetBuilder}, {@link PlacementBuilder}, {@link ConditionBuilder}), and finally stamp the rule
 * set with a content hash as its version. The format is documented in {@code rules/README.md}.
 */
public final class RuleLoader {

    private RuleLoader() {
    }

    /**
     * Loads a rule file; templates are checked against {@code knownTemplates} (null skips that check;
     * see {@link KnownTemplates#forRuleFile(Path)}).
     */
    public static RuleLoadResult load(Path file, Set<String> knownTemplates) {
        return load(new RuleSource.FileSource(file), knownTemplates);
    }

    /**
     * Loads a rule file named {@code displayName} in problems (as the user typed it, for example relative
     * to a working directory other than the process's); files it extends are named alike.
     */
    public static RuleLoadResult load(Path file, String displayName, Set<String> knownTemplates) {
        return load(new RuleSource.FileSource(file, displayName, List.of()), knownTemplates);
    }

    /**
     * Loads a rule file whose {@code extends} may also name files in {@code extraFolders}, besides its own
     * folder and those below it.
     */
    public static RuleLoadResult load(Path file, String displayName, Set<String> knownTemplates, List<Path> extraFolders) {
        return load(new RuleSource.FileSource(file, displayName, extraFolders), knownTemplates);
    }

    /** Loads a rule file from the classpath, such as {@code adslot/rules/default.yaml}. */
    public static RuleLoadResult loadResource(String resource, Set<String> knownTemplates) {
        return load(new RuleSource.ClasspathSource(resource), knownTemplates);
    }

    /**
     * Parses rule text; {@code sourceName} is used in problems and, taken as a path, to resolve
     * {@code extends}. A null {@code knownTemplates} skips the template check.
     */
    public static RuleLoadResult parse(String yaml, String sourceName, Set<String> knownTemplates) {
        return load(new RuleSource.TextSource(yaml == null ? "" : yaml, sourceName == null ? "<rules>" : sourceName), knownTemplates);
    }

    private static RuleLoadResult load(RuleSource source, Set<String> knownTemplates) {
        ProblemCollector problems = new ProblemCollector();
        RuleSet rules = null;
        List<Path> filesRead = new ArrayList<>();
        try {
            YamlNode.Mapping tree = RuleDocuments.resolve(source, problems, filesRead);
            if (tree != null) {
                RuleSet unversioned = new RuleSetBuilder(problems, knownTemplates).build(tree, source.displayName());
                if (unversioned != null && !problems.hasErrors()) {
                    rules = withVersion(unversioned);
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours must still not escape as an exception for a user's file.
            problems.error(new SourcePosition(source.displayName(), 0, 0), "internal error while reading rules: " + e);
        }
        return new RuleLoadResult(problems.hasErrors() ? null : rules, problems.sorted(), filesRead);
    }

    private static RuleSet withVersion(RuleSet r) {
        return new RuleSet(RuleSetVersion.of(r), r.source(), r.scan(), r.layouts(), r.placements(), r.variants(),
                r.maxSlotsPerPage(), r.contextKeys(), r.overridable(), r.cache(), r.page());
    }
}
