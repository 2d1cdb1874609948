package io.adslot.cli;

import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.InvalidRulesException;
import io.adslot.rules.RuleLoadResult;

/** Builds the engine a command runs with: the rules named by {@code --rules}, or the bundled defaults. */
final class EngineOptions {

    static final String BUNDLED_DEFAULT_RULES = "adslot/rules/default.yaml";

    private EngineOptions() {
    }

    /**
     * The engine, or null after printing every rule problem as {@code file:line:col: message} to {@code err},
     * naming the file as the user typed it. The command-line engine keeps no decision cache: each run
     * renders once.
     */
    static AdSlotEngine build(String rulesArg, Terminal terminal) {
        AdSlotEngine.Builder builder = AdSlotEngine.builder().cacheEnabled(false).withoutMetrics();
        if (rulesArg == null) {
            builder.rulesResource(BUNDLED_DEFAULT_RULES);
        } else {
            RuleLoadResult checked = RuleFiles.check(rulesArg, terminal);
            if (!checked.ok()) {
                checked.problems().forEach(p -> terminal.err().println(p.format()));
                return null;
            }
            builder.rules(terminal.resolve(rulesArg));
        }
        try {
            return builder.build();
        } catch (InvalidRulesException e) {
            e.problems().forEach(p -> terminal.err().println(p.format()));
            return null;
        }
    }
}
