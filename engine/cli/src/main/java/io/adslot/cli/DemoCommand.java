package io.adslot.cli;

import io.adslot.article.Block;
import io.adslot.article.BlockScanner;
import io.adslot.article.ScannedArticle;
import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.PageContext;
import io.adslot.engine.PlannedSlot;
import io.adslot.engine.RenderResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code adslot demo [--context key=value]... [-o FILE]}: renders the bundled sample article with the
 * bundled default rules, prints where the slots went, and writes a page to open in a browser.
 */
final class DemoCommand implements Command {

    static final String SAMPLE = "adslot/samples/article.html";
    static final String DEFAULT_OUTPUT = "adslot-demo.html";

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "demo [--context key=value]... [-o FILE]   render the bundled sample with the default rules";
    }

    @Override
    public int run(List<String> args, Terminal terminal) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--context", "-o", "--output"), Set.of());
        if (!a.positional().isEmpty()) {
            throw new UsageException("takes no article; it renders the bundled sample (use render for your own)");
        }
        ContextArguments contextArguments = ContextArguments.parse(a.values("--context"));
        contextArguments.warnings(null).forEach(terminal.err()::println);
        PageContext context = contextArguments.toPageContext();
        Path output = terminal.resolve(a.value("-o", a.value("--output", DEFAULT_OUTPUT)));
        String body = readSample();
        try (AdSlotEngine engine = EngineOptions.build(null, terminal)) {
            if (engine == null) {
                return 1;
            }
            Article article = Article.of("adslot-sample", body);
            RenderResult result = engine.render(article, context);
            List<PlannedSlot> slots = engine.plan(article, context).slots();
            ScannedArticle scanned = BlockScanner.withDefaults().scan(body);
            terminal.out().printf("Rendered the bundled sample article (%d blocks, %d words) with the bundled %s (rules version %s)%n",
                    scanned.blocks().size(), scanned.totalWords(), EngineOptions.BUNDLED_DEFAULT_RULES, engine.rulesVersion());
            terminal.out().printf("context: %s%n", context);
            terminal.out().printf("%d slot(s):%n", slots.size());
            for (PlannedSlot slot : slots) {
                terminal.out().printf("  %-12s at offset %5d, after %s; ad unit %s, sizes %s%n",
                        slot.slotId(), slot.offset(), describeBlockBefore(scanned, slot.offset()),
                        slot.adUnit(), String.join(", ", slot.sizes()));
            }
            Files.writeString(output, page(result.html()), StandardCharsets.UTF_8);
            terminal.out().printf("wrote %s: open it in a browser%n", terminal.workingDirectory().relativize(output.toAbsolutePath()));
            if (result.degraded()) {
                terminal.err().println("demo: rendered without slots: " + result.failureReason().orElse("engine failure"));
                return 1;
            }
            return 0;
        }
    }

    private static String readSample() throws IOException {
        try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IOException("bundled sample " + SAMPLE + " missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** "paragraph «The plan passed with…»" for the block that ends where the slot goes. */
    static String describeBlockBefore(ScannedArticle scanned, int offset) {
        for (Block block : scanned.blocks()) {
            if (block.end() == offset) {
                String text = visibleText(scanned.source().substring(block.start(), block.end()));
                return block.kind().ruleName() + " «" + (text.length() > 48 ? text.substring(0, 47) + "…" : text) + "»";
            }
        }
        return offset == 0 ? "the start" : "offset " + offset;
    }

    /** The block's text without tags, whitespace runs folded, for a one-line description. */
    private static String visibleText(String html) {
        StringBuilder text = new StringBuilder();
        boolean inTag = false;
        boolean space = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<') {
                inTag = true;
            } else if (c == '>') {
                inTag = false;
            } else if (!inTag) {
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    space = text.length() > 0;
                } else {
                    if (space) {
                        text.append(' ');
                        space = false;
                    }
                    text.append(c);
                }
            }
        }
        return text.toString().replace("&nbsp;", " ");
    }

    private static String page(String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>adslot demo</title>\n"
                + "<style>body{max-width:680px;margin:2rem auto;padding:0 1rem;font:18px/1.6 Georgia,serif;color:#222}"
                + "img{max-width:100%;height:auto}"
                + ".adslot{display:block;margin:1.5rem -1rem;padding:.25rem 1rem;background:#f4f4f4;"
                + "border-top:1px solid #ddd;border-bottom:1px solid #ddd}"
                + ".adslot-label{font:11px/2 sans-serif;letter-spacing:.06em;text-transform:uppercase;color:#777;"
                + "text-align:center}</style>\n</head>\n<body>\n"
                + body + "\n</body>\n</html>\n";
    }
}
