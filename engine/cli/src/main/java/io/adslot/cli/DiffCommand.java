package io.adslot.cli;

import java.util.List;
import java.util.Set;

/**
 * {@code adslot diff --rules OLD --rules NEW [--context k=v]... [--format text|json|csv] DIR_OR_FILE...}:
 * the same archive planned under two rule sets, per device: how many articles change, slots gained and
 * lost, the density change, and the articles that change most. Each file is read and scanned once for both
 * rule sets. With {@code --jsonl}, the
 * articles are the records of a JSON Lines archive (gzip or not; see {@link ArchiveRecord}), each in its own
 * context. Unreadable files and bad records are named on stderr and the run goes on; exit 1 when any failed.
 */
final class DiffCommand implements Command {

    static final String USAGE = "adslot diff --rules OLD --rules NEW [--context key=value]... [--format text|json|csv]"
            + " [--top N] [--max-bytes N] [--jsonl ARCHIVE.jsonl[.gz]]... [DIR_OR_FILE...]";

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String summary() {
        return "compare two rule sets over the same articles: changes, slots gained and lost, density";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws Exception {
        Arguments args = Arguments.parse(argList, ToolInput.valued("--top", ArchiveSources.JSONL), Set.of());
        String format = ToolInput.format(args, "text", "json", "csv");
        ContextArguments context = ContextArguments.parse(args.values(ToolInput.CONTEXT));
        long maxBytes = ToolInput.maxBytes(args);
        int top = SimulateCommand.topCount(args);
        List<String> ruleArgs = args.values(ToolInput.RULES);
        if (ruleArgs.size() != 2) {
            throw new UsageException("diff needs exactly two --rules (old, then new), got " + ruleArgs.size() + "; usage: " + USAGE);
        }
        List<String> archives = args.values(ArchiveSources.JSONL);
        if (args.positional().isEmpty() && archives.isEmpty()) {
            throw new UsageException("no articles given; usage: " + USAGE);
        }
        RuleFiles.NamedRules before = RuleFiles.load(ruleArgs.get(0), terminal);
        RuleFiles.NamedRules after = RuleFiles.load(ruleArgs.get(1), terminal);
        if (before == null || after == null) {
            return 1;
        }
        java.util.Set<String> warnings = new java.util.LinkedHashSet<>(context.warnings(before.rules()));
        warnings.retainAll(context.warnings(after.rules()));
        warnings.forEach(terminal.err()::println);
        ArticleFiles.Listing listing = ArticleFiles.list(args.positional(), terminal);
        ArchiveRun run = new ArchiveRun(List.of(before.rules(), after.rules()), context, maxBytes);
        ArchiveSources sources = new ArchiveSources(run, listing.files(), archives, terminal, maxBytes);
        ArchiveRun.Result result = run.run(sources, archives.isEmpty() ? listing.files().size() : -1,
                ProgressBar.forTerminal(terminal, archives.isEmpty() ? listing.files().size() : 0));

        listing.skipped().forEach(terminal.err()::println);
        listing.failures().forEach(terminal.err()::println);
        sources.failures().forEach(terminal.err()::println);
        result.failures().forEach(terminal.err()::println);
        DiffReport report = new DiffReport(before, after, context, run.devices(), result,
                listing.failures().size() + sources.failures().size() + result.failures().size(), top);
        switch (format) {
            case "json" -> report.printJson(terminal.out());
            case "csv" -> report.printCsv(terminal.out());
            default -> report.printText(terminal.out());
        }
        return listing.failures().isEmpty() && sources.failures().isEmpty() && result.failures().isEmpty() ? 0 : 1;
    }
}
