package io.adslot.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adslot.engine.AdSlotEngine;
import io.adslot.engine.Article;
import io.adslot.engine.Insertion;
import io.adslot.engine.PageContext;
import io.adslot.engine.RenderResult;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code adslot render [--rules FILE] [--context key=value]... [--format html|json] [--max-bytes N] [FILE|-]}:
 * prints the article with slots inserted, or a JSON object with the output and every insertion.
 *
 * <p>The article is read as the other tools read it ({@link ToolInput#readArticle}): at most
 * {@code --max-bytes}, strictly as UTF-8, so that a file that is not UTF-8 is refused with the byte offset
 * of the first bad sequence instead of being decoded with replacement characters, which would change its
 * bytes and shift every {@code byteOffset}. A leading byte-order mark is written back as it was read.
 */
final class RenderCommand implements Command {

    @Override
    public String name() {
        return "render";
    }

    @Override
    public String summary() {
        return "render [--rules FILE] [--context key=value]... [--format html|json] [--max-bytes N] [FILE|-]";
    }

    @Override
    public int run(List<String> args, Terminal terminal) throws Exception {
        Arguments a = Arguments.parse(args, ToolInput.valued(), Set.of());
        String format = a.value("--format", "html");
        if (!format.equals("html") && !format.equals("json")) {
            throw new UsageException("--format is html or json, got \"" + format + "\"");
        }
        if (a.positional().size() > 1) {
            throw new UsageException("takes one article (a file, or - for standard input), got " + a.positional().size());
        }
        ContextArguments contextArguments = ContextArguments.parse(a.values("--context"));
        contextArguments.warnings(null).forEach(terminal.err()::println);
        PageContext context = contextArguments.toPageContext();
        long maxBytes = ToolInput.maxBytes(a);
        String inputArg = a.positional().isEmpty() ? "-" : a.positional().get(0);
        ArticleFile.Read read = ToolInput.readArticle(inputArg, terminal, maxBytes);
        if (read instanceof ArticleFile.Failure failure) {
            terminal.err().println(failure.line());
            return 1;
        }
        ArticleFile.Text input = (ArticleFile.Text) read;
        String body = input.html();
        // The reader drops a byte-order mark; it goes back into the output, and counts in byte offsets.
        int markBytes = (int) (input.bytes() - utf8Length(body, 0, body.length()));
        try (AdSlotEngine engine = EngineOptions.build(a.value("--rules", null), terminal)) {
            if (engine == null) {
                return 1;
            }
            RenderResult result = engine.render(Article.of(input.name(), body), context);
            if (format.equals("json")) {
                writeJson(body, markBytes, result, terminal.out());
            } else {
                terminal.out().print(markBytes > 0 ? "\uFEFF" + result.html() : result.html());
                terminal.out().flush();
            }
            if (result.degraded()) {
                terminal.err().println(input.name() + ": rendered without slots: " + result.failureReason().orElse("engine failure"));
                return 1;
            }
            return 0;
        }
    }

    /** {@code {"html": ..., "insertions": [{"offset", "byteOffset", "placement", "slotId", "variant", "html"}...]}}. */
    static void writeJson(String input, int markBytes, RenderResult result, PrintStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonGenerator json = mapper.getFactory().createGenerator(out);
        json.setPrettyPrinter(new DefaultPrettyPrinter());
        json.writeStartObject();
        json.writeStringField("html", result.html());
        json.writeArrayFieldStart("insertions");
        int counted = 0;
        long bytes = markBytes;
        for (Insertion insertion : result.insertions()) {
            bytes += utf8Length(input, counted, insertion.offset());
            counted = insertion.offset();
            json.writeStartObject();
            json.writeNumberField("offset", insertion.offset());
            json.writeNumberField("byteOffset", bytes);
            json.writeStringField("placement", insertion.placementId());
            json.writeStringField("slotId", insertion.slotId());
            json.writeStringField("variant", insertion.variant());
            json.writeStringField("html", insertion.html());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.println();
        out.flush();
    }

    /**
     * UTF-8 length of {@code s[from, to)} as {@link String#getBytes} encodes it: a surrogate pair is 4 bytes,
     * a lone surrogate (which decoded input never holds) the 1 byte of its replacement.
     */
    static long utf8Length(String s, int from, int to) {
        long bytes = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes += 1;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
