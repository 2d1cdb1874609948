package io.adslot.placement;

import io.adslot.rules.Avoidance;
import io.adslot.rules.Placement;
import io.adslot.structure.PageStructure;
import java.util.List;

/**
 * The planner's checks against elements of the page: ads already on it (no slot directly beside one, and
 * none closer than the placement's distance from ads) and elements an {@code avoid.near} rule names.
 * Each check finds the nearest element above and below the boundary by binary search, so a check costs
 * O(log elements).
 */
final class PageElements {

    private final PageStructure structure;
    private final ArticleMeasures measures;

    PageElements(PageStructure structure, ArticleMeasures measures) {
        this.structure = structure;
        this.measures = measures;
    }

    /** Why boundary {@code b} stands directly beside an existing ad (nothing visible between), or null. */
    Reason beside(int b) {
        List<PageStructure.Placed> ads = structure.ads();
        if (ads.isEmpty()) {
            return null;
        }
        int below = firstFrom(ads, b);
        for (int k : new int[] {below - 1, below}) {
            if (k < 0 || k >= ads.size()) {
                continue;
            }
            PageStructure.Placed ad = ads.get(k);
            if ((ad.last() <= b && measures.nothingBetween(ad.last(), b))
                    || (ad.first() >= b && measures.nothingBetween(b, ad.first()))) {
                return Reason.of("next to " + ad.region().describe());
            }
        }
        return null;
    }

    /** Why boundary {@code b} is too close to an existing ad for placement {@code p}, or null. */
    Reason tooClose(int b, Placement p) {
        List<PageStructure.Placed> ads = structure.ads();
        if (ads.isEmpty()) {
            return null;
        }
        Need need = Need.of(p.otherSlotGap());
        Avoidance avoid = p.avoid();
        if (avoid != null) {
            need = need.max(Need.of(avoid.existingAds()));
        }
        if ("ad".equals(p.kind())) {
            need = need.max(Need.between(p.spacing(), 0));
        }
        return nearest(ads, b, need, p.spacing().mediaWords(), null);
    }

    /** Why boundary {@code b} is too close to an element one of the placement's {@code avoid.near} rules names, or null. */
    Reason nearElements(int b, Placement p) {
        Avoidance avoid = p.avoid();
        if (avoid == null || avoid.near().isEmpty()) {
            return null;
        }
        for (Avoidance.Near near : avoid.near()) {
            Reason reason = nearest(structure.near(near.selector()), b, Need.of(near.distance()),
                    p.spacing().mediaWords(), near.selector());
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    private Reason nearest(List<PageStructure.Placed> elements, int b, Need need, int mediaWords, String selector) {
        if (elements.isEmpty() || need.isNone()) {
            return null;
        }
        int below = firstFrom(elements, b);
        for (int k : new int[] {below - 1, below}) {
            if (k < 0 || k >= elements.size()) {
                continue;
            }
            PageStructure.Placed e = elements.get(k);
            ArticleMeasures.Measure distance;
            if (e.last() <= b) {
                distance = measures.between(e.last(), b, mediaWords);
            } else if (e.first() >= b) {
                distance = measures.between(b, e.first(), mediaWords);
            } else {
                distance = new ArticleMeasures.Measure(0, 0, 0);
            }
            Need.Shortfall shortfall = need.shortfall(distance);
            if (shortfall != null) {
                String what = e.region().describe();
                if (selector != null) {
                    what = "`" + selector + "` (" + e.region().element() + ")";
                }
                return Reason.of("too close to " + what + ": " + shortfall);
            }
        }
        return null;
    }

    /** The index of the first element whose first boundary is at or below {@code b}. */
    private static int firstFrom(List<PageStructure.Placed> elements, int b) {
        int lo = 0;
        int hi = elements.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (elements.get(mid).last() < b) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
