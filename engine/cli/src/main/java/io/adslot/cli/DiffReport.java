package io.adslot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The report of {@code adslot diff}. A slot is the same in both plans when a slot of the same kind
 * ({@code ad}, {@code newsletter}...) stands at the same boundary, whichever placement put it there (a reader
 * sees no difference when a placement is merely renamed or split by device); a slot only in the new plan is
 * gained, one only in the old plan is lost (a slot that moved counts as one lost and one gained). An article changed on a device when anything was gained
 * or lost there. The most affected articles are those with the most slots gained plus lost over all
 * devices, ties broken by file name.
 */
final class DiffReport {

    /** One article on one device under both rule sets. */
    record Change(int oldSlots, int newSlots, int gained, int lost, double oldDensity, double newDensity) {
        boolean changed() {
            return gained > 0 || lost > 0;
        }
    }

    /** One article's changes on every device. */
    record ArticleChange(String name, List<Change> perDevice) {
        int churn() {
            int sum = 0;
            for (Change c : perDevice) {
                sum += c.gained() + c.lost();
            }
            return sum;
        }
    }

    /** A device's column. */
    record DeviceTotals(String device, int changed, int gained, int lost, int oldSlots, int newSlots,
                        double oldDensity, double newDensity) {
    }

    private final RuleFiles.NamedRules before;
    private final RuleFiles.NamedRules after;
    private final ContextArguments context;
    private final List<String> devices;
    private final ArchiveRun.Result result;
    private final int failed;
    private final int top;
    private final List<ArticleChange> articles = new ArrayList<>();
    private final List<DeviceTotals> totals = new ArrayList<>();
    /** Per device, the old and the new rule set's per-kind summaries. */
    private final List<List<KindStatistics.KindSummary>> oldKinds = new ArrayList<>();
    private final List<List<KindStatistics.KindSummary>> newKinds = new ArrayList<>();

    DiffReport(RuleFiles.NamedRules before, RuleFiles.NamedRules after, ContextArguments context, List<String> devices,
               ArchiveRun.Result result, int failed, int top) {
        this.before = before;
        this.after = after;
        this.context = context;
        this.devices = devices;
        this.result = result;
        this.failed = failed;
        this.top = top;
        for (ArchiveRun.Planned p : result.planned()) {
            List<Change> perDevice = new ArrayList<>(devices.size());
            for (int d = 0; d < devices.size(); d++) {
                perDevice.add(compare(p.plans().get(0).get(d), p.plans().get(1).get(d)));
            }
            articles.add(new ArticleChange(p.name(), perDevice));
        }
        int n = articles.size();
        for (int d = 0; d < devices.size(); d++) {
            int changed = 0;
            int gained = 0;
            int lost = 0;
            int oldSlots = 0;
            int newSlots = 0;
            double oldDensity = 0;
            double newDensity = 0;
            for (ArticleChange a : articles) {
                Change c = a.perDevice().get(d);
                changed += c.changed() ? 1 : 0;
                gained += c.gained();
                lost += c.lost();
                oldSlots += c.oldSlots();
                newSlots += c.newSlots();
                oldDensity += c.oldDensity();
                newDensity += c.newDensity();
            }
            totals.add(new DeviceTotals(devices.get(d), changed, gained, lost, oldSlots, newSlots,
                    n == 0 ? 0 : oldDensity / n, n == 0 ? 0 : newDensity / n));
            oldKinds.add(KindStatistics.of(result.planned(), 0, d));
            newKinds.add(KindStatistics.of(result.planned(), 1, d));
        }
    }

    /** The kinds either rule set declares, {@code ad} first. */
    private List<String> kinds() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        if (!devices.isEmpty()) {
            oldKinds.get(0).forEach(k -> names.add(k.kind()));
            newKinds.get(0).forEach(k -> names.add(k.kind()));
        }
        List<String> ordered = new ArrayList<>(names);
        if (ordered.remove("ad")) {
            ordered.add(0, "ad");
        }
        return ordered;
    }

    List<DeviceTotals> totals() {
        return totals;
    }

    static Change compare(ArchiveRun.DevicePlan old, ArchiveRun.DevicePlan now) {
        Set<String> oldKeys = new HashSet<>(old.slotKeys());
        Set<String> newKeys = new HashSet<>(now.slotKeys());
        int gained = 0;
        for (String k : newKeys) {
            gained += oldKeys.contains(k) ? 0 : 1;
        }
        int lost = 0;
        for (String k : oldKeys) {
            lost += newKeys.contains(k) ? 0 : 1;
        }
        return new Change(old.slots(), now.slots(), gained, lost, old.density(), now.density());
    }

    /** Articles with any change, most slots gained plus lost first. */
    List<ArticleChange> mostAffected() {
        return articles.stream().filter(a -> a.churn() > 0)
                .sorted(Comparator.comparingInt(ArticleChange::churn).reversed().thenComparing(ArticleChange::name))
                .limit(top)
                .toList();
    }

    void printText(PrintStream out) {
        int n = articles.size();
        out.printf(Locale.ROOT, "compared %d article%s: %s -> %s (%.2f s on %d thread%s)%n", n, n == 1 ? "" : "s",
                before.name(), after.name(), result.seconds(), result.threads(), result.threads() == 1 ? "" : "s");
        if (!context.describe().isEmpty()) {
            out.println("context: " + context.describe());
        }
        if (failed > 0) {
            out.printf(Locale.ROOT, "%d file%s failed (see stderr)%n", failed, failed == 1 ? "" : "s");
        }
        out.println();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-24s", ""));
        for (String device : devices) {
            header.append(String.format(Locale.ROOT, "%16s", device));
        }
        out.println(header.toString().stripTrailing());
        row(out, "articles changed", t -> t.changed() + " (" + SimulationReport.percent(n == 0 ? 0 : (double) t.changed() / n, 0) + ")");
        row(out, "slots gained", t -> "+" + t.gained());
        row(out, "slots lost", t -> "-" + t.lost());
        row(out, "slots in total", t -> t.oldSlots() + " -> " + t.newSlots());
        row(out, "mean density", t -> SimulationReport.percent(t.oldDensity(), 1) + " -> " + SimulationReport.percent(t.newDensity(), 1));
        printKinds(out);
        List<ArticleChange> most = mostAffected();
        out.println();
        if (most.isEmpty()) {
            out.println("no article changed");
            return;
        }
        out.println("most affected articles (slots gained + lost over all devices):");
        int width = 0;
        for (ArticleChange a : most) {
            width = Math.max(width, a.name().length());
        }
        for (ArticleChange a : most) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %3d  %-" + width + "s ", a.churn(), a.name()));
            String sep = " ";
            for (int d = 0; d < devices.size(); d++) {
                Change c = a.perDevice().get(d);
                if (c.changed()) {
                    line.append(String.format(Locale.ROOT, "%s%s %d->%d (+%d -%d)", sep, devices.get(d), c.oldSlots(),
                            c.newSlots(), c.gained(), c.lost()));
                    sep = ", ";
                }
            }
            out.println(line);
        }
    }

    /** Per kind of placement, each figure under the old and the new rules, per device. */
    private void printKinds(PrintStream out) {
        int n = articles.size();
        for (String kind : kinds()) {
            out.println("kind " + kind);
            kindRow(out, kind, n, "  slots per article", k -> String.format(Locale.ROOT, "%.2f", k.slotsPerArticle()));
            kindRow(out, kind, n, "  words between, median", k -> SimulationReport.words(k, k.wordsBetween().median()));
            kindRow(out, kind, n, "  words between, p10", k -> SimulationReport.words(k, k.wordsBetween().p10()));
            kindRow(out, kind, n, "  excl. by min_article", k -> String.valueOf(k.excludedByMinArticle()));
            kindRow(out, kind, n, "  cut by density", k -> String.valueOf(k.densityCut()));
            kindRow(out, kind, n, "  cut by a slot limit", k -> String.valueOf(k.limitCut()));
        }
    }

    private void kindRow(PrintStream out, String kind, int n, String label,
                         java.util.function.Function<KindStatistics.KindSummary, String> cell) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s", label));
        for (int d = 0; d < devices.size(); d++) {
            line.append(String.format(Locale.ROOT, "%16s", cell.apply(KindStatistics.find(oldKinds.get(d), kind, n))
                    + " -> " + cell.apply(KindStatistics.find(newKinds.get(d), kind, n))));
        }
        out.println(line);
    }

    private void row(PrintStream out, String label, java.util.function.Function<DeviceTotals, String> cell) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s", label));
        for (DeviceTotals t : totals) {
            line.append(String.format(Locale.ROOT, "%16s", cell.apply(t)));
        }
        out.println(line);
    }

    void printJson(PrintStream out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("old", before.name());
        root.put("new", after.name());
        root.put("context", context.asMap());
        root.put("articles", articles.size());
        root.put("failed", failed);
        root.put("seconds", SimulationReport.round(result.seconds()));
        Map<String, Object> perDevice = new LinkedHashMap<>();
        for (DeviceTotals t : totals) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("articlesChanged", t.changed());
            m.put("slotsGained", t.gained());
            m.put("slotsLost", t.lost());
            m.put("oldSlots", t.oldSlots());
            m.put("newSlots", t.newSlots());
            m.put("oldMeanDensity", SimulationReport.round(t.oldDensity()));
            m.put("newMeanDensity", SimulationReport.round(t.newDensity()));
            int d = devices.indexOf(t.device());
            Map<String, Object> kinds = new LinkedHashMap<>();
            for (String kind : kinds()) {
                Map<String, Object> k = new LinkedHashMap<>();
                k.put("old", KindStatistics.find(oldKinds.get(d), kind, articles.size()).asJson());
                k.put("new", KindStatistics.find(newKinds.get(d), kind, articles.size()).asJson());
                kinds.put(kind, k);
            }
            m.put("kinds", kinds);
            perDevice.put(t.device(), m);
        }
        root.put("devices", perDevice);
        List<Object> most = new ArrayList<>();
        for (ArticleChange a : mostAffected()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("article", a.name());
            m.put("slotsGainedPlusLost", a.churn());
            Map<String, Object> changes = new LinkedHashMap<>();
            for (int d = 0; d < devices.size(); d++) {
                Change c = a.perDevice().get(d);
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("oldSlots", c.oldSlots());
                cm.put("newSlots", c.newSlots());
                cm.put("gained", c.gained());
                cm.put("lost", c.lost());
                cm.put("oldDensity", SimulationReport.round(c.oldDensity()));
                cm.put("newDensity", SimulationReport.round(c.newDensity()));
                changes.put(devices.get(d), cm);
            }
            m.put("devices", changes);
            most.add(m);
        }
        root.put("mostAffected", most);
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One row per article, device and kind of placement: the article's words, the kind's slots under the
     * old and the new rules, the slots of that kind gained and lost; densities are the whole page's.
     */
    void printCsv(PrintStream out) {
        out.println("article,words,device,kind,old_slots,new_slots,gained,lost,old_density,new_density");
        List<String> kinds = kinds();
        for (ArchiveRun.Planned p : result.planned()) {
            for (int d = 0; d < devices.size(); d++) {
                ArchiveRun.DevicePlan old = p.plans().get(0).get(d);
                ArchiveRun.DevicePlan now = p.plans().get(1).get(d);
                for (String kind : kinds) {
                    Change c = compare(old, now, kind);
                    out.printf(Locale.ROOT, "%s,%d,%s,%s,%d,%d,%d,%d,%.4f,%.4f%n", Csv.field(p.name()), p.words(),
                            devices.get(d), Csv.field(kind), c.oldSlots(), c.newSlots(), c.gained(), c.lost(),
                            c.oldDensity(), c.newDensity());
                }
            }
        }
    }

    /** The change in slots of one kind. */
    static Change compare(ArchiveRun.DevicePlan old, ArchiveRun.DevicePlan now, String kind) {
        String suffix = ":" + kind;
        List<String> oldKeys = old.slotKeys().stream().filter(k -> k.endsWith(suffix)).toList();
        List<String> newKeys = now.slotKeys().stream().filter(k -> k.endsWith(suffix)).toList();
        int gained = (int) newKeys.stream().filter(k -> !oldKeys.contains(k)).count();
        int lost = (int) oldKeys.stream().filter(k -> !newKeys.contains(k)).count();
        return new Change(oldKeys.size(), newKeys.size(), gained, lost, old.density(), now.density());
    }
}
