package io.adslot.rules;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of loading a rule file: the rule set when there were no errors, and every problem found.
 *
 * @param ruleSet  the loaded rules, or null when any problem is an error
 * @param problems all errors and warnings, in file order
 * @param filesRead the rule files on disk that were read: the file itself and the bases it extends, so
 *                  that a watcher can watch their folders too
 */
public record RuleLoadResult(RuleSet ruleSet, List<RuleProblem> problems, List<Path> filesRead) {

    public RuleLoadResult {
        problems = List.copyOf(problems);
        filesRead = List.copyOf(filesRead);
    }

    /** A result that read no file on disk (rules from text or the classpath). */
    public RuleLoadResult(RuleSet ruleSet, List<RuleProblem> problems) {
        this(ruleSet, problems, List.of());
    }

    /** True when the rules loaded (there may still be warnings). */
    public boolean ok() {
        return ruleSet != null;
    }

    public List<RuleProblem> errors() {
        return problems.stream().filter(p -> p.severity() == RuleProblem.Severity.ERROR).toList();
    }
}
