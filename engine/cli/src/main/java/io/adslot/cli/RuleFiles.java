package io.adslot.cli;

import io.adslot.render.SlotTemplates;
import io.adslot.render.TemplateLoadException;
import io.adslot.rules.KnownTemplates;
import io.adslot.rules.RuleLoadResult;
import io.adslot.rules.RuleLoader;
import io.adslot.rules.RuleProblem;
import io.adslot.rules.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Loads the rule file a tool was given with {@code --rules}, or the bundled default rules, reporting every
 * problem on stderr as {@code file:line:col: message} the way {@code adslot validate} does.
 */
final class RuleFiles {

    /** The rules used when no {@code --rules} is given. */
    static final String BUNDLED_DEFAULT = "adslot/rules/default.yaml";

    /** How the bundled default rules are named in reports. */
    static final String BUNDLED_NAME = "bundled default.yaml";

    private RuleFiles() {
    }

    /** A rule set with the name the user gave it. */
    record NamedRules(String name, RuleSet rules) {
    }

    /**
     * Loads {@code argument} (a path as typed, or null for the bundled defaults). Problems go to stderr,
     * warnings included.
     *
     * @return the rules, or null when they did not load (the caller exits 1)
     */
    static NamedRules load(String argument, Terminal terminal) {
        String name = argument == null ? BUNDLED_NAME : argument;
        if (argument != null && !Files.isRegularFile(terminal.resolve(argument))) {
            terminal.err().println(argument + (Files.exists(terminal.resolve(argument))
                    ? ": not a regular file (a folder, device or FIFO); name a rule file" : ": rule file not found"));
            return null;
        }
        RuleLoadResult result = check(argument, terminal);
        for (RuleProblem problem : result.problems()) {
            terminal.err().println(problem.format());
        }
        if (!result.ok()) {
            terminal.err().println(name + ": rules not usable (" + result.errors().size() + " error"
                    + (result.errors().size() == 1 ? "" : "s") + "); run adslot validate for details");
            return null;
        }
        return new NamedRules(name, result.ruleSet());
    }

    /**
     * Loads the templates and the rules of {@code argument} (a path as typed, or null for the bundled
     * defaults) as the engine does, without printing: the templates' problems come first, named as
     * {@code rules/templates/box.mustache:1:7}, then the rule file's. The rule set is null when either has
     * an error.
     */
    static RuleLoadResult check(String argument, Terminal terminal) {
        if (argument == null) {
            return withTemplates(loadTemplates(SlotTemplates::bundled),
                    names -> RuleLoader.loadResource(BUNDLED_DEFAULT, names));
        }
        Path file = terminal.resolve(argument);
        Path typedFolder = Path.of(argument).getParent();
        String shownAs = typedFolder == null ? "templates" : typedFolder.resolve("templates").toString();
        Path folder = file.toAbsolutePath().normalize().getParent().resolve("templates");
        return withTemplates(loadTemplates(() -> SlotTemplates.bundledWith(folder, shownAs)),
                names -> RuleLoader.load(file, argument, names.isEmpty() ? KnownTemplates.forRuleFile(file) : names));
    }

    /** The templates' names and problems; no names when they failed to load. */
    private record Templates(Set<String> names, List<RuleProblem> problems, boolean ok) {
    }

    private static Templates loadTemplates(Supplier<SlotTemplates> load) {
        try {
            SlotTemplates templates = load.get();
            return new Templates(templates.names(), templates.warnings(), true);
        } catch (TemplateLoadException e) {
            return new Templates(Set.of(), e.problems(), false);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            return new Templates(Set.of(), List.of(new RuleProblem("templates", 0, 0, RuleProblem.Severity.ERROR,
                    e.getMessage())), false);
        }
    }

    private static RuleLoadResult withTemplates(Templates templates, Function<Set<String>, RuleLoadResult> loadRules) {
        RuleLoadResult rules = loadRules.apply(templates.names());
        List<RuleProblem> problems = new ArrayList<>(templates.problems());
        problems.addAll(rules.problems());
        return new RuleLoadResult(templates.ok() ? rules.ruleSet() : null, problems);
    }
}
