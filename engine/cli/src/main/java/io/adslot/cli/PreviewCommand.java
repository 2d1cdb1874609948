package io.adslot.cli;

import io.adslot.article.BlockScanner;
import io.adslot.article.ScannedArticle;
import io.adslot.placement.Plan;
import io.adslot.placement.Planner;
import io.adslot.structure.PageReader;
import io.adslot.rules.LayoutModel;
import io.adslot.rules.RuleSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code adslot preview [--rules FILE] [--context k=v]... -o preview.html ARTICLE}: writes one self-contained
 * HTML page (no server, no network) showing the article on each device with its slots highlighted, every
 * candidate boundary marked with each placement's verdict, and a density meter per device that compares the
 * planner's estimate with the height the browser really lays out. See {@link PreviewPage}.
 */
final class PreviewCommand implements Command {

    static final String USAGE = "adslot preview [--rules FILE] [--context key=value]... -o OUTPUT.html ARTICLE";

    @Override
    public String name() {
        return "preview";
    }

    @Override
    public String summary() {
        return "write a self-contained HTML page showing slots, candidates and density per device";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws Exception {
        Arguments args = Arguments.parse(argList,
                Set.of(ToolInput.RULES, ToolInput.CONTEXT, ToolInput.MAX_BYTES, "-o", "--output"), Set.of());
        ContextArguments context = ContextArguments.parse(args.values(ToolInput.CONTEXT));
        String articleArg = ToolInput.singleArticle(args, USAGE);
        long maxBytes = ToolInput.maxBytes(args);
        String output = args.value("-o", args.value("--output", null));
        if (output == null) {
            throw new UsageException("no output file given (-o preview.html); usage: " + USAGE);
        }
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
        RuleSet ruleSet = rules.rules();
        PageReader.Read page = new PageReader(new BlockScanner(ruleSet.scan())::scan, ruleSet.page()).read(text.html());
        ScannedArticle article = page.article();
        List<PreviewPage.DeviceView> views = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        for (String device : context.devices()) {
            Plan plan = Planner.plan(article, page.structure(), ruleSet, context.forDevice(device));
            views.add(new PreviewPage.DeviceView(device, layoutFor(ruleSet, device), PlanReading.maxDensity(ruleSet, device),
                    plan, PlanReading.candidates(article, plan)));
            summary.append(summary.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %d slot%s (%.1f%%)",
                    device, plan.slots().size(), plan.slots().size() == 1 ? "" : "s", plan.density() * 100));
        }
        String html = new PreviewPage(text.name(), rules.name(), context.describe(), article, views).html();
        Path target = terminal.resolve(output);
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.writeString(target, html, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            terminal.err().println(output + ": cannot write: " + e.getMessage());
            return 1;
        }
        terminal.out().println("wrote " + output + ": " + summary);
        return 0;
    }

    /** The layout the planner estimated with: the device's, else mobile's, else the planner's default phone. */
    private static LayoutModel layoutFor(RuleSet rules, String device) {
        LayoutModel model = PlanReading.layout(rules, device);
        return model != null ? model : new LayoutModel(device, 360, 40, 26, 16, 40, 240, PlanReading.DEFAULT_MAX_DENSITY);
    }
}
