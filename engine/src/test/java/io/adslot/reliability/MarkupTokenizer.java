package io.adslot.reliability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An independent, deliberately plain reading of HTML tokens, written from the HTML spec's tokenizer
 * states and sharing no code with the block scanner: it lists the spans where inserted markup would
 * land inside a tag (its name or attributes), a comment, a CDATA section, or the raw text of
 * {@code script}, {@code style}, {@code textarea}... A construct that the input leaves open at its end
 * extends past the end, because markup appended there would be read as part of it (an attribute value,
 * a script).
 *
 * <p>Which elements hold raw text depends on the tree: inside SVG and MathML ("foreign content") a
 * {@code <script>} or {@code <style>} is an ordinary element whose content is markup, and only there is
 * {@code <![CDATA[} a CDATA section. So the tokenizer follows the spec's foreign-content rules with a
 * stack of the elements opened since the outermost {@code <svg>} or {@code <math>}: foreign elements,
 * integration points where HTML rules resume, breakout start tags that pop the foreign elements. An end
 * tag inside SVG that no foreign element takes closes the HTML element of its name around the SVG, and
 * the SVG with it, when that element is in scope ({@code <div><svg></div>}); for that it keeps the names
 * of the HTML elements opened outside foreign content, with the one implied end tag that decides scopes
 * most often (a block start tag closes an open {@code p}) and without the others.
 */
final class MarkupTokenizer {

    /** Start tags of a table's parts that clear the stack back to the table, section or row they go in. */
    private static final Set<String> TABLE_PART_STARTS = Set.of(
            "caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr");

    /** Start tags the parser ignores in a body outside a table. */
    private static final Set<String> IGNORED_OUTSIDE_TABLE = Set.of(
            "caption", "col", "colgroup", "frame", "head", "tbody", "td", "tfoot", "th", "thead", "tr");

    /** Elements whose content is text up to their own end tag. */
    private static final Set<String> RAW_TEXT = Set.of(
            "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext");

    /** Start tags that end foreign content (the spec's list; {@code font} only with color, face or size). */
    private static final Set<String> BREAKOUT = Set.of(
            "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed",
            "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr",
            "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u",
            "ul", "var");

    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
            "param", "keygen", "basefont", "bgsound", "frame", "image");

    /** One element open since the outermost foreign root: its namespace ("svg", "math" or "html") and name. */
    private record Open(String namespace, String name, boolean htmlAnnotation) {
        boolean foreign() {
            return !namespace.equals("html");
        }

        /** Start tags (and text) here follow HTML rules. */
        boolean htmlIntegrationPoint() {
            return namespace.equals("svg") && Set.of("foreignobject", "desc", "title").contains(name)
                    || namespace.equals("math") && name.equals("annotation-xml") && htmlAnnotation;
        }

        boolean mathTextIntegrationPoint() {
            return namespace.equals("math") && Set.of("mi", "mo", "mn", "ms", "mtext").contains(name);
        }
    }

    /** A span of the input that insertions must stay out of: offsets strictly between start and end. */
    record Span(int start, int end, String what) {
        boolean strictlyContains(int offset) {
            return start < offset && offset < end;
        }
    }

    private final String s;
    private final int n;
    private final List<Span> spans = new ArrayList<>();
    /** HTML elements opened outside foreign content and not closed by their end tag, innermost last. */
    private final List<String> html = new ArrayList<>();
    /**
     * Indices in {@link #html} of the templates whose content has had a start tag, and of those whose first
     * one was a {@code col}: the parser reads such a template's content "in column group", where every start
     * tag but {@code col} and {@code template} is ignored (so an {@code <iframe>} there opens no raw text).
     */
    private final Set<Integer> templatesWithContent = new HashSet<>();
    private final Set<Integer> columnGroupTemplates = new HashSet<>();
    /** Elements open since the outermost {@code <svg>} or {@code <math>}, innermost last; empty in HTML content. */
    private final List<Open> foreign = new ArrayList<>();
    /**
     * Formatting elements closed with an element around them ({@code <p><font><p>}, {@code <p><font></p>}): the
     * parser reopens them ("reconstruct the active formatting elements") before the next text or start tag
     * other than a block's ({@link #reconstructsFirst}), an {@code <svg>} or {@code <math>} among them, which
     * then stands inside them. Each with the size of {@link #html} at its close: a marker element (a cell, a
     * caption...) opened since keeps it closed inside.
     */
    private final List<Closed> toReopen = new ArrayList<>();

    private record Closed(String name, int depth) {
    }

    private static final Set<String> MARKERS = Set.of("applet", "caption", "marquee", "object", "td", "th", "template");
    // the attributes of the tag just read
    private boolean selfClosing;
    private final java.util.Map<String, String> attributes = new java.util.HashMap<>();

    private final List<Integer> htmlMainTagNames = new ArrayList<>();

    private MarkupTokenizer(String s) {
        this.s = s;
        this.n = s.length();
    }

    /**
     * Where the name of each {@code main} start or end tag that HTML rules read (not one inside SVG or
     * MathML) starts: the tags the jsoup judge is given as {@code div}s.
     */
    static List<Integer> htmlMainTagNames(String html) {
        MarkupTokenizer t = new MarkupTokenizer(html);
        t.run();
        return t.htmlMainTagNames;
    }

    /** The forbidden spans of the input, in order. */
    static List<Span> spans(String html) {
        MarkupTokenizer t = new MarkupTokenizer(html);
        t.run();
        return t.spans;
    }

    private void run() {
        int i = 0;
        while (i < n) {
            int lt = s.indexOf('<', i);
            text(i, lt < 0 ? n : lt);
            if (lt < 0) {
                return;
            }
            i = afterMarkup(lt);
        }
    }

    /**
     * Text in HTML content: the parser reopens the formatting elements closed with an element around them
     * before it inserts a character ("reconstruct the active formatting elements"), so that an end tag of
     * their name later closes the reopened one. Not modelled in a table or a select, where text is
     * foster-parented or inserted as it is, nor for NULs, which the in-body mode drops.
     */
    private void text(int from, int to) {
        if (!foreign.isEmpty() || toReopen.isEmpty() || insideTableOrSelect()) {
            return;
        }
        for (int k = from; k < to; k++) {
            if (s.charAt(k) != 0) {
                reopenFormatting();
                return;
            }
        }
    }

    /** Where the in-body rules for text and start tags do not apply as they are. */
    private static final Set<String> TABLE_OR_SELECT = Set.of("table", "tbody", "thead", "tfoot", "tr", "select",
            "option", "optgroup");

    private boolean insideTableOrSelect() {
        return !html.isEmpty() && TABLE_OR_SELECT.contains(html.get(html.size() - 1));
    }

    private int afterMarkup(int lt) {
        if (lt + 1 >= n) {
            text(lt, n);
            return n; // a lone '<' at the end is text; what follows it starts fresh
        }
        char c = s.charAt(lt + 1);
        if (isLetter(c)) {
            return tag(lt, lt + 1, true);
        }
        if (c == '/') {
            if (lt + 2 >= n) {
                spans.add(new Span(lt, n + 1, "'</' at the end"));
                return n;
            }
            char d = s.charAt(lt + 2);
            if (isLetter(d)) {
                return tag(lt, lt + 2, false);
            }
            if (d == '>') {
                spans.add(new Span(lt, lt + 3, "empty end tag"));
                return lt + 3;
            }
            return untilGreaterThan(lt, "bogus comment");
        }
        if (c == '!') {
            if (s.startsWith("--", lt + 2)) {
                return comment(lt);
            }
            if (s.startsWith("[CDATA[", lt + 2) && !foreign.isEmpty() && current().foreign()) {
                int close = s.indexOf("]]>", lt + 9);
                if (close < 0) {
                    spans.add(new Span(lt, n + 1, "unterminated CDATA section"));
                    return n;
                }
                spans.add(new Span(lt, close + 3, "CDATA section"));
                return close + 3;
            }
            return untilGreaterThan(lt, "markup declaration");
        }
        if (c == '?') {
            return untilGreaterThan(lt, "processing instruction");
        }
        text(lt, lt + 1); // '<' before anything else is a character
        return lt + 1;
    }

    private int untilGreaterThan(int lt, String what) {
        int gt = s.indexOf('>', lt + 2);
        if (gt < 0) {
            spans.add(new Span(lt, n + 1, "unterminated " + what));
            return n;
        }
        spans.add(new Span(lt, gt + 1, what));
        return gt + 1;
    }

    private int comment(int lt) {
        int body = lt + 4;
        if (s.startsWith(">", body)) {
            spans.add(new Span(lt, body + 1, "comment"));
            return body + 1;
        }
        if (s.startsWith("->", body)) {
            spans.add(new Span(lt, body + 2, "comment"));
            return body + 2;
        }
        for (int i = body; i < n; i++) {
            if (s.startsWith("-->", i)) {
                spans.add(new Span(lt, i + 3, "comment"));
                return i + 3;
            }
            if (s.startsWith("--!>", i)) {
                spans.add(new Span(lt, i + 4, "comment"));
                return i + 4;
            }
        }
        spans.add(new Span(lt, n + 1, "unterminated comment"));
        return n;
    }

    /** A start or end tag whose name starts at {@code nameStart}; returns the index after it. */
    private int tag(int lt, int nameStart, boolean start) {
        int i = nameStart;
        while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '/' && s.charAt(i) != '>') {
            i++;
        }
        String name = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
        int end = attributesEnd(i);
        if (end < 0) {
            spans.add(new Span(lt, n + 1, "unterminated tag <" + name));
            return n;
        }
        spans.add(new Span(lt, end, (start ? "tag <" : "tag </") + name + ">"));
        boolean html = start ? startTagInTree(name) : endTagInTree(name);
        if (html && name.equals("main")) {
            htmlMainTagNames.add(nameStart);
        }
        if (html && start && RAW_TEXT.contains(name)) {
            return rawText(name, end);
        }
        return end;
    }

    private Open current() {
        return foreign.get(foreign.size() - 1);
    }

    /** Tree construction for a start tag, as far as foreign content goes; true when HTML rules read it. */
    private boolean startTagInTree(String name) {
        if (!foreign.isEmpty() && current().foreign()) {
            Open node = current();
            boolean htmlRules = node.htmlIntegrationPoint()
                    || node.mathTextIntegrationPoint() && !name.equals("mglyph") && !name.equals("malignmark")
                    || node.namespace().equals("math") && node.name().equals("annotation-xml") && name.equals("svg");
            if (!htmlRules) {
                boolean fontBreaksOut = name.equals("font") && (attributes.containsKey("color")
                        || attributes.containsKey("face") || attributes.containsKey("size"));
                if (!BREAKOUT.contains(name) && !fontBreaksOut) {
                    if (!selfClosing) {
                        String encoding = attributes.getOrDefault("encoding", "").toLowerCase(Locale.ROOT);
                        foreign.add(new Open(node.namespace(), name,
                                encoding.equals("text/html") || encoding.equals("application/xhtml+xml")));
                    }
                    return false;
                }
                popForeignElements();
            }
        }
        if (foreign.isEmpty()) {
            if (name.equals("a")) {
                closeOpenLink();
            }
            // in a table or a select only a foreign root is modelled as reopening them (foster-parented)
            boolean foreignRoot = name.equals("svg") || name.equals("math");
            if (reconstructsFirst(name) && (foreignRoot || !insideTableOrSelect())) {
                reopenFormatting();
            }
        }
        if (name.equals("svg") || name.equals("math")) {
            if (!selfClosing) {
                foreign.add(new Open(name, name, false));
            }
            return false;
        }
        if (foreign.isEmpty() && !html.isEmpty() && html.get(html.size() - 1).equals("template")) {
            int template = html.size() - 1;
            if (columnGroupTemplates.contains(template) && !name.equals("col") && !name.equals("template")) {
                return false; // "in column group" with the template current: every other start tag is ignored
            }
            if (!templatesWithContent.contains(template)) {
                templatesWithContent.add(template);
                if (name.equals("col")) {
                    columnGroupTemplates.add(template);
                }
            }
        }
        if (foreign.isEmpty() && TABLE_PART_STARTS.contains(name) && html.contains("table")) {
            clearBackToTableContext(name);
        }
        if (foreign.isEmpty() && name.equals("table")) {
            endTableAroundATable();
        }
        if (!VOID.contains(name) && !RAW_TEXT.contains(name)) {
            if (foreign.isEmpty()) {
                if (IGNORED_OUTSIDE_TABLE.contains(name) && !html.contains("table")) {
                    return true; // the in-body mode ignores a stray <td>: it opens nothing that bounds a scope
                }
                if (name.equals("body") || name.equals("html")) {
                    return true; // in a body these only add attributes to the open ones
                }
                if (CLOSES_P.contains(name) || isHeading(name)) {
                    closeParagraphInButtonScope();
                }
                if (isHeading(name) && !html.isEmpty() && isHeading(html.get(html.size() - 1))) {
                    closeFrom(html.size() - 1); // a heading start tag pops a heading that is the current node
                }
                html.add(name);
            } else {
                if (CLOSES_P.contains(name) || isHeading(name)) {
                    closeParagraphInIntegrationPoint();
                }
                if (isHeading(name) && !current().foreign() && isHeading(current().name())) {
                    foreign.remove(foreign.size() - 1);
                }
                foreign.add(new Open("html", name, false)); // HTML inside an integration point
            }
        }
        return true;
    }

    /**
     * Closes the HTML element {@code name} outside foreign content if it is in scope; false when it is not.
     * The end tag of an element that is neither special nor formatting (the spec's "any other end tag")
     * reaches no further than the first special element open above it.
     */
    private boolean closeHtml(String name) {
        if (TABLE_PARTS.contains(name)) {
            return closeTablePart(name);
        }
        boolean plain = !SPECIAL.contains(name) && !FORMATTING.contains(name) && !isHeading(name);
        for (int i = html.size() - 1; i >= 0; i--) {
            String open = html.get(i);
            if (closedBy(open, name)) {
                closeFrom(i);
                return true;
            }
            if (Set.of("applet", "caption", "html", "table", "td", "th", "marquee", "object", "template").contains(open)
                    || (plain && SPECIAL.contains(open))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A table part's start tag in a table (13.2.6.4.9, .13 to .15; a void {@code col} too): a cell or caption
     * open around it closes
     * first, and the parser clears the stack back to the table, section or row the part goes in, popping what
     * was foster-parented above it ({@code <table><h2><tr>} closes the h2). The tokenizer's stack holds no
     * implied section or row: a table stands in for them.
     */
    private void clearBackToTableContext(String name) {
        Set<String> contexts = switch (name) {
            case "tr" -> Set.of("tbody", "thead", "tfoot", "table");
            case "td", "th" -> Set.of("tr", "tbody", "thead", "tfoot", "table");
            case "col" -> Set.of("colgroup", "table");
            default -> Set.of("table");
        };
        for (int i = html.size() - 1; i >= 0; i--) {
            String open = html.get(i);
            if (contexts.contains(open)) {
                if (i + 1 < html.size()) {
                    closeFrom(i + 1);
                }
                return;
            }
            if (open.equals("td") || open.equals("th") || open.equals("caption")) {
                closeFrom(i); // the cell or caption closes, and the tag is read again in the row or table
            } else if (open.equals("template") || open.equals("html")) {
                return;
            }
        }
    }

    /**
     * A {@code <table>} start tag in a table outside its cells and caption ("in table", "in table body", "in
     * row"; 13.2.6.4.9): the current table ends (what was foster-parented above it with it), and the tag is
     * read again where it then stands: {@code <table><table>} is two tables side by side, not nested.
     */
    private void endTableAroundATable() {
        for (int i = html.size() - 1; i >= 0; i--) {
            String open = html.get(i);
            if (open.equals("td") || open.equals("th") || open.equals("caption") || open.equals("template")
                    || open.equals("html")) {
                return;
            }
            if (open.equals("table")) {
                closeFrom(i);
                return;
            }
        }
    }

    /** End tags of a table and its parts: in a cell or a caption they close it first, looking in table scope. */
    private static final Set<String> TABLE_PARTS = Set.of("table", "tbody", "tfoot", "thead", "tr");

    /**
     * Closes the table, section or row {@code name} if it is in table scope (13.2.6.4.9 to .15: in a cell such an
     * end tag closes the cell and is reprocessed; in a caption only {@code </table>} does, the others are
     * ignored). The tokenizer's stack holds no implied element, so a cell stands for the row the parser opened
     * around it, and a cell or row for the body, unless a section was written.
     */
    private boolean closeTablePart(String name) {
        int cell = -1;
        boolean row = false;
        boolean section = false;
        for (int i = html.size() - 1; i >= 0; i--) {
            String open = html.get(i);
            if (open.equals(name)) {
                closeFrom(i);
                return true;
            }
            switch (open) {
                case "caption" -> {
                    if (!name.equals("table")) {
                        return false;
                    }
                }
                case "td", "th" -> cell = i;
                case "tr" -> row = true;
                case "tbody", "thead", "tfoot" -> section = true;
                case "table" -> {
                    if (name.equals("tr") && cell >= 0) {
                        closeFrom(cell);
                        return true;
                    }
                    if (name.equals("tbody") && (cell >= 0 || row) && !section) {
                        closeFrom(i + 1);
                        return true;
                    }
                    return false;
                }
                case "template", "html" -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /**
     * Start tags the in-body mode inserts without first reopening the formatting elements: the blocks that
     * close a p, lists and their items, forms, tables, rules, raw text and the head's elements. Every other
     * start tag (formatting, phrasing, void phrasing like {@code img} or {@code br}, SVG and MathML, unknown
     * names) reopens them first.
     */
    private static final Set<String> NO_RECONSTRUCTION = Set.of(
            "pre", "listing", "form", "li", "dd", "dt", "plaintext", "table", "hr", "param", "source", "track",
            "textarea", "iframe", "noembed", "noscript", "rb", "rtc", "rp", "rt", "base", "basefont", "bgsound",
            "link", "meta", "noframes", "script", "style", "template", "title", "body", "html", "frameset",
            "caption", "col", "colgroup", "frame", "head", "tbody", "td", "tfoot", "th", "thead", "tr");

    private static boolean reconstructsFirst(String name) {
        return !CLOSES_P.contains(name) && !isHeading(name) && !NO_RECONSTRUCTION.contains(name);
    }

    /** Closes the HTML element at {@code i} and those opened inside it, remembering the formatting ones to reopen. */
    private void closeFrom(int i) {
        for (String above : html.subList(i + 1, html.size())) {
            if (FORMATTING.contains(above)) {
                toReopen.add(new Closed(above, i));
            }
        }
        html.subList(i, html.size()).clear();
        templatesWithContent.removeIf(index -> index >= i);
        columnGroupTemplates.removeIf(index -> index >= i);
    }

    /** Reopens what {@link #toReopen} holds, but not across a marker element opened since its close. */
    private void reopenFormatting() {
        List<String> reopened = new ArrayList<>();
        toReopen.removeIf(closed -> {
            boolean markerSince = html.subList(Math.min(closed.depth(), html.size()), html.size()).stream()
                    .anyMatch(MARKERS::contains);
            if (!markerSince) {
                reopened.add(closed.name());
            }
            return !markerSince;
        });
        html.addAll(reopened);
    }

    /** Non-void start tags that close a p in button scope first (headings too). */
    private static final Set<String> CLOSES_P = Set.of(
            "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
            "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "listing", "main", "menu",
            "nav", "ol", "p", "pre", "search", "section", "summary", "table", "ul");

    /** The HTML elements that bound the button scope (foreign integration points bound it too). */
    private static final Set<String> BUTTON_SCOPE_BOUNDARIES =
            Set.of("applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button");

    /** The implied end of a p that a block start tag brings ({@code <p><div>}), where a p is open in button scope. */
    private void closeParagraphInButtonScope() {
        for (int i = html.size() - 1; i >= 0; i--) {
            String open = html.get(i);
            if (open.equals("p")) {
                closeFrom(i);
                return;
            }
            if (BUTTON_SCOPE_BOUNDARIES.contains(open)) {
                return;
            }
        }
    }

    /**
     * The same inside an integration point ({@code <svg><foreignObject><p><p>}): the second p closes the first.
     * The integration point, like any foreign element, bounds the button scope.
     */
    private void closeParagraphInIntegrationPoint() {
        for (int i = foreign.size() - 1; i >= 0 && !foreign.get(i).foreign(); i--) {
            String open = foreign.get(i).name();
            if (open.equals("p")) {
                foreign.subList(i, foreign.size()).clear();
                return;
            }
            if (BUTTON_SCOPE_BOUNDARIES.contains(open)) {
                return;
            }
        }
    }

    /**
     * An {@code <a>} while a link is still listed as active (since the last marker) runs the adoption agency
     * for it: that link is no longer open ({@code <a><a></a>} leaves nothing open). What was opened inside it
     * stays tracked, as the agency may move it rather than close it.
     */
    private void closeOpenLink() {
        for (int i = html.size() - 1; i >= 0; i--) {
            String open = html.get(i);
            if (open.equals("a")) {
                html.remove(i);
                return;
            }
            if (Set.of("applet", "caption", "marquee", "object", "template", "td", "th").contains(open)) {
                return; // a marker: a link before it is not in the list's reach
            }
        }
    }

    /** The spec's special elements that can be open (void ones never are). */
    private static final Set<String> SPECIAL = Set.of(
            "address", "applet", "article", "aside", "blockquote", "body", "button", "caption", "center", "colgroup",
            "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset",
            "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "html", "iframe", "li", "listing", "main",
            "marquee", "menu", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "plaintext", "pre",
            "script", "search", "section", "select", "style", "summary", "table", "tbody", "td", "template",
            "textarea", "tfoot", "th", "thead", "title", "tr", "ul", "xmp");

    private static final Set<String> FORMATTING = Set.of(
            "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    /** True when an end tag of {@code endTagName} closes an HTML element {@code open}: its own, or any heading's ({@code </h3>} closes an h2). */
    private static boolean closedBy(String open, String endTagName) {
        return open.equals(endTagName) || isHeading(open) && isHeading(endTagName);
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /** The breakout step: pops foreign elements until an HTML element or an integration point is current. */
    private void popForeignElements() {
        while (!foreign.isEmpty() && current().foreign() && !current().htmlIntegrationPoint()
                && !current().mathTextIntegrationPoint()) {
            foreign.remove(foreign.size() - 1);
        }
    }

    /** Tree construction for an end tag: closes what it closes among the elements tracked. */
    private boolean endTagInTree(String name) {
        if (name.equals("body") || name.equals("html")) {
            return true; // in a body these only switch the insertion mode: nothing is popped, SVG stays current
        }
        if (foreign.isEmpty()) {
            toReopen.removeIf(closed -> closed.name().equals(name)); // its end tag takes it off the list
            closeHtml(name);
            return true;
        }
        if (current().foreign()) {
            if (name.equals("p") || name.equals("br")) {
                popForeignElements();
                if (foreign.isEmpty()) {
                    closeHtml(name);
                }
                return true;
            }
            int i = foreign.size() - 1;
            for (; i >= 0 && foreign.get(i).foreign(); i--) {
                if (foreign.get(i).name().equals(name)) {
                    foreign.subList(i, foreign.size()).clear();
                    return false;
                }
            }
            if (i < 0) {
                // past the outermost foreign root: the end tag closes an HTML element around it, if one is in scope
                if (closeHtml(name)) {
                    foreign.clear();
                }
                return true;
            }
        }
        // HTML rules: an HTML element of that name opened inside the integration point closes, with what is
        // inside it; the walk stops at a foreign element (an integration point bounds every scope)
        for (int i = foreign.size() - 1; i >= 0 && !foreign.get(i).foreign(); i--) {
            if (closedBy(foreign.get(i).name(), name)) {
                foreign.subList(i, foreign.size()).clear();
                break;
            }
        }
        return true;
    }

    /** Walks attribute states from {@code i}; the index after the closing '>', or -1 at end of input. */
    private int attributesEnd(int i) {
        selfClosing = false;
        attributes.clear();
        while (true) {
            while (i < n && (isSpace(s.charAt(i)) || s.charAt(i) == '/')) {
                selfClosing = s.charAt(i) == '/' && i + 1 < n && s.charAt(i + 1) == '>';
                i++;
            }
            if (i >= n) {
                return -1;
            }
            if (s.charAt(i) == '>') {
                return i + 1;
            }
            int nameStart = i;
            i++; // first character of the name, which may be '='
            while (i < n && !isSpace(s.charAt(i)) && "/>=".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String attribute = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
            attributes.putIfAbsent(attribute, "");
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i < n && s.charAt(i) == '=') {
                i++;
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    return -1;
                }
                char q = s.charAt(i);
                if (q == '"' || q == '\'') {
                    int close = s.indexOf(q, i + 1);
                    if (close < 0) {
                        return -1;
                    }
                    attributes.replace(attribute, "", s.substring(i + 1, close));
                    i = close + 1;
                } else {
                    int valueStart = i;
                    while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '>') {
                        i++;
                    }
                    attributes.replace(attribute, "", s.substring(valueStart, i));
                }
            }
        }
    }

    /** Raw text from {@code from} (just after the start tag) to its end tag: no offset from {@code from} on is outside. */
    private int rawText(String name, int from) {
        if (name.equals("plaintext")) {
            spans.add(new Span(from - 1, n + 1, "plaintext"));
            return n;
        }
        if (name.equals("script")) {
            return scriptData(from);
        }
        int i = from;
        while (true) {
            int close = s.indexOf("</", i);
            if (close < 0) {
                spans.add(new Span(from - 1, n + 1, "unterminated " + name));
                return n;
            }
            int after = close + 2 + name.length();
            if (after <= n && s.regionMatches(true, close + 2, name, 0, name.length())
                    && (after == n || isSpace(s.charAt(after)) || s.charAt(after) == '/' || s.charAt(after) == '>')) {
                spans.add(new Span(from - 1, close + 1, name + " content"));
                return close; // the end tag itself is read as a tag
            }
            i = close + 2;
        }
    }

    /**
     * Script text, one character at a time through the spec's script data states: escaped after {@code <!--}
     * until {@code -->}, double escaped after a {@code <script>} inside escaped text, where {@code </script>}
     * only returns to escaped text.
     */
    private int scriptData(int from) {
        boolean escaped = false;
        boolean doubleEscaped = false;
        int dashes = 0;
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c == '-') {
                dashes++;
                continue;
            }
            if (c == '>' && dashes >= 2 && escaped) {
                escaped = false;
                doubleEscaped = false;
            } else if (c == '<') {
                if (!escaped && s.startsWith("!--", i + 1)) {
                    escaped = true;
                    i += 3;
                    dashes = 2; // the opener's dashes count: <!--> ends the escape at once
                    continue;
                }
                if (s.startsWith("/", i + 1) && scriptTagAt(i + 2)) {
                    if (!doubleEscaped) {
                        spans.add(new Span(from - 1, i + 1, "script content"));
                        return i;
                    }
                    doubleEscaped = false;
                } else if (escaped && !doubleEscaped && scriptTagAt(i + 1)) {
                    doubleEscaped = true;
                }
            }
            dashes = 0;
        }
        spans.add(new Span(from - 1, n + 1, "unterminated script"));
        return n;
    }

    private boolean scriptTagAt(int at) {
        int after = at + 6;
        return after <= n && s.regionMatches(true, at, "script", 0, 6)
                && (after == n || isSpace(s.charAt(after)) || s.charAt(after) == '/' || s.charAt(after) == '>');
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
