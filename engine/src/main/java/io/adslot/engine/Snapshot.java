package io.adslot.engine;

import io.adslot.article.ScannedArticle;
import io.adslot.render.SlotTemplates;
import io.adslot.rules.RuleSet;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Everything one rule-set load serves with, immutable: the rules, the compiled templates, the scanner
 * for the rules' scan options, the version used in cache keys and the context keys a cache key needs.
 * A request reads the engine's current snapshot once and uses only it, so it never mixes two loads.
 *
 * @param rules     the validated rules
 * @param templates the compiled templates
 * @param scanner   the block scanner for the rules' scan options
 * @param version   rule-set version plus template fingerprint: changes when either changes
 * @param keysRead  context keys the rules or templates read, sorted
 * @param planner   the stages that plan with these rules
 * @param readsArticleId true when the rules read {@code article_id}, which the engine then fills from the article
 */
record Snapshot(
        RuleSet rules,
        SlotTemplates templates,
        Function<String, ScannedArticle> scanner,
        String version,
        Set<String> keysRead,
        Stages planner,
        boolean readsArticleId) {

    static Snapshot of(RuleSet rules, SlotTemplates templates, Stages stages) {
        Set<String> keys = new TreeSet<>(rules.contextKeysRead());
        keys.addAll(templates.contextKeysUsed());
        return new Snapshot(rules, templates, stages.scanner(rules.scan() == null ? io.adslot.article.ScanOptions.defaults() : rules.scan()),
                rules.version() + "/" + templates.fingerprint(), Collections.unmodifiableSet(keys), stages,
                keys.contains("article_id"));
    }

    /** Plans with this snapshot's rules; the stages object is held by the engine, passed in here. */
    io.adslot.placement.Plan planIn(ScannedArticle article, io.adslot.rules.ContextValues context) {
        return planner.plan(article, rules, context);
    }
}
