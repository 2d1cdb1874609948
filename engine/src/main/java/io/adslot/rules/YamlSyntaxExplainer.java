package io.adslot.rules;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns SnakeYAML's syntax errors into plain words about the lines a person wrote.
 *
 * <p>The parser speaks of its own tokens ("expected &lt;block end&gt;, but found '&lt;block mapping
 * start&gt;'"). The mistakes behind its common errors are few: a line indented more than the key above it,
 * which already has a value; a key that lines up with no key above it; a key without its colon; a tab in
 * the indentation; a quote or bracket never closed; an unquoted value holding {@code ": "}. Each is
 * recognised from the error and the lines around it, and explained with what to write instead. Anything
 * else keeps the parser's own words, without its token names.
 */
final class YamlSyntaxExplainer {

    private final String[] lines;

    private YamlSyntaxExplainer(String text) {
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    /** A plain message for {@code error}, raised while reading {@code text}. */
    static String explain(MarkedYAMLException error, String text) {
        return new YamlSyntaxExplainer(text).explain(error);
    }

    private String explain(MarkedYAMLException error) {
        String problem = error.getProblem() == null ? "" : error.getProblem().strip();
        Mark at = error.getProblemMark();
        Mark context = error.getContextMark();
        int line = at == null ? -1 : at.getLine();
        if (problem.contains("(TAB)") || problem.contains("\\t")) {
            return "a tab in the indentation; YAML indents with spaces only, replace the tab with spaces";
        }
        if (problem.startsWith("mapping values are not allowed") && line >= 0) {
            return mappingValueHere(line, at.getColumn());
        }
        if (problem.contains("could not find expected ':'") && context != null) {
            String key = content(context.getLine());
            return "\"" + shorten(key) + "\" on line " + (context.getLine() + 1) + " is not key: value; write a colon and a"
                    + " space after the key, as in kind: ad";
        }
        if (problem.contains("but found '<block mapping start>'") && line >= 0 && line < lines.length) {
            return misaligned(line, at.getColumn());
        }
        String contextText = error.getContext() == null ? "" : error.getContext();
        if (contextText.contains("quoted scalar") && context != null) {
            return "the quoted value that starts on line " + (context.getLine() + 1) + " is never closed; add the closing quote";
        }
        if ((contextText.contains("flow sequence") || contextText.contains("flow mapping") || contextText.contains("flow node"))
                && context != null) {
            String opened = contextText.contains("sequence") ? "list opened with [" : contextText.contains("mapping")
                    ? "mapping opened with {" : "[ or {";
            return "the " + opened + " on line " + (context.getLine() + 1)
                    + " is never closed; close it, or write the values on their own lines";
        }
        return "YAML syntax error" + (contextText.isEmpty() ? "" : " " + contextText.strip()) + ": " + withoutTokenNames(problem)
                + "; check indentation, colons and quotes";
    }

    /** A {@code key:} where no value may start: indented under a key that has a value, or a second colon. */
    private String mappingValueHere(int line, int column) {
        String text = line < lines.length ? lines[line] : "";
        int firstColon = keyColon(text);
        String key = keyOf(text);
        if (firstColon >= 0 && firstColon < column) {
            return "the value after " + key + ": holds \": \"; put the value in quotes, as in " + key + ": \""
                    + shorten(text.substring(firstColon + 1).strip()) + "\"";
        }
        int above = previousContentLine(line);
        if (above < 0) {
            return "this line is indented more than it should be; start it at the column of the keys around it";
        }
        String aboveKey = keyOf(lines[above]);
        String aboveValue = lines[above].substring(Math.max(0, keyColon(lines[above]) + 1)).strip();
        return "this line is indented more than the key above it, but " + aboveKey + ": on line " + (above + 1)
                + " already has the value \"" + shorten(aboveValue) + "\"; did you mean to put " + key + ": under "
                + aboveKey + ":? Then remove that value; otherwise start " + key + ": at the column of " + aboveKey + ":";
    }

    /** A key that lines up with none of the keys it could belong beside. */
    private String misaligned(int line, int column) {
        String key = keyOf(lines[line]);
        List<String> columns = new ArrayList<>();
        int indent = Integer.MAX_VALUE;
        for (int i = line - 1; i >= 0 && columns.size() < 4; i--) {
            if (content(i).isEmpty()) {
                continue;
            }
            int keyColumn = keyColumn(lines[i]);
            if (keyColumn < indent) {
                indent = keyColumn;
                columns.add((keyColumn + 1) + " (" + keyOf(lines[i]) + ":)");
            }
        }
        return key + ": starts at column " + (column + 1) + ", which lines up with no key above it"
                + (columns.isEmpty() ? "" : " (keys above start at columns " + String.join(", ", columns) + ")")
                + "; move it to the column of the key it belongs beside";
    }

    private int previousContentLine(int line) {
        for (int i = line - 1; i >= 0; i--) {
            if (!content(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** The line without indentation and comment; empty for blank and comment lines. */
    private String content(int line) {
        if (line < 0 || line >= lines.length) {
            return "";
        }
        String text = lines[line].strip();
        return text.startsWith("#") ? "" : text;
    }

    /** Column (0-based) where the line's key starts, after the indentation and any {@code "- "}. */
    private static int keyColumn(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    private static String keyOf(String text) {
        int start = keyColumn(text);
        int colon = keyColon(text);
        return shorten(colon > start ? text.substring(start, colon).strip() : text.substring(start).strip());
    }

    /** Index of the colon that ends the line's key ({@code ": "} or a colon at the end), or -1. */
    private static int keyColon(String text) {
        for (int i = keyColumn(text); i < text.length(); i++) {
            if (text.charAt(i) == ':' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static String withoutTokenNames(String problem) {
        return problem.replace("'<block mapping start>'", "a key")
                .replace("'<block sequence start>'", "a list item")
                .replace("<block end>", "the end of the block")
                .replace("<stream end>", "the end of the file");
    }
}
