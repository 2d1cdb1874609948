package io.adslot.structure;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentRootCorpusProbe {
    static String ratio(String src, int as, int ae, int bs, int be) {
        long a = TextLength.of(src, as, ae), b = TextLength.of(src, bs, be);
        boolean nested = (as <= bs && be <= ae) || (bs <= as && ae <= be);
        return (nested ? "nested " : "disjoint ") + Math.min(a, b) * 100 / Math.max(1, Math.max(a, b));
    }
    @Test
    void shares() {
        List<SourcePages.Page> pages = SourcePages.all();
        for (double share : new double[] {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9}) {
            int ok = 0;
            for (SourcePages.Page p : pages) {
                ContentRoot a = ContentRootFinder.automatic(p.page(), share);
                if (a != null && (a.start() == p.bodyStart() || TextLength.sameArticle(p.page(), a.start(), a.end(), p.bodyStart(), p.bodyEnd()))) ok++;
            }
            System.out.println("share " + share + " -> " + ok);
        }
    }

    @Test
    void probe() {
        int auto = 0, sel = 0, n = 0;
        for (SourcePages.Page p : SourcePages.all()) {
            n++;
            ContentRoot a = ContentRootFinder.automatic(p.page());
            ContentRoot s = ContentRootFinder.bySelectors(p.page(), List.of(Selector.parse(p.container())));
            boolean aok = a != null && (a.start() == p.bodyStart() || TextLength.sameArticle(p.page(), a.start(), a.end(), p.bodyStart(), p.bodyEnd()));
            boolean sok = s != null && s.start() == p.bodyStart() && s.end() == p.bodyEnd();
            if (aok) auto++;
            if (sok) sel++;
            System.out.println((aok ? "A+" : "A-") + (sok ? "S+ " : "S- ") + p.name() + " want " + p.container() + "@" + p.bodyStart() + "-" + p.bodyEnd()
                + " auto " + (a == null ? null : a.element() + "@" + a.start() + "-" + a.end())
                + " sel " + (s == null ? null : s.start() + "-" + s.end()) + (a == null ? "" : " ratio " + ratio(p.page(), a.start(), a.end(), p.bodyStart(), p.bodyEnd())));
        }
        System.out.println("auto " + auto + " sel " + sel + " of " + n);
    }
}
