package io.adslot.engine;

import io.adslot.rules.RuleProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules (or templates) could not be loaded: thrown by {@link AdSlotEngine.Builder#build()} and
 * {@link AdSlotEngine#reload()}. After a failed reload the engine keeps serving its last good rules.
 */
public final class InvalidRulesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    InvalidRulesException(String source, List<RuleProblem> problems) {
        super(message(source, problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, in file order, each as {@code file:line:col: message} with what to write instead.
     *
     * @return the problems (errors and warnings)
     */
    public List<RuleProblem> problems() {
        return problems;
    }

    private static String message(String source, List<RuleProblem> problems) {
        long errors = problems.stream().filter(p -> p.severity() == RuleProblem.Severity.ERROR).count();
        return "invalid rules in " + source + " (" + errors + " error" + (errors == 1 ? "" : "s") + "):\n"
                + problems.stream().map(RuleProblem::format).collect(Collectors.joining("\n"));
    }
}
