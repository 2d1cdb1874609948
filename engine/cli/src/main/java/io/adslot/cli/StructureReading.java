package io.adslot.cli;

import io.adslot.structure.ContentRoot;
import io.adslot.structure.PageStructure;
import io.adslot.structure.Region;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page structure as {@code explain} shows it: which element was taken as the content root and why, the
 * components kept whole and the ads already on the page. Verdicts on single boundaries ("inside an image
 * component", "next to an existing ad") come with the planner's verdicts.
 */
final class StructureReading {

    /** Components listed by name in the text output before the rest are counted. */
    private static final int LISTED = 8;

    private StructureReading() {
    }

    static void printText(PageStructure structure, int inputLength, PrintStream out) {
        ContentRoot root = structure.root();
        if (structure.rootMissing() && root != null) {
            out.printf(Locale.ROOT, "no slots: content root %s at chars %d-%d, %s; so the whole page is passed through%n",
                    root.element(), root.start(), root.end(), root.why());
            return;
        }
        if (structure.rootMissing()) {
            out.printf(Locale.ROOT, "no slots: no content root found for %s, so the whole page is passed through%n",
                    structure.rootWanted());
            return;
        }
        if (root != null) {
            out.printf(Locale.ROOT, "content root: %s at chars %d-%d, %s; the %d chars outside the content root are "
                    + "passed through unscanned%n", root.element(), root.start(), root.end(), root.why(),
                    inputLength - (root.contentEnd() - root.contentStart()));
        }
        if (!structure.components().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Region r : structure.components()) {
                if (names.size() < LISTED) {
                    names.add(r.describe());
                }
            }
            int more = structure.components().size() - names.size();
            out.printf(Locale.ROOT, "kept whole: %s%s%n", String.join(", ", names), more > 0 ? " and " + more + " more" : "");
        }
        if (!structure.ads().isEmpty()) {
            List<String> ads = new ArrayList<>();
            structure.ads().forEach(a -> ads.add(a.region().element() + " at boundary " + a.first()));
            out.printf(Locale.ROOT, "existing ads (count as slots for spacing and density): %s%n", String.join(", ", ads));
        }
    }

    static void putJson(PageStructure structure, Map<String, Object> root) {
        Map<String, Object> contentRoot = new LinkedHashMap<>();
        contentRoot.put("wanted", structure.rootWanted());
        contentRoot.put("found", structure.root() != null);
        if (structure.root() != null) {
            contentRoot.put("element", structure.root().element());
            contentRoot.put("start", structure.root().start());
            contentRoot.put("end", structure.root().end());
            contentRoot.put("why", structure.root().why());
            contentRoot.put("used", !structure.rootMissing());
        }
        root.put("contentRoot", contentRoot);
        root.put("components", regions(structure.components()));
        List<Object> ads = new ArrayList<>();
        for (PageStructure.Placed ad : structure.ads()) {
            Map<String, Object> entry = region(ad.region());
            entry.put("boundary", ad.first());
            ads.add(entry);
        }
        root.put("existingAds", ads);
    }

    private static List<Object> regions(List<Region> regions) {
        List<Object> list = new ArrayList<>();
        regions.forEach(r -> list.add(region(r)));
        return list;
    }

    private static Map<String, Object> region(Region r) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("kind", r.kind().words());
        entry.put("element", r.element());
        entry.put("start", r.start());
        entry.put("end", r.end());
        return entry;
    }
}
