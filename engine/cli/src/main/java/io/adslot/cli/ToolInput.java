package io.adslot.cli;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Options every publisher tool shares ({@code --rules}, {@code --context}, {@code --format},
 * {@code --max-bytes}) and reading a single article argument, so that the tools agree on names and messages.
 */
final class ToolInput {

    static final String RULES = "--rules";
    static final String CONTEXT = "--context";
    static final String FORMAT = "--format";
    static final String MAX_BYTES = "--max-bytes";

    private ToolInput() {
    }

    /** The option names every tool takes a value for, plus {@code extra}. */
    static Set<String> valued(String... extra) {
        java.util.Set<String> names = new java.util.HashSet<>(List.of(RULES, CONTEXT, FORMAT, MAX_BYTES));
        names.addAll(List.of(extra));
        return names;
    }

    /** The {@code --format} value, checked against {@code allowed}. */
    static String format(Arguments args, String... allowed) throws UsageException {
        String format = args.value(FORMAT, allowed[0]);
        if (!List.of(allowed).contains(format)) {
            throw new UsageException("--format must be one of " + String.join(", ", allowed) + ", got \"" + format + "\"");
        }
        return format;
    }

    /** The {@code --max-bytes} value: a byte count, or with a {@code k}/{@code m}/{@code g} suffix. */
    static long maxBytes(Arguments args) throws UsageException {
        String text = args.value(MAX_BYTES, null);
        if (text == null) {
            return ArticleFile.DEFAULT_MAX_BYTES;
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        long unit = 1;
        if (t.endsWith("b")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.endsWith("k")) {
            unit = 1024;
        } else if (t.endsWith("m")) {
            unit = 1024 * 1024;
        } else if (t.endsWith("g")) {
            unit = 1024L * 1024 * 1024;
        }
        if (unit > 1) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            long value = Long.parseLong(t.strip()) * unit;
            if (value <= 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException("--max-bytes needs a positive size such as 20m or 500000, got \"" + text + "\"");
        }
    }

    /**
     * Reads the one article a single-article tool works on: a path, or {@code -} for standard input.
     *
     * @return the text, or a failure whose line the caller prints
     */
    static ArticleFile.Read readArticle(String argument, Terminal terminal, long maxBytes) throws IOException {
        if (argument.equals("-")) {
            byte[] bytes = terminal.in().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                return new ArticleFile.Failure("<stdin>", "too large: more than " + ArticleFile.megabytes(maxBytes)
                        + " (raise --max-bytes to read it)");
            }
            return ArticleFile.decode("<stdin>", bytes);
        }
        return ArticleFile.read(terminal.resolve(argument), argument, maxBytes);
    }

    /** The single positional argument, or a usage error naming {@code usage}. */
    static String singleArticle(Arguments args, String usage) throws UsageException {
        if (args.positional().size() != 1) {
            throw new UsageException((args.positional().isEmpty() ? "no article given" : "one article at a time, got "
                    + args.positional().size()) + "; usage: " + usage);
        }
        return args.positional().get(0);
    }
}
