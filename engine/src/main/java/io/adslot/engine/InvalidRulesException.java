package io.adslot.engine;

import io.adslot.rules.RuleProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules (or templates) could not be loaded: thrown by {@link AdSlotEngine.Builder#build()} and
 * {@link AdSlotEngine#reload()}. After a failed reload the engine keeps serving its last good rules.
 * The message lists every problem as {@code file:line:col: message}.
 */
public final class InvalidRulesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    InvalidRulesException(String source, List<RuleProblem> ruleProblems) {
        super(message(source, ruleProblems));
        this.problems = ruleProblems.stream().map(Problem::of).toList();
    }

    /**
     * Every problem found, in file order.
     *
     * @return the problems (errors and warnings)
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(String source, List<RuleProblem> problems) {
        long errors = problems.stream().filter(p -> p.severity() == RuleProblem.Severity.ERROR).count();
        return "invalid rules in " + source + " (" + errors + " error" + (errors == 1 ? "" : "s") + "):\n"
                + problems.stream().map(RuleProblem::format).collect(Collectors.joining("\n"));
    }

    /**
     * One problem in a rule file, with where it is and what to write instead.
     *
     * @param file    the file as the host named it
     * @param line    1-based line, 0 when unknown
     * @param column  1-based column, 0 when unknown
     * @param error   true for an error (the rules were rejected), false for a warning
     * @param message what is wrong and, where possible, what would be right
     */
    public record Problem(String file, int line, int column, boolean error, String message) {

        static Problem of(RuleProblem p) {
            return new Problem(p.file(), p.line(), p.column(), p.severity() == RuleProblem.Severity.ERROR, p.message());
        }

        /**
         * The problem as a compiler would print it.
         *
         * @return {@code file:line:col: message}, with {@code warning: } before a warning's message
         */
        public String format() {
            return file + ":" + line + ":" + column + ": " + (error ? "" : "warning: ") + message;
        }

        @Override
        public String toString() {
            return format();
        }
    }
}
