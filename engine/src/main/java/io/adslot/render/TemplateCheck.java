package io.adslot.render;

import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import io.adslot.rules.RuleProblem;
import io.adslot.rules.Suggestions;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a slot template's tags before it serves, so that a mistake in one is found when the rules load
 * (by {@code adslot validate} and the engine alike), named {@code file:line:col: message}, instead of at the
 * first render.
 *
 * <ul>
 *   <li>{@code {{{context.x}}}} and {@code {{&context.x}}} print a reader-controlled value without escaping:
 *       an error, since a page's section or query value could then write markup.</li>
 *   <li>A variable that no slot provides (neither a field of {@link SlotScope} nor of the values inside its
 *       lists) prints nothing, silently: a warning that names what the template can use.</li>
 *   <li>A compile error of Mustache.java gets the template's file and line, and the column of the tag it
 *       names when it names one.</li>
 * </ul>
 *
 * <p>Tags are found by a linear walk from {@code {{} to {@code }}}; a template that changes its
 * delimiters ({@code {{=<% %>=}}}) is checked only up to that tag.
 */
final class TemplateCheck {

    /** Every name a template may print or open as a section: the fields of the scope and of its list items. */
    static final Set<String> KNOWN_NAMES = knownNames();

    private TemplateCheck() {
    }

    /**
     * The problems of one template's source.
     *
     * @param file   the template file as reports name it
     * @param source the template text
     */
    static List<RuleProblem> check(String file, String source) {
        List<RuleProblem> problems = new ArrayList<>();
        int open = source.indexOf("{{");
        while (open >= 0) {
            boolean triple = source.startsWith("{{{", open);
            int contentStart = open + (triple ? 3 : 2);
            int close = source.indexOf(triple ? "}}}" : "}}", contentStart);
            if (close < 0) {
                return problems; // the compiler reports the unclosed tag
            }
            String content = source.substring(contentStart, close).strip();
            char sigil = content.isEmpty() ? ' ' : content.charAt(0);
            if (sigil == '=') {
                return problems;
            }
            boolean raw = triple || sigil == '&';
            String name = (sigil == '&' || sigil == '#' || sigil == '^') ? content.substring(1).strip() : content;
            boolean variable = triple || sigil == '&' || sigil == '#' || sigil == '^' || Character.isLetter(sigil);
            if (variable && !name.isEmpty()) {
                String first = name.indexOf('.') > 0 ? name.substring(0, name.indexOf('.')) : name;
                int line = lineOf(source, open);
                int column = open - source.lastIndexOf('\n', open - 1);
                if (raw && first.equals("context")) {
                    problems.add(new RuleProblem(file, line, column, RuleProblem.Severity.ERROR,
                            "\"" + source.substring(open, close + (triple ? 3 : 2)) + "\" prints a page's context"
                                    + " value unescaped, so a reader-controlled value could write markup; write {{"
                                    + name + "}}, which escapes it"));
                } else if (!name.equals(".") && !KNOWN_NAMES.contains(first)) {
                    String meant = Suggestions.closest(first, KNOWN_NAMES);
                    problems.add(new RuleProblem(file, line, column, RuleProblem.Severity.WARNING,
                            "no slot provides \"" + first + "\", so {{" + content + "}} is always empty; "
                                    + (meant != null ? "did you mean \"" + meant + "\"?"
                                    : "a template can use " + String.join(", ", KNOWN_NAMES))));
                }
            }
            open = source.indexOf("{{", close + (triple ? 3 : 2));
        }
        return problems;
    }

    /**
     * A Mustache.java compile error as a problem of the template file: its line from the error's context,
     * and the column of the tag the message quotes ({@code Failed to close 'sizes' tag}) on that line.
     */
    static RuleProblem compileError(String file, String source, MustacheException e) {
        TemplateContext where = e.getContext();
        int line = where == null ? 0 : where.line();
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = message.indexOf(" @[");
        String plain = at > 0 ? message.substring(0, at) : message;
        return new RuleProblem(file, line, columnOfQuotedTag(source, line, plain), RuleProblem.Severity.ERROR,
                "template does not compile: " + plain);
    }

    private static int columnOfQuotedTag(String source, int line, String message) {
        int quote = message.indexOf('\'');
        int end = quote < 0 ? -1 : message.indexOf('\'', quote + 1);
        if (line < 1 || end < 0) {
            return 0;
        }
        int lineStart = 0;
        for (int l = 1; l < line && lineStart >= 0; l++) {
            lineStart = source.indexOf('\n', lineStart);
            lineStart = lineStart < 0 ? -1 : lineStart + 1;
        }
        if (lineStart < 0) {
            return 0;
        }
        int lineEnd = source.indexOf('\n', lineStart);
        String text = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
        String tag = message.substring(quote + 1, end);
        for (String opening : List.of("{{#" + tag, "{{^" + tag, "{{" + tag)) {
            int found = text.indexOf(opening);
            if (found >= 0) {
                return found + 1;
            }
        }
        return 1;
    }

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = source.indexOf('\n'); i >= 0 && i < offset; i = source.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    private static Set<String> knownNames() {
        Set<String> names = new TreeSet<>();
        for (Class<?> type : List.of(SlotScope.class, SlotScope.Size.class, SlotScope.DataAttribute.class)) {
            for (Field field : type.getFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    names.add(field.getName());
                }
            }
        }
        return java.util.Collections.unmodifiableSet(names);
    }
}
