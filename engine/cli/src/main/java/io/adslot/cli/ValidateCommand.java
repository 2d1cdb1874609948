package io.adslot.cli;

import io.adslot.rules.RuleLoadResult;
import io.adslot.rules.RuleProblem;
import io.adslot.rules.RuleSet;
import java.util.List;

/**
 * {@code adslot validate FILE...}: checks rule files without rendering anything. Every problem, errors and
 * warnings alike, goes to stderr as {@code file:line:col: message}; each valid file gets a one-line summary
 * on stdout. Templates are loaded as the engine loads them (the bundled ones plus the {@code *.mustache} files
 * in the {@code templates/} folder beside each rule file) and checked: a template that does not compile is an
 * error at its own {@code file:line:col}, a variable no slot provides a warning. Exit 1 when any file has an
 * error, 0 otherwise, 2 without arguments.
 */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check rule files and print every problem as file:line:col: message";
    }

    @Override
    public int run(List<String> args, Terminal terminal) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("no rule file given; usage: adslot validate FILE...");
        }
        for (String arg : args) {
            if (arg.startsWith("-")) {
                throw new UsageException("unknown option " + arg + "; usage: adslot validate FILE...");
            }
        }
        boolean anyError = false;
        for (String arg : args) {
            RuleLoadResult result = RuleFiles.check(arg, terminal);
            for (RuleProblem problem : result.problems()) {
                terminal.err().println(problem.format());
            }
            if (result.ok()) {
                terminal.out().println(arg + ": OK, " + summary(result));
            } else {
                anyError = true;
            }
        }
        return anyError ? 1 : 0;
    }

    private static String summary(RuleLoadResult result) {
        RuleSet rules = result.ruleSet();
        long warnings = result.problems().size();
        StringBuilder b = new StringBuilder();
        b.append(rules.placements().size()).append(rules.placements().size() == 1 ? " placement" : " placements");
        b.append(" (");
        for (int i = 0; i < rules.placements().size(); i++) {
            b.append(i == 0 ? "" : ", ").append(rules.placements().get(i).id());
        }
        b.append("), at most ").append(rules.maxSlotsPerPage()).append(" slots per page, version ").append(rules.version());
        if (warnings > 0) {
            b.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
        }
        return b.toString();
    }
}
