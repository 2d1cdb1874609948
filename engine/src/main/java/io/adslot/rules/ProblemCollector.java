package io.adslot.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gathers every problem found while loading, so that a person sees all of them at once. */
final class ProblemCollector {

    private final List<RuleProblem> problems = new ArrayList<>();
    /** Files in the order they were first mentioned, to keep problems grouped by file. */
    private final Map<String, Integer> fileOrder = new LinkedHashMap<>();

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
        registerFile(at.file());
        RuleProblem p = new RuleProblem(at.file(), at.line(), at.column(), severity, message);
        if (!problems.contains(p)) {
            problems.add(p);
        }
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == RuleProblem.Severity.ERROR);
    }

    /** All problems, by file (in the order files were met), then line and column; stable otherwise. */
    List<RuleProblem> sorted() {
        List<RuleProblem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.<RuleProblem>comparingInt(p -> fileOrder.getOrDefault(p.file(), Integer.MAX_VALUE))
                .thenComparingInt(RuleProblem::line)
                .thenComparingInt(RuleProblem::column));
        return copy;
    }
}
