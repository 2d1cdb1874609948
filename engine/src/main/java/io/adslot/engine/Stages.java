package io.adslot.engine;

import io.adslot.article.BlockScanner;
import io.adslot.article.ScanOptions;
import io.adslot.article.ScannedArticle;
import io.adslot.placement.Plan;
import io.adslot.placement.Planner;
import io.adslot.rules.ContextValues;
import io.adslot.rules.RuleSet;
import io.adslot.structure.PageReader;
import io.adslot.structure.PageStructure;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The pipeline stages the engine calls: the block scanner (made once per rule set, from its scan
 * options) and the planner. Visible for testing: tests swap in fakes to exercise rendering, caching and
 * reloads without depending on the scanner's or planner's exact choices.
 */
interface Stages {

    /** A scanner for one rule set's options; called once per load, the result is used by every request. */
    Function<String, ScannedArticle> scanner(ScanOptions options);

    Plan plan(ScannedArticle article, RuleSet rules, ContextValues context);

    /**
     * Whether a whole page's content root may be scanned on its own: the page reads its content as a body
     * ({@link BlockScanner#contentReadsAsABody}).
     */
    default PageReader.RootCheck rootCheck(ScanOptions options) {
        return new BlockScanner(options)::contentReadsAsABody;
    }

    /** Plans with the page's structure; fakes that ignore structure need not override it. */
    default Plan plan(ScannedArticle article, PageStructure structure, RuleSet rules, ContextValues context) {
        return plan(article, rules, context);
    }

    /** Plans for the given templates (which of them close an open {@code <p>}); fakes need not override it. */
    default Plan plan(ScannedArticle article, PageStructure structure, RuleSet rules, ContextValues context,
                      Predicate<String> closesParagraph) {
        return plan(article, structure, rules, context);
    }

    /** The real scanner and planner. */
    static Stages real() {
        return new Stages() {
            @Override
            public Function<String, ScannedArticle> scanner(ScanOptions options) {
                return new BlockScanner(options)::scanWithShape;
            }

            @Override
            public Plan plan(ScannedArticle article, RuleSet rules, ContextValues context) {
                return Planner.plan(article, rules, context);
            }

            @Override
            public Plan plan(ScannedArticle article, PageStructure structure, RuleSet rules, ContextValues context) {
                return Planner.plan(article, structure, rules, context);
            }

            @Override
            public Plan plan(ScannedArticle article, PageStructure structure, RuleSet rules, ContextValues context,
                             Predicate<String> closesParagraph) {
                return Planner.plan(article, structure, rules, context, closesParagraph);
            }
        };
    }
}
