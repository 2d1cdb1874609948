package io.adslot.rules;

import java.util.List;

/**
 * The outcome of loading a rule file: the rule set when there were no errors, and every problem found.
 *
 * @param ruleSet  the loaded rules, or null when any problem is an error
 * @param problems all errors and warnings, in file order
 */
public record RuleLoadResult(RuleSet ruleSet, List<RuleProblem> problems) {

    public RuleLoadResult {
        problems = List.copyOf(problems);
    }

    /** True when the rules loaded (there may still be warnings). */
    public boolean ok() {
        return ruleSet != null;
    }

    public List<RuleProblem> errors() {
        return problems.stream().filter(p -> p.severity() == RuleProblem.Severity.ERROR).toList();
    }
}
