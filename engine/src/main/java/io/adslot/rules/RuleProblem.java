package io.adslot.rules;

/**
 * One problem found in a rule file, with where it is and what to write instead.
 *
 * @param file     the file as the user named it
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param severity error (the rules are rejected) or warning (the rules load)
 * @param message  what is wrong and, where possible, what would be right
 */
public record RuleProblem(String file, int line, int column, Severity severity, String message) {

    /** Errors reject the rule set; warnings point at rules that can never fire and the like. */
    public enum Severity {
        ERROR,
        WARNING
    }

    /** {@code file:line:col: message}, with {@code warning: } before warnings' messages. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
