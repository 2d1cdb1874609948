package io.adslot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.adslot.article.Block;
import io.adslot.article.BlockScanner;
import io.adslot.article.ScannedArticle;
import io.adslot.placement.CandidateVerdict;
import io.adslot.placement.Plan;
import io.adslot.placement.Planner;
import io.adslot.structure.PageReader;
import io.adslot.structure.PageStructure;
import io.adslot.placement.SlotDecision;
import io.adslot.rules.ContextValues;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code adslot explain [--rules FILE] [--context k=v]... [--format text|json] [--all] ARTICLE}: why each
 * slot is where it is and why there is none elsewhere. Lists every candidate boundary (a gap between
 * blocks that some placement considered), numbered by its boundary index, with the blocks on either side
 * and each placement's verdict in the planner's own words. The plan is for one device: the context's
 * {@code device}, or mobile as the planner assumes.
 */
final class ExplainCommand implements Command {

    static final String USAGE = "adslot explain [--rules FILE] [--context key=value]... [--format text|json] [--all] ARTICLE";

    private static final int SNIPPET_WORDS = 8;

    @Override
    public String name() {
        return "explain";
    }

    @Override
    public String summary() {
        return "list every candidate boundary of an article and why a slot is or is not there";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws Exception {
        Arguments args = Arguments.parse(argList, ToolInput.valued(), Set.of("--all"));
        String format = ToolInput.format(args, "text", "json");
        ContextArguments context = ContextArguments.parse(args.values(ToolInput.CONTEXT));
        String articleArg = ToolInput.singleArticle(args, USAGE);
        long maxBytes = ToolInput.maxBytes(args);

        RuleFiles.NamedRules rules = RuleFiles.load(args.value(ToolInput.RULES, null), terminal);
        if (rules == null) {
            return 1;
        }
        context.warnings(rules.rules()).forEach(terminal.err()::println);
        ArticleFile.Read read = ToolInput.readArticle(articleArg, terminal, maxBytes);
        if (read instanceof ArticleFile.Failure failure) {
            terminal.err().println(failure.line());
            return 1;
        }
        ArticleFile.Text text = (ArticleFile.Text) read;
        PageReader.Read page = new PageReader(new BlockScanner(rules.rules().scan())::scan, rules.rules().page())
                .read(text.html());
        ScannedArticle article = page.article();
        // Plan for a definite device, as a page always has one: placements that depend on the device
        // would otherwise all read "does not apply".
        String device = context.devices().size() == 1 ? context.devices().get(0) : "mobile";
        ContextValues values = context.forDevice(device);
        Plan plan = Planner.plan(article, page.structure(), rules.rules(), values);
        List<PlanReading.Candidate> candidates = PlanReading.candidates(article, plan);
        Explanation explanation = new Explanation(text.name(), rules, context, article, page.structure(), plan, candidates,
                args.flag("--all"));
        if (format.equals("json")) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            terminal.out().println(json.writeValueAsString(explanation.toJson()));
        } else {
            explanation.printText(terminal.out());
        }
        return 0;
    }

    /** Everything one explanation shows. */
    private record Explanation(String name, RuleFiles.NamedRules rules, ContextArguments context,
                               ScannedArticle article, PageStructure structure, Plan plan,
                               List<PlanReading.Candidate> candidates,
                               boolean all) {

        void printText(PrintStream out) {
            String source = article.source();
            out.printf(Locale.ROOT, "%s: %d blocks, %d words; rules %s; device %s%s%n", name,
                    article.blocks().size(), article.totalWords(), rules.name(),
                    plan.device() + (context.device() == null ? " (no --context device=... given)" : ""),
                    context.describe().isEmpty() ? "" : "; context " + context.describe());
            StructureReading.printText(structure, article.source().length(), out);
            if (structure.rootMissing()) {
                return;
            }
            if (plan.switchedOff()) {
                out.println("no slots: the article carries an <!-- adslot:off --> marker");
                return;
            }
            out.printf(Locale.ROOT, "%d slot%s; estimated height %d px of article + %d px of slots: density %s (budget %s)%n",
                    plan.slots().size(), plan.slots().size() == 1 ? "" : "s", plan.estimatedPageHeight(),
                    plan.estimatedSlotHeight(), percent(plan.density()),
                    percent(PlanReading.maxDensity(rules.rules(), plan.device())));
            int width = 0;
            for (PlanReading.Candidate c : candidates) {
                for (CandidateVerdict v : c.verdicts()) {
                    width = Math.max(width, v.placementId().length());
                }
            }
            int shown = 0;
            int boundaries = article.boundaryCount();
            java.util.Iterator<PlanReading.Candidate> it = candidates.iterator();
            PlanReading.Candidate next = it.hasNext() ? it.next() : null;
            PlanReading.LineIndex lines = all ? new PlanReading.LineIndex(source) : null;
            for (int b = 0; b < boundaries; b++) {
                PlanReading.Candidate c = next != null && next.boundary() == b ? next : null;
                if (c != null) {
                    next = it.hasNext() ? it.next() : null;
                } else if (!all) {
                    continue;
                }
                out.println();
                int line = c != null ? c.line() : lines.lineOf(article.boundaryOffset(b));
                Block before = b > 0 ? article.blocks().get(b - 1) : null;
                Block after = b < article.blocks().size() ? article.blocks().get(b) : null;
                String head = String.format(Locale.ROOT, "#%-3d line %-5d ", b, line);
                String pad = " ".repeat(head.length());
                out.println(head + "after  " + describe(source, before, "(start of article)"));
                out.println(pad + "before " + describe(source, after, "(end of article)"));
                if (c == null) {
                    out.println("    not a candidate of any placement");
                    continue;
                }
                shown++;
                if (c.slot() != null && c.verdicts().stream().noneMatch(CandidateVerdict::accepted)) {
                    out.println("    " + "SLOT " + c.slot().slotId());
                }
                for (CandidateVerdict v : c.verdicts()) {
                    String decision = v.accepted() ? "SLOT " + slotIdAt(v) + ": " : "no: ";
                    out.printf(Locale.ROOT, "    %-" + width + "s  %s%s%n", v.placementId(), decision, v.reason());
                }
            }
            out.println();
            if (plan.slots().isEmpty()) {
                out.println("slots: none");
            } else {
                StringBuilder slots = new StringBuilder("slots:");
                for (SlotDecision s : plan.slots()) {
                    slots.append(String.format(Locale.ROOT, "%n  %s at #%d (%s, %s, %d px%s%s)", s.slotId(), s.boundary(),
                            s.kind(), s.sizes().isEmpty() ? "no sizes" : joinSizes(s), PlanReading.slotHeight(s),
                            s.pinned() ? ", pinned" : "", s.variant().isEmpty() ? "" : ", variant " + s.variant()));
                }
                out.println(slots);
            }
            for (String warning : warnings()) {
                out.println(warning);
            }
            if (!all) {
                int others = boundaries - candidates.size();
                out.printf(Locale.ROOT, "%d of %d boundaries %s not a candidate of any placement (--all lists them too)%n",
                        others, boundaries, others == 1 ? "is" : "are");
            }
        }

        /** Verdicts that warn the publisher (an adslot:here marker naming an unknown placement), as lines. */
        List<String> warnings() {
            List<String> lines = new ArrayList<>();
            for (CandidateVerdict v : plan.verdicts()) {
                if (v.reason().startsWith("warning: ")) {
                    lines.add("warning: at #" + v.boundary() + ": " + v.reason().substring("warning: ".length()));
                }
            }
            return lines;
        }

        private String slotIdAt(CandidateVerdict v) {
            for (SlotDecision s : plan.slots()) {
                if (s.boundary() == v.boundary() && s.placementId().equals(v.placementId())) {
                    return s.slotId();
                }
            }
            return "?";
        }

        Map<String, Object> toJson() {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("article", name);
            root.put("rules", rules.name());
            root.put("rulesVersion", rules.rules().version());
            root.put("device", plan.device());
            root.put("context", context.asMap());
            root.put("blocks", article.blocks().size());
            root.put("words", article.totalWords());
            root.put("boundaries", article.boundaryCount());
            root.put("switchedOff", plan.switchedOff());
            StructureReading.putJson(structure, root);
            root.put("estimatedPageHeight", plan.estimatedPageHeight());
            root.put("estimatedSlotHeight", plan.estimatedSlotHeight());
            root.put("density", round(plan.density()));
            root.put("maxDensity", PlanReading.maxDensity(rules.rules(), plan.device()));
            List<Object> slots = new ArrayList<>();
            for (SlotDecision s : plan.slots()) {
                Map<String, Object> slot = new LinkedHashMap<>();
                slot.put("slotId", s.slotId());
                slot.put("placement", s.placementId());
                slot.put("kind", s.kind());
                slot.put("boundary", s.boundary());
                slot.put("offset", s.offset());
                slot.put("pinned", s.pinned());
                slot.put("variant", s.variant());
                slot.put("template", s.template());
                slot.put("adUnit", s.adUnit());
                slot.put("sizes", s.sizes().stream().map(Object::toString).toList());
                slot.put("height", PlanReading.slotHeight(s));
                slots.add(slot);
            }
            root.put("slots", slots);
            root.put("warnings", warnings());
            List<Object> list = new ArrayList<>();
            for (PlanReading.Candidate c : candidates) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("boundary", c.boundary());
                entry.put("offset", c.offset());
                entry.put("line", c.line());
                entry.put("before", block(c.before()));
                entry.put("after", block(c.after()));
                entry.put("slot", c.slot() == null ? null : c.slot().slotId());
                List<Object> verdicts = new ArrayList<>();
                for (CandidateVerdict v : c.verdicts()) {
                    Map<String, Object> verdict = new LinkedHashMap<>();
                    verdict.put("placement", v.placementId());
                    verdict.put("accepted", v.accepted());
                    verdict.put("reason", v.reason());
                    verdicts.add(verdict);
                }
                entry.put("verdicts", verdicts);
                list.add(entry);
            }
            root.put("candidates", list);
            return root;
        }

        private Map<String, Object> block(Block block) {
            if (block == null) {
                return null;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", block.kind().ruleName());
            m.put("tag", block.tag());
            m.put("words", block.words());
            m.put("text", BlockText.firstWords(article.source(), block, SNIPPET_WORDS));
            return m;
        }
    }

    /** {@code paragraph "First words of it …" (84 words)}. */
    static String describe(String source, Block block, String none) {
        if (block == null) {
            return none;
        }
        String kind = block.kind().ruleName() + (block.level() > 0 ? " h" + block.level() : "");
        String words = withoutControls(BlockText.firstWords(source, block, SNIPPET_WORDS));
        return String.format(Locale.ROOT, "%-12s %s(%d word%s)", kind,
                words.isEmpty() ? "" : "\"" + words + "\" ", block.words(), block.words() == 1 ? "" : "s");
    }

    /**
     * Article text without control characters (C0, C1, and the bidirectional overrides): shown on a
     * terminal, an article's ESC sequences could recolour, retitle or rewrite the screen, and an override
     * could reorder what the reader sees.
     */
    static String withoutControls(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
            if (control && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!control && b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    private static String joinSizes(SlotDecision s) {
        StringBuilder b = new StringBuilder();
        for (var size : s.sizes()) {
            b.append(b.length() == 0 ? "" : " ").append(size);
        }
        return b.toString();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static double round(double share) {
        return Math.round(share * 10000) / 10000.0;
    }
}
