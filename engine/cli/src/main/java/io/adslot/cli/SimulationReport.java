package io.adslot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report of {@code adslot simulate}: per device, how many slots articles get, their estimated
 * density, how many get none, and where the density budget or a limit cut slots; plus throughput.
 * Text for people, JSON for tools, CSV (one row per article and device) for spreadsheets.
 */
final class SimulationReport {

    /** What one device's column of the report says. */
    record DeviceSummary(String device, TreeMap<Integer, Integer> slotHistogram, double meanSlots,
                         double noSlotShare, Distribution density, double maxDensity,
                         List<String> densityCut, List<String> limitCut, List<KindStatistics.KindSummary> kinds) {
    }

    private final RuleFiles.NamedRules rules;
    private final ContextArguments context;
    private final List<String> devices;
    private final ArchiveRun.Result result;
    private final int failed;
    private final int skipped;
    private final int top;
    private final List<DeviceSummary> summaries = new ArrayList<>();

    SimulationReport(RuleFiles.NamedRules rules, ContextArguments context, List<String> devices,
                     ArchiveRun.Result result, int failed, int skipped, int top) {
        this.rules = rules;
        this.context = context;
        this.devices = devices;
        this.result = result;
        this.failed = failed;
        this.skipped = skipped;
        this.top = top;
        for (int d = 0; d < devices.size(); d++) {
            summaries.add(summarise(d));
        }
    }

    List<DeviceSummary> summaries() {
        return summaries;
    }

    private DeviceSummary summarise(int d) {
        TreeMap<Integer, Integer> histogram = new TreeMap<>();
        List<ArchiveRun.Planned> planned = result.planned();
        double[] densities = new double[planned.size()];
        long slots = 0;
        int none = 0;
        List<String> densityCut = new ArrayList<>();
        List<String> limitCut = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            ArchiveRun.DevicePlan plan = planned.get(i).plans().get(0).get(d);
            histogram.merge(plan.slots(), 1, Integer::sum);
            densities[i] = plan.density();
            slots += plan.slots();
            if (plan.slots() == 0) {
                none++;
            }
            if (plan.densityCut()) {
                densityCut.add(planned.get(i).name());
            }
            if (plan.limitCut()) {
                limitCut.add(planned.get(i).name());
            }
        }
        int n = planned.size();
        return new DeviceSummary(devices.get(d), histogram, n == 0 ? 0 : (double) slots / n,
                n == 0 ? 0 : (double) none / n, Distribution.of(densities),
                PlanReading.maxDensity(rules.rules(), devices.get(d)), densityCut, limitCut,
                KindStatistics.of(planned, 0, d));
    }

    void printText(PrintStream out) {
        out.printf(Locale.ROOT, "simulated %d article%s (%s) under %s in %.2f s on %d thread%s: %.0f articles/s, %.1f MB/s%n",
                result.planned().size(), result.planned().size() == 1 ? "" : "s", ArticleFile.megabytes(result.bytes()),
                rules.name(), result.seconds(), result.threads(), result.threads() == 1 ? "" : "s",
                result.articlesPerSecond(), result.megabytesPerSecond());
        if (!context.describe().isEmpty()) {
            out.println("context: " + context.describe());
        }
        if (failed > 0 || skipped > 0) {
            out.printf(Locale.ROOT, "%d file%s failed, %d skipped (see stderr)%n", failed, failed == 1 ? "" : "s", skipped);
        }
        out.println();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-32s", ""));
        for (String device : devices) {
            header.append(String.format(Locale.ROOT, "%14s", device));
        }
        out.println(header.toString().stripTrailing());
        int maxSlots = 0;
        for (DeviceSummary s : summaries) {
            maxSlots = Math.max(maxSlots, s.slotHistogram().isEmpty() ? 0 : s.slotHistogram().lastKey());
        }
        int n = result.planned().size();
        out.println("articles with N slots");
        for (int k = 0; k <= maxSlots; k++) {
            int slots = k;
            row(out, "  " + k + (k == 1 ? " slot" : " slots"), s -> {
                int count = s.slotHistogram().getOrDefault(slots, 0);
                return count + " (" + percent(n == 0 ? 0 : (double) count / n, 0) + ")";
            });
        }
        row(out, "mean slots per article", s -> String.format(Locale.ROOT, "%.2f", s.meanSlots()));
        row(out, "articles with no slot", s -> percent(s.noSlotShare(), 1));
        out.println("estimated density");
        row(out, "  mean", s -> percent(s.density().mean(), 1));
        row(out, "  median", s -> percent(s.density().median(), 1));
        row(out, "  90th percentile", s -> percent(s.density().p90(), 1));
        row(out, "  max", s -> percent(s.density().max(), 1));
        row(out, "  budget", s -> percent(s.maxDensity(), 1));
        out.println("articles where slots were cut");
        row(out, "  by the density budget", s -> String.valueOf(s.densityCut().size()));
        row(out, "  by a slot limit", s -> String.valueOf(s.limitCut().size()));
        printKinds(out);
        listCutArticles(out);
    }

    /** Per kind of placement (ads apart from newsletter and related boxes), the same devices' columns. */
    private void printKinds(PrintStream out) {
        if (summaries.isEmpty()) {
            return;
        }
        for (KindStatistics.KindSummary kind : summaries.get(0).kinds()) {
            String k = kind.kind();
            java.util.function.Function<DeviceSummary, KindStatistics.KindSummary> of =
                    s -> KindStatistics.find(s.kinds(), k, result.planned().size());
            out.println("kind " + k);
            row(out, "  slots per article", s -> String.format(Locale.ROOT, "%.2f", of.apply(s).slotsPerArticle()));
            row(out, "  words between slots, median", s -> words(of.apply(s), of.apply(s).wordsBetween().median()));
            row(out, "  words between slots, p10", s -> words(of.apply(s), of.apply(s).wordsBetween().p10()));
            row(out, "  excluded by min_article", s -> String.valueOf(of.apply(s).excludedByMinArticle()));
            row(out, "  cut by the density budget", s -> String.valueOf(of.apply(s).densityCut()));
            row(out, "  cut by a slot limit", s -> String.valueOf(of.apply(s).limitCut()));
        }
    }

    /** A word count, or a dash when no article had two slots of the kind. */
    static String words(KindStatistics.KindSummary kind, double words) {
        return kind.gaps() == 0 ? "-" : String.format(Locale.ROOT, "%.0f", words);
    }

    /** The articles where anything was cut, in file order, each with what cut slots on which device. */
    private void listCutArticles(PrintStream out) {
        Map<String, String> why = new LinkedHashMap<>();
        for (ArchiveRun.Planned p : result.planned()) {
            List<String> density = new ArrayList<>();
            List<String> limit = new ArrayList<>();
            for (int d = 0; d < devices.size(); d++) {
                ArchiveRun.DevicePlan plan = p.plans().get(0).get(d);
                if (plan.densityCut()) {
                    density.add(devices.get(d));
                }
                if (plan.limitCut()) {
                    limit.add(devices.get(d));
                }
            }
            if (!density.isEmpty() || !limit.isEmpty()) {
                String text = (density.isEmpty() ? "" : "density budget on " + String.join(", ", density))
                        + (!density.isEmpty() && !limit.isEmpty() ? "; " : "")
                        + (limit.isEmpty() ? "" : "slot limit on " + String.join(", ", limit));
                why.put(p.name(), text);
            }
        }
        if (why.isEmpty() || top == 0) {
            return;
        }
        // Density cuts are the rarer and more telling finding: list those articles first.
        List<Map.Entry<String, String>> entries = new ArrayList<>(why.entrySet());
        entries.sort(java.util.Comparator.comparing((Map.Entry<String, String> e) -> !e.getValue().startsWith("density")));
        int width = 0;
        for (int i = 0; i < Math.min(top, entries.size()); i++) {
            width = Math.max(width, entries.get(i).getKey().length());
        }
        out.println();
        out.printf(Locale.ROOT, "articles where slots were cut (%d%s):%n", entries.size(),
                entries.size() > top ? ", first " + top + "; --top N lists more" : "");
        for (int i = 0; i < Math.min(top, entries.size()); i++) {
            out.printf(Locale.ROOT, "  %-" + width + "s  %s%n", entries.get(i).getKey(), entries.get(i).getValue());
        }
    }

    private void row(PrintStream out, String label, java.util.function.Function<DeviceSummary, String> cell) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-32s", label));
        for (DeviceSummary s : summaries) {
            line.append(String.format(Locale.ROOT, "%14s", cell.apply(s)));
        }
        out.println(line);
    }

    void printJson(PrintStream out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("rules", rules.name());
        root.put("rulesVersion", rules.rules().version());
        root.put("context", context.asMap());
        root.put("articles", result.planned().size());
        root.put("failed", failed);
        root.put("skipped", skipped);
        root.put("bytes", result.bytes());
        root.put("seconds", round(result.seconds()));
        root.put("threads", result.threads());
        root.put("articlesPerSecond", round(result.articlesPerSecond()));
        root.put("megabytesPerSecond", round(result.megabytesPerSecond()));
        Map<String, Object> perDevice = new LinkedHashMap<>();
        for (DeviceSummary s : summaries) {
            Map<String, Object> m = new LinkedHashMap<>();
            Map<String, Integer> histogram = new LinkedHashMap<>();
            s.slotHistogram().forEach((k, v) -> histogram.put(String.valueOf(k), v));
            m.put("articlesBySlots", histogram);
            m.put("meanSlots", round(s.meanSlots()));
            m.put("noSlotShare", round(s.noSlotShare()));
            Map<String, Object> density = new LinkedHashMap<>();
            density.put("mean", round(s.density().mean()));
            density.put("median", round(s.density().median()));
            density.put("p90", round(s.density().p90()));
            density.put("max", round(s.density().max()));
            density.put("budget", s.maxDensity());
            m.put("density", density);
            m.put("densityCut", cut(s.densityCut()));
            m.put("limitCut", cut(s.limitCut()));
            Map<String, Object> kinds = new LinkedHashMap<>();
            s.kinds().forEach(k -> kinds.put(k.kind(), k.asJson()));
            m.put("kinds", kinds);
            perDevice.put(s.device(), m);
        }
        root.put("devices", perDevice);
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> cut(List<String> names) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", names.size());
        m.put("articles", names.stream().limit(top).toList());
        return m;
    }

    /**
     * One row per article, device and kind of placement: the article's bytes and words, the kind's slots,
     * the fewest words between two of them (empty with fewer than two), whether {@code min_article} excluded
     * it and whether the density budget or a limit cut it; {@code density} is the whole page's.
     */
    void printCsv(PrintStream out) {
        out.println("article,bytes,words,device,kind,slots,min_words_between,min_article_excluded,density,density_cut,limit_cut");
        for (ArchiveRun.Planned p : result.planned()) {
            for (int d = 0; d < devices.size(); d++) {
                ArchiveRun.DevicePlan plan = p.plans().get(0).get(d);
                for (Map.Entry<String, ArchiveRun.KindPlan> e : plan.kinds().entrySet()) {
                    ArchiveRun.KindPlan k = e.getValue();
                    String closest = k.wordsBetween().isEmpty() ? ""
                            : String.valueOf(k.wordsBetween().stream().mapToInt(Integer::intValue).min().getAsInt());
                    out.printf(Locale.ROOT, "%s,%d,%d,%s,%s,%d,%s,%b,%.4f,%b,%b%n", Csv.field(p.name()), p.bytes(),
                            p.words(), devices.get(d), Csv.field(e.getKey()), k.slots(), closest,
                            k.minArticleExcluded(), plan.density(), k.densityCut(), k.limitCut());
                }
            }
        }
    }

    static String percent(double share, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f%%", share * 100);
    }

    static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
