package io.adslot.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule set does to an archive for each kind of placement on one device: ads apart from newsletter
 * and related boxes, since a publisher weighs them differently. Computed from the archive run's reduced
 * plans, never printed here, so that {@code simulate}, {@code diff} and batch jobs share the numbers.
 */
final class KindStatistics {

    /**
     * One kind's numbers over an archive.
     *
     * @param kind                 the placements' kind, such as {@code ad}
     * @param articles             articles planned
     * @param slots                slots of this kind in all of them
     * @param gaps                 pairs of consecutive slots of this kind (the count behind the word figures)
     * @param wordsBetween         words between consecutive slots of this kind: median and 10th percentile
     *                             (the tight end: how close slots come at worst, mostly)
     * @param excludedByMinArticle articles a placement of this kind skipped as shorter than its {@code min_article}
     * @param densityCut           articles where the density budget rejected a candidate of this kind
     * @param limitCut             articles where a slot limit rejected a candidate of this kind
     */
    record KindSummary(String kind, int articles, int slots, int gaps, Distribution wordsBetween,
                       int excludedByMinArticle, int densityCut, int limitCut) {

        double slotsPerArticle() {
            return articles == 0 ? 0 : (double) slots / articles;
        }

        /** The summary as the JSON reports give it. */
        Map<String, Object> asJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("slots", slots);
            m.put("slotsPerArticle", SimulationReport.round(slotsPerArticle()));
            Map<String, Object> words = new LinkedHashMap<>();
            words.put("gaps", gaps);
            words.put("median", wordsBetween.median());
            words.put("p10", wordsBetween.p10());
            m.put("wordsBetweenSlots", words);
            m.put("excludedByMinArticle", excludedByMinArticle);
            m.put("densityCut", densityCut);
            m.put("limitCut", limitCut);
            return m;
        }
    }

    private KindStatistics() {
    }

    /**
     * The summaries of rule set {@code ruleSet} on device {@code device} ({@code plans.get(ruleSet).get(device)}
     * of each article), {@code ad} first, then the other kinds by name.
     */
    static List<KindSummary> of(List<ArchiveRun.Planned> planned, int ruleSet, int device) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, List<Integer>> between = new LinkedHashMap<>();
        for (ArchiveRun.Planned p : planned) {
            p.plans().get(ruleSet).get(device).kinds().forEach((kind, k) -> {
                int[] c = counts.computeIfAbsent(kind, x -> new int[4]);
                c[0] += k.slots();
                c[1] += k.minArticleExcluded() ? 1 : 0;
                c[2] += k.densityCut() ? 1 : 0;
                c[3] += k.limitCut() ? 1 : 0;
                between.computeIfAbsent(kind, x -> new ArrayList<>()).addAll(k.wordsBetween());
            });
        }
        List<KindSummary> summaries = new ArrayList<>();
        counts.forEach((kind, c) -> {
            List<Integer> words = between.get(kind);
            double[] values = words.stream().mapToDouble(Integer::doubleValue).toArray();
            summaries.add(new KindSummary(kind, planned.size(), c[0], values.length, Distribution.of(values),
                    c[1], c[2], c[3]));
        });
        summaries.sort(Comparator.comparing((KindSummary s) -> !s.kind().equals("ad")).thenComparing(KindSummary::kind));
        return summaries;
    }

    /** The summary of {@code kind} in {@code summaries}, or an empty one when that rule set has no such kind. */
    static KindSummary find(List<KindSummary> summaries, String kind, int articles) {
        for (KindSummary s : summaries) {
            if (s.kind().equals(kind)) {
                return s;
            }
        }
        return new KindSummary(kind, articles, 0, 0, Distribution.of(new double[0]), 0, 0, 0);
    }
}
