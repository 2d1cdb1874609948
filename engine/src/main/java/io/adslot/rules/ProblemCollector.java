package io.adslot.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers every problem found while loading, so that a person sees all of them at once. The same problem
 * found twice (a {@code defaults} value checked once per placement that inherits it) is kept once. A file
 * with absurdly many problems is cut off after {@link #MAX_PROBLEMS}, with a last problem saying so.
 */
final class ProblemCollector {

    static final int MAX_PROBLEMS = 500;

    private final Set<RuleProblem> problems = new LinkedHashSet<>();
    /** Files in the order they were first mentioned, to keep problems grouped by file. */
    private final Map<String, Integer> fileOrder = new LinkedHashMap<>();
    private boolean hasErrors;
    private boolean truncated;

    void error(SourcePosition at, String message) {
        add(at, RuleProblem.Severity.ERROR, message);
    }

    void warning(SourcePosition at, String message) {
        add(at, RuleProblem.Severity.WARNING, message);
    }

    /** Registers a file so that its problems sort after those of files registered earlier. */
    void registerFile(String file) {
        fileOrder.putIfAbsent(file, fileOrder.size());
    }

    private void add(SourcePosition at, RuleProblem.Severity severity, String message) {
        hasErrors |= severity == RuleProblem.Severity.ERROR;
        if (problems.size() >= MAX_PROBLEMS) {
            truncated = true;
            return;
        }
        registerFile(at.file());
        problems.add(new RuleProblem(at.file(), at.line(), at.column(), severity, message));
    }

    boolean hasErrors() {
        return hasErrors;
    }

    /** All problems, by file (in the order files were met), then line and column; stable otherwise. */
    List<RuleProblem> sorted() {
        List<RuleProblem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.<RuleProblem>comparingInt(p -> fileOrder.getOrDefault(p.file(), Integer.MAX_VALUE))
                .thenComparingInt(RuleProblem::line)
                .thenComparingInt(RuleProblem::column));
        if (truncated) {
            RuleProblem last = copy.get(copy.size() - 1);
            copy.add(new RuleProblem(last.file(), last.line(), last.column(), RuleProblem.Severity.ERROR,
                    "more than " + MAX_PROBLEMS + " problems; fix these first, then validate again"));
        }
        return copy;
    }
}
