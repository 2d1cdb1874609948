package io.adslot.reliability;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * Judges insertion offsets without trusting the block scanner, three ways:
 *
 * <ol>
 *   <li><b>Source ranges</b> (jsoup with position tracking, a full HTML5 tree builder): an offset must not
 *       fall strictly inside the source extent of a paragraph, heading, list, table, blockquote, figure,
 *       embed, {@code pre}, {@code script}, {@code style}... anywhere in the tree, nor inside any start
 *       or end tag, nor inside a comment.</li>
 *   <li><b>Tokens</b> ({@link MarkupTokenizer}, written separately): not inside a tag, comment or raw
 *       text, and not at the end when the input ends inside one of those.</li>
 *   <li><b>Reparse</b>: an empty marker element spliced in at every offset must come out of a parse
 *       of the result as an element (not swallowed into an attribute, comment or script) with no
 *       protected element among its ancestors. This also catches an element left open by the input
 *       (a {@code <ul>} closed only by the end of the article) that would adopt the slot.</li>
 * </ol>
 */
final class BoundaryOracle {

    /** Elements a slot must never stand inside. */
    static final Set<String> PROTECTED = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup",
            "ul", "ol", "dl", "menu", "dir", "li", "dd", "dt",
            "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "colgroup",
            "blockquote", "figure", "figcaption", "picture",
            "iframe", "video", "audio", "embed", "object", "svg", "canvas", "math",
            "pre", "listing", "xmp", "plaintext",
            "script", "style", "textarea", "title", "noscript", "noembed", "noframes", "template",
            "aside", "form", "details", "summary", "fieldset", "address", "dialog", "nav");

    private BoundaryOracle() {
    }

    /** Every problem with inserting at each of the offsets; empty when all are safe. */
    static List<String> violations(String html, Iterable<Integer> offsets) {
        TreeSet<Integer> distinct = new TreeSet<>();
        offsets.forEach(distinct::add);
        List<String> problems = new ArrayList<>();
        List<MarkupTokenizer.Span> ranges = sourceRanges(html);
        List<MarkupTokenizer.Span> tokens = MarkupTokenizer.spans(html);
        for (int offset : distinct) {
            if (offset < 0 || offset > html.length()) {
                problems.add("offset " + offset + " is outside the input of length " + html.length());
                continue;
            }
            inside(ranges, offset, "jsoup", problems);
            inside(tokens, offset, "tokenizer", problems);
        }
        problems.addAll(reparse(html, distinct));
        return problems;
    }

    private static void inside(List<MarkupTokenizer.Span> spans, int offset, String oracle, List<String> problems) {
        for (MarkupTokenizer.Span span : spans) {
            if (span.strictlyContains(offset)) {
                problems.add("offset " + offset + " is inside " + span.what() + " [" + span.start() + ", " + span.end()
                        + ") (" + oracle + ")");
                return;
            }
        }
    }

    /** Source extents of protected elements, of every tag, and of every comment, from jsoup. */
    static List<MarkupTokenizer.Span> sourceRanges(String html) {
        List<MarkupTokenizer.Span> spans = new ArrayList<>();
        Map<Node, Integer> extentEnd = new IdentityHashMap<>();
        Document shell = Document.createShell("");
        Set<Integer> mains = mainsGivenAsDir(html);
        List<Node> roots = Parser.htmlParser().setTrackPosition(true).parseFragmentInput(forJsoup(html), shell.body(), "");
        for (Node root : roots) {
            root.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                }

                @Override
                public void tail(Node node, int depth) {
                    Range range = node.sourceRange();
                    int end = range.isTracked() ? range.endPos() : -1;
                    for (Node child : node.childNodes()) {
                        end = Math.max(end, extentEnd.getOrDefault(child, -1));
                    }
                    if (node instanceof Element element) {
                        Range close = element.endSourceRange();
                        if (close.isTracked()) {
                            end = Math.max(end, close.endPos());
                            if (close.endPos() > close.startPos()) {
                                spans.add(new MarkupTokenizer.Span(close.startPos(), close.endPos(), "end tag </" + element.normalName() + ">"));
                            }
                        }
                        if (range.isTracked() && range.endPos() > range.startPos()) {
                            spans.add(new MarkupTokenizer.Span(range.startPos(), range.endPos(), "start tag <" + element.normalName() + ">"));
                        }
                        if (element.normalName().equals("p")) {
                            // also when jsoup found a </p> for it: after the dialog a browser reads that as a new, empty p
                            int cut = closedBySpec(element, end);
                            if (cut < end && range.isTracked()) {
                                // closing the p pops what is open inside it (<p><video><dialog>): their extents end there too
                                for (int i = 0; i < spans.size(); i++) {
                                    MarkupTokenizer.Span inner = spans.get(i);
                                    if (inner.what().endsWith("> element") && inner.start() > range.startPos()
                                            && inner.start() < cut && inner.end() > cut) {
                                        spans.set(i, new MarkupTokenizer.Span(inner.start(), cut, inner.what()));
                                    }
                                }
                            }
                            end = Math.min(end, cut);
                        }
                        if (range.isTracked() && isProtected(element, mains)) {
                            spans.add(new MarkupTokenizer.Span(range.startPos(), end, "<" + element.normalName() + "> element"));
                        }
                    } else if (node instanceof Comment && range.isTracked()) {
                        spans.add(new MarkupTokenizer.Span(range.startPos(), range.endPos(), "comment"));
                    }
                    extentEnd.put(node, end);
                }
            });
        }
        return spans;
    }

    /**
     * Input as jsoup should see it to parse as a browser does, with every offset kept. jsoup's reader uses
     * U+FFFF as its end-of-input sentinel, so it would stop at one; a browser keeps the noncharacter as
     * text: another noncharacter stands in. jsoup trims tag names with {@code String.trim()}, so that
     * {@code <h2\u001B>} would become an {@code h2}; for a browser it is an unknown element: other
     * control characters become U+FFFD, which a browser also keeps in a name.
     */
    private static String forJsoup(String html) {
        char[] chars = html.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\uFFFF') {
                chars[i] = '\uFFFE';
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0) {
                chars[i] = '\uFFFD';
            }
        }
        // jsoup 1.22 reads main as an ordinary element: its start tag closes no open p, and its end tag is
        // ignored with a paragraph or a heading still open inside. The Standard reads it as it reads the
        // obsolete dir (the same start tags close a p, the same end tags generate implied end tags, and
        // neither breaks out of SVG or MathML), so the main tags that HTML rules read are given to jsoup as
        // "dir " (as long), told from the input's own dirs by where they start ({@link #isProtected}). Not
        // as div: a stray </div> would close it. Left: a </dir> of the input's own closes such a main for
        // jsoup, and a </main> its dir.
        for (int name : MarkupTokenizer.htmlMainTagNames(html)) {
            chars[name] = 'd';
            chars[name + 1] = 'i';
            chars[name + 2] = 'r';
            chars[name + 3] = ' ';
        }
        String noscriptAsRawText = NOSCRIPT_TAG.matcher(new String(chars)).replaceAll("$1noframes");
        return cdataOnlyInForeignContent(FRAMESET_TAG.matcher(noscriptAsRawText).replaceAll("$1frame   "));
    }

    /**
     * jsoup reads {@code <![CDATA[} as a CDATA section up to {@code ]]>} everywhere (in a table, as text);
     * a browser only in SVG or MathML, and elsewhere as a bogus comment up to the first {@code >}. Every
     * {@code <![CDATA[} that jsoup does not make a CDATA section of an SVG or MathML element is rewritten
     * to {@code <!-CDATA[} (as long, a bogus comment for jsoup too), and the input parsed again until
     * nothing changes. One that stands inside a section rewritten in the same pass is left to the next
     * parse, which sees it as markup: it may well open a section inside an SVG, as the second one in
     * {@code <![CDATA[<p><svg><![CDATA[x]]></svg>} does.
     */
    private static String cdataOnlyInForeignContent(String html) {
        String current = html;
        while (current.contains("<![CDATA[")) {
            Set<Integer> foreignSections = new java.util.HashSet<>();
            Document shell = Document.createShell("");
            for (Node root : Parser.htmlParser().setTrackPosition(true).parseFragmentInput(current, shell.body(), "")) {
                root.traverse((node, depth) -> {
                    if (node instanceof org.jsoup.nodes.CDataNode cdata && cdata.sourceRange().isTracked()
                            && cdata.parent() != null
                            && !cdata.parent().tag().namespace().equals(Parser.NamespaceHtml)) {
                        foreignSections.add(cdata.sourceRange().startPos());
                    }
                });
            }
            char[] chars = current.toCharArray();
            boolean rewritten = false;
            int swallowedUntil = -1;
            for (int at = current.indexOf("<![CDATA["); at >= 0; at = current.indexOf("<![CDATA[", at + 1)) {
                if (at < swallowedUntil) {
                    continue;
                }
                int close = current.indexOf("]]>", at + 9);
                swallowedUntil = close < 0 ? current.length() : close + 3;
                if (!foreignSections.contains(at)) {
                    chars[at + 2] = '-';
                    rewritten = true;
                }
            }
            if (!rewritten) {
                return current;
            }
            current = new String(chars);
        }
        return current;
    }

    /**
     * A {@code <frameset>} in an article body is ignored by a browser (the page has long had content, so
     * "frameset-ok" is off); jsoup's fragment parser would still let it replace the body. It is rewritten
     * to {@code <frame   } (same length), a start or end tag the in-body parser ignores, as a browser
     * ignores the frameset here.
     */
    private static final java.util.regex.Pattern FRAMESET_TAG =
            java.util.regex.Pattern.compile("(</?)frameset", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Browsers with scripting on (the only ones that show ads) read {@code noscript} as raw text; jsoup
     * parses it as markup, as with scripting off. {@code noframes} is raw text in jsoup and as long.
     */
    private static final java.util.regex.Pattern NOSCRIPT_TAG =
            java.util.regex.Pattern.compile("(</?)noscript", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Where the HTML spec (newer than jsoup 1.22's table) ends a {@code <p>}: at a child {@code <dialog>},
     * {@code <search>} or {@code <main>} start tag, which jsoup leaves inside the paragraph (a later
     * {@code </p>} closes it there; a browser reads that as a new, empty paragraph).
     */
    /** Elements that bound "button scope" (or hold foreign content): a dialog inside them leaves the p open. */
    private static final Set<String> KEEPS_P_OPEN = Set.of(
            "applet", "button", "caption", "html", "marquee", "object", "table", "td", "th", "template", "select",
            "svg", "math");

    private static int closedBySpec(Element p, int end) {
        // children in document order, and theirs unless they bound button scope: <p><font><dialog> closes
        // the p and pops the font with it (the parser reopens the font afterwards)
        java.util.ArrayDeque<Element> todo = new java.util.ArrayDeque<>(p.children());
        while (!todo.isEmpty()) {
            Element child = todo.pollFirst();
            String name = child.normalName();
            if ((name.equals("dialog") || name.equals("search") || name.equals("main")) && child.sourceRange().isTracked()) {
                return child.sourceRange().startPos();
            }
            if (!KEEPS_P_OPEN.contains(name)) {
                List<Element> inner = child.children();
                for (int i = inner.size() - 1; i >= 0; i--) {
                    todo.addFirst(inner.get(i));
                }
            }
        }
        return end;
    }

    /** Where each start tag of a main given to jsoup as a dir starts ({@link #forJsoup}). */
    private static Set<Integer> mainsGivenAsDir(String html) {
        Set<Integer> starts = new java.util.HashSet<>();
        for (int name : MarkupTokenizer.htmlMainTagNames(html)) {
            starts.add(name - 1);
        }
        return starts;
    }

    /** A slot must not stand inside the element; a dir that is a main given to jsoup as one is no list. */
    private static boolean isProtected(Element e, Set<Integer> mains) {
        return PROTECTED.contains(e.normalName()) && !(e.normalName().equals("dir") && e.sourceRange().isTracked()
                && mains.contains(e.sourceRange().startPos()));
    }

    /** Splices a marker at each offset, parses the result, and checks where each marker ended up. */
    static List<String> reparse(String html, TreeSet<Integer> offsets) {
        List<Splice> markers = new ArrayList<>();
        int k = 0;
        for (int offset : offsets) {
            if (offset >= 0 && offset <= html.length()) {
                markers.add(new Splice(offset, Splice.marker(k++)));
            }
        }
        String output = Splice.apply(html, markers);
        Set<Integer> mains = mainsGivenAsDir(output);
        Document shell = Document.createShell("");
        List<Node> roots = Parser.htmlParser().setTrackPosition(true).parseFragmentInput(forJsoup(output), shell.body(), "");
        List<String> problems = new ArrayList<>();
        Map<String, Element> found = new java.util.HashMap<>();
        for (Node root : roots) {
            root.traverse((node, depth) -> {
                if (node instanceof Element e && e.hasAttr("data-reliability-slot") && e.normalName().equals("div")) {
                    found.putIfAbsent(e.attr("data-reliability-slot"), e);
                }
            });
        }
        for (int i = 0; i < markers.size(); i++) {
            Element marker = found.get(String.valueOf(i));
            int offset = markers.get(i).offset();
            if (marker == null) {
                problems.add("a slot at offset " + offset + " does not come out of the parse as an element (reparse)");
                continue;
            }
            for (Node up = marker.parent(); up != null; up = up.parent()) {
                if (up instanceof Element e && isProtected(e, mains)) {
                    problems.add("a slot at offset " + offset + " ends up inside <" + e.normalName() + "> (reparse)");
                    break;
                }
            }
        }
        return problems;
    }
}
