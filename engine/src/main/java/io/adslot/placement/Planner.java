package io.adslot.placement;

import io.adslot.article.ScannedArticle;
import io.adslot.rules.ContextValues;
import io.adslot.rules.KnownTemplates;
import io.adslot.rules.RuleSet;
import io.adslot.structure.PageStructure;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Chooses slot positions in a scanned article under a rule set and a page context.
 *
 * <p>The plan lists the slots in document order and, for every boundary any placement considered,
 * the verdict and its reason in a publisher's words, so that {@code explain} can show why a slot is
 * or is not somewhere. The page's device is the context's {@code device} ({@code mobile} when the
 * page gives none); it picks the layout model for height estimates and the slot sizes.
 *
 * <p>Where the rules leave room, the planner decides as follows (see also {@code rules/README.md}):
 * <ul>
 *   <li>{@code adslot:here} pins go to the highest-priority placement whose {@code when} holds and that
 *       has room ({@code adslot:here NAME}: placement {@code NAME} only, and an unknown name is a warning
 *       verdict); they ignore candidate, neighbour and spacing rules but respect no-slot zones, limits,
 *       sizes and density, and later slots keep their spacing from them.</li>
 *   <li>A boundary holds one slot. Spacing from other placements' slots is the larger of both
 *       placements' {@code otherSlotGap}; {@code nextToSlots} of either slot keeps them apart.</li>
 *   <li>Spacing counts a media block as {@code max(its words, mediaWords)} words.</li>
 *   <li>The end-of-article fallback checks every rule except the distance after the last slot.</li>
 *   <li>Variants are picked by 32-bit FNV-1a of the key's value and the placement id, modulo the
 *       total weight; a page without the key gets the first variant.</li>
 *   <li>A missing context value drops its segment from the ad unit path.</li>
 * </ul>
 */
public final class Planner {

    private Planner() {
    }

    /** Pure and deterministic: the same inputs always give the same plan. */
    public static Plan plan(ScannedArticle article, RuleSet rules, ContextValues context) {
        Objects.requireNonNull(article, "article");
        return plan(article, PageStructure.none(article.blocks().size()), rules, context);
    }

    /**
     * Plans with the page's structure: no slot inside a component, none beside or too close to an ad already
     * on the page (which also count in the density budget), none too close to an element an
     * {@code avoid.near} rule names, none at all when the rules ask for a content root that is missing.
     * Templates are taken to be the bundled ones (see the next method).
     */
    public static Plan plan(ScannedArticle article, PageStructure structure, RuleSet rules, ContextValues context) {
        return plan(article, structure, rules, context, KnownTemplates::bundledClosesParagraph);
    }

    /**
     * Plans for the given templates: {@code closesParagraph} tells, by template name, whether the slot's
     * markup starts with an element that closes an open {@code <p>} ({@code SlotTemplates::closesParagraph});
     * a gap inside a paragraph the article leaves open ({@code <p>One<p>Two}) is used only by such slots.
     */
    public static Plan plan(ScannedArticle article, PageStructure structure, RuleSet rules, ContextValues context,
                            Predicate<String> closesParagraph) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(closesParagraph, "closesParagraph");
        return new PlanBuilder(article, structure, rules, context == null ? ContextValues.empty() : context,
                closesParagraph).build();
    }

    /**
     * The name of the whole-rule-set variant a page with {@code context} gets (see {@code variants} in
     * {@code rules/README.md}), or null when the rules have no such variants. Placement-level variants show
     * in each slot's {@link SlotDecision#placementId()} instead.
     */
    public static String variant(RuleSet rules, ContextValues context) {
        if (rules.variants() == null || rules.variants().options().isEmpty()) {
            return null;
        }
        return VariantChooser.choose(rules.variants(), context == null ? ContextValues.empty() : context, "").name();
    }
}
