package io.adslot.engine;

import io.adslot.article.ScannedArticle;
import io.adslot.render.SlotTemplates;
import io.adslot.rules.RuleSet;
import io.adslot.structure.PageOptions;
import io.adslot.structure.PageReader;
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
 * @param reader    finds the content root, scans and runs the structure pass
 */
record Snapshot(
        RuleSet rules,
        SlotTemplates templates,
        Function<String, ScannedArticle> scanner,
        String version,
        Set<String> keysRead,
        Stages planner,
        boolean readsArticleId,
        PageReader reader) {

    /**
     * @param page the page options: the rules' own, or the rules' with the builder's content root
     */
    static Snapshot of(RuleSet rules, SlotTemplates templates, Stages stages, PageOptions page) {
        Set<String> keys = new TreeSet<>(rules.contextKeysRead());
        keys.addAll(templates.contextKeysUsed());
        io.adslot.article.ScanOptions scanOptions = rules.scan() == null
                ? io.adslot.article.ScanOptions.defaults() : rules.scan();
        Function<String, ScannedArticle> scanner = stages.scanner(scanOptions);
        String version = rules.version() + "/" + templates.fingerprint()
                + (page == rules.page() ? "" : "/" + Integer.toHexString(page.canonical().hashCode()));
        return new Snapshot(rules, templates, scanner, version, Collections.unmodifiableSet(keys), stages,
                keys.contains("article_id"), new PageReader(scanner, stages.rootCheck(scanOptions), page));
    }

    /** Plans with this snapshot's rules; the stages object is held by the engine, passed in here. */
    io.adslot.placement.Plan planIn(PageReader.Read read, io.adslot.rules.ContextValues context) {
        return planner.plan(read.article(), read.structure(), rules, context, templates::closesParagraph);
    }
}
