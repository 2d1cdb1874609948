package io.adslot.render;

import io.adslot.rules.RuleProblem;
import java.util.List;

/**
 * Slot templates that cannot serve: one of them does not compile, or prints a page's context value
 * unescaped. Carries every problem found (warnings included) as {@code file:line:col: message}, so that
 * the engine and the command line report them the way they report rule problems.
 */
public final class TemplateLoadException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    TemplateLoadException(String origin, List<RuleProblem> problems) {
        super("templates in " + origin + " failed to load: " + problems.stream()
                .filter(p -> p.severity() == RuleProblem.Severity.ERROR).findFirst().orElse(problems.get(0)).format()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, errors and warnings, in template order. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
