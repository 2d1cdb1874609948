package io.adslot.engine;

import io.adslot.rules.RuleLoadResult;
import io.adslot.rules.RuleSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** A rule source whose next load returns whatever the test set last: valid rules or problems. */
final class SwitchableRules implements RuleSource {

    private volatile RuleLoadResult next;

    SwitchableRules(RuleSet initial) {
        set(initial);
    }

    void set(RuleSet rules) {
        next = new RuleLoadResult(rules, List.of());
    }

    void setInvalid(RuleLoadResult invalid) {
        next = invalid;
    }

    @Override
    public RuleLoadResult load(Set<String> knownTemplates) {
        return next;
    }

    @Override
    public String describe() {
        return "switchable test rules";
    }

    @Override
    public List<Path> watchDirectories() {
        return List.of();
    }
}
