package io.adslot.cli;

import io.adslot.article.Block;
import io.adslot.article.ScannedArticle;
import io.adslot.placement.CandidateVerdict;
import io.adslot.placement.Plan;
import io.adslot.placement.Planner;
import io.adslot.placement.SlotDecision;
import io.adslot.rules.ContextValues;
import io.adslot.rules.RuleSet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code adslot simulate} or {@code adslot diff} as a job that another runner spreads over many machines: the
 * Spark job of {@code adslot-spark}. It is made of the command line's own pieces (the same options, record
 * parser, planning and report classes), so that on the same articles its report equals the command line's
 * number for number, and whatever those reports learn to count, the job counts too.
 *
 * <p>The job is serializable and small: the rules travel as text ({@link RuleBundle}), and each machine loads
 * them once, on the first article it plans ({@link #plan}), not per record. Planning an article gives an
 * {@link Outcome}: what the report needs, and a {@link Decision} per rule set and device for a decisions
 * table. The runner brings the outcomes back in input order and asks for the {@link #report}.
 *
 * <p>This class is a seam for runners, not part of the library's API ({@code io.adslot.engine}); it moves
 * with the command line.
 */
public final class ArchiveJob implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The rules, context and planner of a job, built once per JVM. */
    private record Prepared(List<RuleFiles.NamedRules> rules, ContextArguments context, ArchiveRun run) {
    }

    private static final Map<String, Prepared> PREPARED = new ConcurrentHashMap<>();

    private final String command;
    private final List<RuleBundle> rules;
    private final List<String> contextPairs;
    private final long maxBytes;
    private final int top;
    private final List<String> inputs;
    private final Map<String, List<String>> runnerOptions;
    private final String key;

    private ArchiveJob(String command, List<RuleBundle> rules, List<String> contextPairs, long maxBytes, int top,
                       List<String> inputs, Map<String, List<String>> runnerOptions) {
        this.command = command;
        this.rules = List.copyOf(rules);
        this.contextPairs = List.copyOf(contextPairs);
        this.maxBytes = maxBytes;
        this.top = top;
        this.inputs = List.copyOf(inputs);
        this.runnerOptions = Map.copyOf(runnerOptions);
        this.key = fingerprint();
    }

    /**
     * Reads a job from a command line: {@code simulate} or {@code diff}, then the options of
     * {@code adslot simulate} / {@code adslot diff} ({@code --rules}, {@code --context}, {@code --max-bytes},
     * {@code --top}) and the runner's own {@code runnerOptions} (each takes a value), then the input paths.
     * The rules are loaded and checked here, relative to {@code workingDirectory}.
     *
     * @return the job, or null after printing rule problems to {@code err} as {@code file:line:col: message}
     * @throws IllegalArgumentException for wrong usage, with a message for the user
     */
    public static ArchiveJob fromArguments(List<String> args, Set<String> runnerOptions, PrintStream err,
                                           Path workingDirectory) {
        if (args.isEmpty() || !(args.get(0).equals("simulate") || args.get(0).equals("diff"))) {
            throw new IllegalArgumentException("the first argument is simulate or diff");
        }
        String command = args.get(0);
        Set<String> valued = new HashSet<>(ToolInput.valued("--top"));
        valued.addAll(runnerOptions);
        try {
            Arguments parsed = Arguments.parse(args.subList(1, args.size()), valued, Set.of());
            ContextArguments.parse(parsed.values(ToolInput.CONTEXT));
            long maxBytes = ToolInput.maxBytes(parsed);
            int top = SimulateCommand.topCount(parsed);
            List<String> ruleArgs = parsed.values(ToolInput.RULES);
            if (command.equals("diff") && ruleArgs.size() != 2) {
                throw new UsageException("diff needs exactly two --rules (old, then new), got " + ruleArgs.size());
            }
            if (command.equals("simulate") && ruleArgs.size() > 1) {
                throw new UsageException("one --rules at a time; to compare two rule sets use diff");
            }
            if (parsed.positional().isEmpty()) {
                throw new UsageException("no input given: name the archive's JSON Lines or Parquet paths");
            }
            Terminal terminal = new Terminal(java.io.InputStream.nullInputStream(), err, err, workingDirectory);
            List<RuleBundle> bundles = new ArrayList<>();
            for (String rule : ruleArgs.isEmpty() ? java.util.Collections.<String>singletonList(null) : ruleArgs) {
                RuleBundle bundle = RuleBundle.of(rule, terminal);
                if (bundle == null) {
                    return null;
                }
                bundles.add(bundle);
            }
            Map<String, List<String>> runner = new TreeMap<>();
            for (String option : runnerOptions) {
                runner.put(option, List.copyOf(parsed.values(option)));
            }
            return new ArchiveJob(command, bundles, parsed.values(ToolInput.CONTEXT), maxBytes, top,
                    parsed.positional(), runner);
        } catch (UsageException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** {@code simulate} or {@code diff}. */
    public String command() {
        return command;
    }

    /** The input paths, as given. */
    public List<String> inputs() {
        return inputs;
    }

    /** The values given to one of the runner's options, in order; empty when absent. */
    public List<String> runnerOption(String name) {
        return runnerOptions.getOrDefault(name, List.of());
    }

    /** The devices each article is planned for. */
    public List<String> devices() {
        return prepared().context().devices();
    }

    /**
     * Parses and plans one record (see {@link ArchiveRecord} for the format), given as JSON text; a bad
     * record gives a failed outcome named by {@code location} and its id. The first call in a JVM loads the
     * rules; later calls reuse them.
     */
    public Outcome plan(String location, String json) {
        Prepared prepared = prepared();
        ArchiveRecord parsed = ArchiveRecord.parse(json, maxBytes);
        List<Decision> decisions = new ArrayList<>();
        ArchiveRun.PlanSink sink = (r, device, scanned, ruleSet, context, plan) -> decisions.add(
                decision((ArchiveRecord.Article) parsed, prepared.rules().get(r).name(), device, scanned, ruleSet, context, plan));
        Object planned;
        try {
            planned = prepared.run().planRecord(location, parsed, sink);
        } catch (RuntimeException e) {
            planned = new ArticleFile.Failure(location, "planning failed: " + e);
        }
        if (planned instanceof ArchiveRun.Planned p) {
            return new Outcome(p, null, List.copyOf(decisions));
        }
        return new Outcome(null, ((ArticleFile.Failure) planned).line(), List.of());
    }

    /**
     * The report of {@code adslot simulate} or {@code adslot diff} ({@code format} {@code text} or
     * {@code json}) over the outcomes, in the order given; {@code nanos} and {@code threads} say how long the
     * planning took on how many cores, for the throughput line.
     */
    public String report(List<Outcome> outcomes, long nanos, int threads, String format) {
        Prepared prepared = prepared();
        List<ArchiveRun.Planned> planned = new ArrayList<>(outcomes.size());
        List<String> failures = new ArrayList<>();
        long bytes = 0;
        for (Outcome o : outcomes) {
            if (o.planned != null) {
                planned.add(o.planned);
                bytes += o.planned.bytes();
            } else {
                failures.add(o.failure);
            }
        }
        ArchiveRun.Result result = new ArchiveRun.Result(planned, failures, bytes, nanos, threads);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        List<String> devices = prepared.context().devices();
        if (command.equals("diff")) {
            DiffReport report = new DiffReport(prepared.rules().get(0), prepared.rules().get(1), prepared.context(),
                    devices, result, failures.size(), top);
            if (format.equals("json")) {
                report.printJson(out);
            } else {
                report.printText(out);
            }
        } else {
            SimulationReport report = new SimulationReport(prepared.rules().get(0), prepared.context(), devices, result,
                    failures.size(), 0, top);
            if (format.equals("json")) {
                report.printJson(out);
            } else {
                report.printText(out);
            }
        }
        out.flush();
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private Prepared prepared() {
        return PREPARED.computeIfAbsent(key, k -> prepare());
    }

    private Prepared prepare() {
        List<RuleFiles.NamedRules> loaded = new ArrayList<>();
        List<RuleSet> ruleSets = new ArrayList<>();
        for (RuleBundle bundle : rules) {
            RuleFiles.NamedRules named = bundle.load(System.err);
            if (named == null) {
                throw new IllegalStateException(bundle.argument() + ": the shipped rules did not load (see stderr)");
            }
            loaded.add(named);
            ruleSets.add(named.rules());
        }
        try {
            ContextArguments context = ContextArguments.parse(contextPairs);
            return new Prepared(List.copyOf(loaded), context, new ArchiveRun(ruleSets, context, maxBytes));
        } catch (UsageException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Identifies the job's content, so that each JVM prepares it once however often it is deserialized. */
    private String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.valueOf(List.of(command, rules, contextPairs, maxBytes)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Decision decision(ArchiveRecord.Article record, String rules, String device, ScannedArticle article,
                                     RuleSet ruleSet, ContextValues context, Plan plan) {
        Map<String, Integer> perKind = new TreeMap<>();
        List<String> kinds = new ArrayList<>();
        List<String> placements = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        List<Integer> wordsBetween = new ArrayList<>();
        List<Block> blocks = article.blocks();
        SlotDecision previous = null;
        for (SlotDecision slot : plan.slots()) {
            perKind.merge(slot.kind(), 1, Integer::sum);
            kinds.add(slot.kind());
            placements.add(slot.placementId());
            offsets.add(slot.offset());
            if (previous != null) {
                int words = 0;
                for (int b = previous.boundary(); b < slot.boundary() && b < blocks.size(); b++) {
                    words += blocks.get(b).words();
                }
                wordsBetween.add(words);
            }
            previous = slot;
        }
        Set<String> cuts = new LinkedHashSet<>();
        boolean densityCut = false;
        boolean limitCut = false;
        for (CandidateVerdict v : plan.verdicts()) {
            boolean density = PlanReading.cutByDensity(v);
            boolean limit = PlanReading.cutByLimit(v);
            densityCut |= density;
            limitCut |= limit;
            if (density || limit) {
                cuts.add(v.placementId() + ": " + v.reason());
            }
        }
        return new Decision(record.id(), record.revision(), rules, device, Planner.variant(ruleSet, context), plan.slots().size(),
                perKind, kinds, placements, offsets, plan.density(), wordsBetween, densityCut, limitCut, List.copyOf(cuts));
    }

    /**
     * What planning one record gave: the article reduced to what the report needs and its decisions, or
     * the line that names why the record is bad.
     */
    public static final class Outcome implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ArchiveRun.Planned planned;
        private final String failure;
        private final List<Decision> decisions;

        private Outcome(ArchiveRun.Planned planned, String failure, List<Decision> decisions) {
            this.planned = planned;
            this.failure = failure;
            this.decisions = decisions;
        }

        /** True for a bad record. */
        public boolean failed() {
            return planned == null;
        }

        /** Why the record is bad ({@code location: record id: reason}), or null. */
        public String failure() {
            return failure;
        }

        /** One decision per rule set and device; empty for a bad record. */
        public List<Decision> decisions() {
            return decisions;
        }

        /** The same outcome without its decisions: what the report needs, to bring back to one machine. */
        public Outcome forReport() {
            return decisions.isEmpty() ? this : new Outcome(planned, failure, List.of());
        }
    }

    /**
     * One article's plan under one rule set on one device, for the decisions table.
     *
     * @param id                the record's id
     * @param revision          the record's revision, or null
     * @param rules             the rule file as given on the command line ({@code diff}: old or new)
     * @param device            the device planned for
     * @param variant           the whole-rule-set variant the page got, or null when the rules have none
     * @param slots             how many slots
     * @param slotsPerKind      slots per kind ({@code ad}, {@code newsletter}...)
     * @param kinds             each slot's kind, in document order
     * @param placements        each slot's placement id (a placement variant's own id when one was chosen)
     * @param offsets           each slot's offset in the body, in chars
     * @param density           the estimated slot share of the page height
     * @param wordsBetweenSlots words in the blocks between each slot and the next
     * @param densityCut        true when the density budget rejected a candidate
     * @param limitCut          true when a slot limit rejected a candidate
     * @param cuts              why candidates were cut ({@code placement: reason}), each reason once
     */
    public record Decision(String id, String revision, String rules, String device, String variant, int slots,
                           Map<String, Integer> slotsPerKind, List<String> kinds, List<String> placements,
                           List<Integer> offsets, double density, List<Integer> wordsBetweenSlots, boolean densityCut,
                           boolean limitCut, List<String> cuts) implements Serializable {
    }
}
