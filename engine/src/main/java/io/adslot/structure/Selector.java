package io.adslot.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSS selector list as rule files write it to name page elements: {@code article .entry-content},
 * {@code #story-body}, {@code div[itemprop=articleBody]}, {@code main > div.body, article}.
 *
 * <p>Supported: type selectors and {@code *}, {@code .class}, {@code #id}, attribute selectors
 * {@code [attr]}, {@code [attr=value]}, {@code [attr~=value]}, {@code [attr^=value]}, {@code [attr$=value]},
 * {@code [attr*=value]}, {@code [attr|=value]} (values bare or quoted), the descendant (whitespace) and
 * child ({@code >}) combinators, and lists separated by commas. Nothing else: no pseudo-classes, no sibling
 * combinators. Tag and attribute names match in any case, classes, ids and values exactly, as in HTML.
 *
 * <p>Matching is incremental (see {@link SelectorMatcher}): a complex selector of {@code k} compounds keeps
 * a {@code k}-bit state per open element, so matching a page costs the page's length times the selector's
 * length, whatever the nesting; nothing backtracks.
 *
 * @param text      the selector as written, trimmed
 * @param selectors the complex selectors of the list, in the order written
 */
public record Selector(String text, List<Complex> selectors) {

    /** The most compounds one complex selector may chain (they are bits of a long). */
    static final int MAX_COMPOUNDS = 62;

    public Selector {
        selectors = List.copyOf(selectors);
    }

    /**
     * Parses a selector list.
     *
     * @throws IllegalArgumentException saying what is wrong and what to write instead
     */
    public static Selector parse(String text) {
        String s = text == null ? "" : text.strip();
        Parser p = new Parser(s);
        List<Complex> list = new ArrayList<>();
        do {
            list.add(p.complex());
        } while (p.comma());
        if (!p.atEnd()) {
            throw p.error("unexpected \"" + p.rest() + "\"");
        }
        return new Selector(s, list);
    }

    /** True when every complex selector is one compound: what the block scanner itself can match. */
    public boolean isSimple() {
        for (Complex c : selectors) {
            if (c.compounds().size() > 1) {
                return false;
            }
            for (Condition condition : c.compounds().get(0).conditions()) {
                if (condition.operator() != Operator.EQUALS && condition.operator() != Operator.PRESENT
                        && condition.operator() != Operator.TOKEN) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * One complex selector: compounds joined by combinators.
     *
     * @param compounds   from the outermost to the element matched
     * @param childBefore {@code childBefore[i]} is true when compound {@code i} must be a child (not any
     *                    descendant) of the element matching compound {@code i - 1}; index 0 is unused
     */
    public record Complex(List<Compound> compounds, boolean[] childBefore) {
    }

    /**
     * Conditions on one element.
     *
     * @param tag        lower-case tag name, or null for any
     * @param conditions attribute conditions; {@code .c} and {@code #i} are conditions on class and id
     */
    public record Compound(String tag, List<Condition> conditions) {

        boolean matches(Tag element) {
            if (tag != null && !tag.equals(element.name)) {
                return false;
            }
            for (Condition c : conditions) {
                if (!c.matches(element)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** How an attribute condition compares. */
    public enum Operator { PRESENT, EQUALS, TOKEN, PREFIX, SUFFIX, CONTAINS, DASH_PREFIX }

    /** One attribute condition: {@code [name op value]}. */
    public record Condition(String attribute, Operator operator, String value) {

        /** The attribute name is interned: {@link Tag#attribute} finds {@code class} and {@code id} by identity. */
        public Condition {
            attribute = attribute.intern();
        }

        boolean matches(Tag element) {
            int a = element.attribute(attribute);
            if (a < 0) {
                return false;
            }
            if (operator == Operator.PRESENT) {
                return true;
            }
            String src = element.source();
            int start = element.valueStart(a);
            int end = element.valueEnd(a);
            int length = end - start;
            int v = value.length();
            return switch (operator) {
                case EQUALS -> length == v && src.startsWith(value, start);
                case TOKEN -> Tokens.contains(src, start, end, value);
                case PREFIX -> v > 0 && length >= v && src.startsWith(value, start);
                case SUFFIX -> v > 0 && length >= v && src.startsWith(value, end - v);
                case CONTAINS -> v > 0 && indexOf(src, start, end, value) >= 0;
                case DASH_PREFIX -> (length == v || (length > v && src.charAt(start + v) == '-'))
                        && src.startsWith(value, start);
                default -> true;
            };
        }

        /** Where {@code value} first occurs within {@code src[start, end)}: never searches past the value. */
        private static int indexOf(String src, int start, int end, String value) {
            char first = value.charAt(0);
            for (int at = start; at + value.length() <= end; at++) {
                if (src.charAt(at) == first && src.startsWith(value, at)) {
                    return at;
                }
            }
            return -1;
        }
    }

    private static final class Parser {
        private static final String FORMS = "write a tag (article), a class (.entry-content), an id (#story-body), "
                + "an attribute ([itemprop=articleBody]), combined (div.body[data-x]), with a space (descendant) or > (child) "
                + "between them and commas between alternatives";
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return i >= s.length();
        }

        String rest() {
            return s.substring(i);
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("selector \"" + s + "\": " + what + " at char " + (i + 1) + "; " + FORMS);
        }

        boolean comma() {
            skipSpace();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                skipSpace();
                return true;
            }
            return false;
        }

        Complex complex() {
            skipSpace();
            List<Compound> compounds = new ArrayList<>();
            List<Boolean> child = new ArrayList<>();
            child.add(false);
            compounds.add(compound());
            while (true) {
                int before = i;
                skipSpace();
                boolean isChild = false;
                if (i < s.length() && s.charAt(i) == '>') {
                    isChild = true;
                    i++;
                    skipSpace();
                } else if (i == before || i >= s.length() || s.charAt(i) == ',') {
                    i = before;
                    break;
                }
                if (compounds.size() == MAX_COMPOUNDS) {
                    throw error("more than " + MAX_COMPOUNDS + " compounds in one selector");
                }
                compounds.add(compound());
                child.add(isChild);
            }
            boolean[] childBefore = new boolean[child.size()];
            for (int k = 0; k < childBefore.length; k++) {
                childBefore[k] = child.get(k);
            }
            return new Complex(List.copyOf(compounds), childBefore);
        }

        Compound compound() {
            String tag = null;
            List<Condition> conditions = new ArrayList<>();
            if (i < s.length() && s.charAt(i) == '*') {
                i++;
            } else if (i < s.length() && isNameChar(s.charAt(i))) {
                tag = name().toLowerCase(Locale.ROOT);
            }
            int start = i;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '.') {
                    i++;
                    conditions.add(new Condition("class", Operator.TOKEN, needName("a class name after .")));
                } else if (c == '#') {
                    i++;
                    conditions.add(new Condition("id", Operator.EQUALS, needName("an id after #")));
                } else if (c == '[') {
                    i++;
                    conditions.add(attribute());
                } else {
                    break;
                }
            }
            if (tag == null && i == start && (start == 0 || s.charAt(start - 1) != '*')) {
                throw error(atEnd() ? "nothing to match" : "\"" + s.charAt(i) + "\" cannot start a selector");
            }
            if (i < s.length() && !isSpace(s.charAt(i)) && s.charAt(i) != ',' && s.charAt(i) != '>') {
                throw error("\"" + s.charAt(i) + "\" is not supported here");
            }
            return new Compound(tag, List.copyOf(conditions));
        }

        private Condition attribute() {
            skipSpace();
            String attribute = needName("an attribute name after [").toLowerCase(Locale.ROOT);
            skipSpace();
            if (i < s.length() && s.charAt(i) == ']') {
                i++;
                return new Condition(attribute, Operator.PRESENT, "");
            }
            Operator op;
            char c = i < s.length() ? s.charAt(i) : 0;
            if (c == '=') {
                op = Operator.EQUALS;
                i++;
            } else if (i + 1 < s.length() && s.charAt(i + 1) == '=' && "~^$*|".indexOf(c) >= 0) {
                op = switch (c) {
                    case '~' -> Operator.TOKEN;
                    case '^' -> Operator.PREFIX;
                    case '$' -> Operator.SUFFIX;
                    case '*' -> Operator.CONTAINS;
                    default -> Operator.DASH_PREFIX;
                };
                i += 2;
            } else {
                throw error("expected ], = or one of ~= ^= $= *= |= in an attribute selector");
            }
            skipSpace();
            String value;
            if (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
                char quote = s.charAt(i);
                int close = s.indexOf(quote, i + 1);
                if (close < 0) {
                    throw error("the quoted value is not closed");
                }
                value = s.substring(i + 1, close);
                i = close + 1;
            } else {
                value = needName("a value after the operator");
            }
            skipSpace();
            if (i >= s.length() || s.charAt(i) != ']') {
                throw error("the attribute selector is not closed with ]");
            }
            i++;
            return new Condition(attribute, op, value);
        }

        private String needName(String what) {
            if (i >= s.length() || !isNameChar(s.charAt(i))) {
                throw error("expected " + what);
            }
            return name();
        }

        private String name() {
            int start = i;
            while (i < s.length() && isNameChar(s.charAt(i))) {
                i++;
            }
            return s.substring(start, i);
        }

        private void skipSpace() {
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        }

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c > 0x7F;
        }
    }
}
