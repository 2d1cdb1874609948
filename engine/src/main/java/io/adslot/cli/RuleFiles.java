package io.adslot.cli;

import io.adslot.rules.KnownTemplates;
import io.adslot.rules.RuleLoadResult;
import io.adslot.rules.RuleLoader;
import io.adslot.rules.RuleProblem;
import io.adslot.rules.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;

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
        RuleLoadResult result;
        String name;
        if (argument == null) {
            name = BUNDLED_NAME;
            result = RuleLoader.loadResource(BUNDLED_DEFAULT, KnownTemplates.bundled());
        } else {
            name = argument;
            Path file = terminal.resolve(argument);
            if (!Files.isRegularFile(file)) {
                terminal.err().println(argument + (Files.exists(file)
                        ? ": not a regular file (a folder, device or FIFO); name a rule file" : ": rule file not found"));
                return null;
            }
            result = RuleLoader.load(file, argument, KnownTemplates.forRuleFile(file));
        }
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
}
