package io.adslot.placement;

import io.adslot.article.ScannedArticle;
import io.adslot.rules.ContextValues;
import io.adslot.rules.RuleSet;

/**
 * Chooses slot positions in a scanned article under a rule set and a page context.
 * DEVELOPMENT SEAM: the planner work replaces this body.
 */
public final class Planner {

    private Planner() {
    }

    /** Pure and deterministic: the same inputs always give the same plan. */
    public static Plan plan(ScannedArticle article, RuleSet rules, ContextValues context) {
        throw new UnsupportedOperationException("planner not built yet");
    }
}
