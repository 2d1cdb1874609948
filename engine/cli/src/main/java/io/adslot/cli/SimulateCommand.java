package io.adslot.cli;

import java.util.List;
import java.util.Set;

/**
 * {@code adslot simulate [--rules FILE] [--context k=v]... [--format text|json|csv] [--max-bytes N]
 * DIR_OR_FILE...}: what a rule set does to a whole archive before it goes live. Plans every article for each
 * device (or the one {@code --context device=...} names) and reports slots per article, estimated density,
 * the share of articles left without a slot, the articles where the density budget or a limit cut slots,
 * and throughput. With {@code --jsonl}, the
 * articles are the records of a JSON Lines archive (gzip or not; see {@link ArchiveRecord}), each in its own
 * context. Unreadable files and bad records are named on stderr and the run goes on; exit 1 when any failed.
 */
final class SimulateCommand implements Command {

    static final String USAGE = "adslot simulate [--rules FILE] [--context key=value]... [--format text|json|csv]"
            + " [--top N] [--max-bytes N] [--jsonl ARCHIVE.jsonl[.gz]]... [DIR_OR_FILE...]";

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String summary() {
        return "run rules over a folder of articles: slots, density, cuts, throughput";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws Exception {
        Arguments args = Arguments.parse(argList, ToolInput.valued("--top", ArchiveSources.JSONL), Set.of());
        String format = ToolInput.format(args, "text", "json", "csv");
        ContextArguments context = ContextArguments.parse(args.values(ToolInput.CONTEXT));
        long maxBytes = ToolInput.maxBytes(args);
        int top = topCount(args);
        List<String> archives = args.values(ArchiveSources.JSONL);
        if (args.positional().isEmpty() && archives.isEmpty()) {
            throw new UsageException("no articles given; usage: " + USAGE);
        }
        if (args.values(ToolInput.RULES).size() > 1) {
            throw new UsageException("one --rules at a time; to compare two rule sets use adslot diff");
        }
        RuleFiles.NamedRules rules = RuleFiles.load(args.value(ToolInput.RULES, null), terminal);
        if (rules == null) {
            return 1;
        }
        context.warnings(rules.rules()).forEach(terminal.err()::println);
        ArticleFiles.Listing listing = ArticleFiles.list(args.positional(), terminal);
        ArchiveRun run = new ArchiveRun(List.of(rules.rules()), context, maxBytes);
        ArchiveSources sources = new ArchiveSources(run, listing.files(), archives, terminal, maxBytes);
        ArchiveRun.Result result = run.run(sources, archives.isEmpty() ? listing.files().size() : -1,
                ProgressBar.forTerminal(terminal, archives.isEmpty() ? listing.files().size() : 0));

        listing.skipped().forEach(terminal.err()::println);
        listing.failures().forEach(terminal.err()::println);
        sources.failures().forEach(terminal.err()::println);
        result.failures().forEach(terminal.err()::println);
        if (rules.rules().page().findsContentRoot()) {
            terminal.out().printf(java.util.Locale.ROOT, "content root: none found on %d of %d pages (no slots there)%n",
                    run.withoutContentRoot(), result.planned().size());
        }
        SimulationReport report = new SimulationReport(rules, context, run.devices(), result,
                listing.failures().size() + sources.failures().size() + result.failures().size(), listing.skipped().size(), top);
        switch (format) {
            case "json" -> report.printJson(terminal.out());
            case "csv" -> report.printCsv(terminal.out());
            default -> report.printText(terminal.out());
        }
        return listing.failures().isEmpty() && sources.failures().isEmpty() && result.failures().isEmpty() ? 0 : 1;
    }

    /** {@code --top N}: how many articles the text and JSON reports list per finding (default 10). */
    static int topCount(Arguments args) throws UsageException {
        String text = args.value("--top", "10");
        try {
            int top = Integer.parseInt(text);
            if (top < 0) {
                throw new NumberFormatException();
            }
            return top;
        } catch (NumberFormatException e) {
            throw new UsageException("--top needs a count >= 0, got \"" + text + "\"");
        }
    }
}
