package io.adslot.engine;

import java.time.Instant;
import java.util.List;

/**
 * What one reload of the rules and templates did, for a host's {@link ReloadListener} and health checks:
 * accepted (the new rules serve) or rejected (the last good rules keep serving, and {@code problems} says
 * why, as {@code file:line:col: message}).
 *
 * @param accepted     true when the new rules and templates were swapped in
 * @param rulesVersion the version serving after this reload (the old one when rejected)
 * @param problems     the errors and warnings found; for a reload that failed for another reason (a file
 *                     that could not be read, an error of the engine), one problem naming it
 * @param at           when the reload finished
 */
public record ReloadOutcome(boolean accepted, String rulesVersion, List<InvalidRulesException.Problem> problems,
                            Instant at) {

    /**
     * Checks and copies the problems.
     *
     * @param accepted     true when swapped in
     * @param rulesVersion the version serving after this reload
     * @param problems     errors and warnings
     * @param at           when the reload finished
     */
    public ReloadOutcome {
        problems = List.copyOf(problems);
    }
}
