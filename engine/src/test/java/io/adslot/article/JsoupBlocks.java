package io.adslot.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * The reference answer for the differential test: the atomic blocks of an article body as jsoup's
 * spec-following tree builder delimits them.
 *
 * <p>The body is parsed as a fragment in a {@code <body>} context with positions tracked; the DOM is
 * walked with an explicit stack (no recursion, so a deep corpus file cannot overflow), reading
 * through the same container elements the scanner reads through and collecting every atomic
 * element found there. The tables of names below are written out independently of
 * {@link TagInfo} on purpose: a shared table would make the comparison agree with itself.
 */
final class JsoupBlocks {

    /** One atomic element as jsoup saw it. {@code end} is -1 when its end tag was implied. */
    record Expected(BlockKind kind, String tag, int start, int end) {
        boolean explicitEnd() {
            return end >= 0;
        }
    }

    /** Elements read through: the blocks inside them are blocks of the article. */
    static final Set<String> CONTAINERS = Set.of(
            "div", "section", "article", "main", "header", "footer", "center", "body", "html");

    /** Styling wrappers: a block inside one is still a block of the article (the scanner reads them as containers). */
    static final Set<String> STYLING_WRAPPERS = Set.of(
            "span", "font", "b", "i", "em", "strong", "u", "s", "strike", "small", "big", "mark", "sub",
            "sup", "tt", "nobr", "bdi", "bdo", "del", "ins", "cite", "q", "abbr", "dfn", "time", "data",
            "code", "kbd", "samp", "var");

    private JsoupBlocks() {
    }

    /** The kind of an atomic element, or null when the element is not an atomic block. */
    static BlockKind atomicKind(String tag) {
        return switch (tag) {
            case "p" -> BlockKind.PARAGRAPH;
            case "h1", "h2", "h3", "h4", "h5", "h6", "hgroup" -> BlockKind.HEADING;
            case "ul", "ol", "dl", "menu", "dir", "li", "dd", "dt" -> BlockKind.LIST;
            case "table" -> BlockKind.TABLE;
            case "blockquote" -> BlockKind.BLOCKQUOTE;
            case "figure" -> BlockKind.FIGURE;
            case "pre", "listing", "xmp", "plaintext" -> BlockKind.PRE;
            case "hr" -> BlockKind.HR;
            case "aside", "form", "nav", "details", "dialog", "fieldset", "address", "figcaption", "summary",
                 "template", "search" -> BlockKind.OTHER;
            default -> tag.indexOf('-') > 0 && !tag.startsWith("amp-") ? BlockKind.OTHER : null;
        };
    }

    /** Parses {@code html} as a body fragment and returns its atomic blocks in document order. */
    static List<Expected> of(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true).setMaxDepth(Integer.MAX_VALUE);
        List<Node> roots = parser.parseFragmentInput(html, new Element("body"), "");
        List<Expected> found = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            pending.push(roots.get(i));
        }
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (!(node instanceof Element element)) {
                continue;
            }
            String tag = element.normalName();
            BlockKind kind = atomicKind(tag);
            if (kind == BlockKind.PARAGRAPH && isMediaOnly(element)) {
                kind = BlockKind.FIGURE;
            }
            if (kind != null) {
                Range startTag = element.sourceRange();
                if (!startTag.isTracked() || startTag.isImplicit()) {
                    continue; // created by the tree builder (an empty <p> for a stray </p>): no source
                }
                Range endTag = element.endSourceRange();
                int end = endTag.isTracked() && !endTag.isImplicit() ? endTag.endPos() : -1;
                if (element.tag().isSelfClosing() || tag.equals("hr")) {
                    end = startTag.endPos();
                }
                found.add(new Expected(kind, tag, startTag.startPos(), end));
            } else if (CONTAINERS.contains(tag) || STYLING_WRAPPERS.contains(tag)) {
                List<Node> children = element.childNodes();
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i));
                }
            }
        }
        return found;
    }

    /** A paragraph holding media and no visible text ({@code <p><img></p>}) is an image to the scanner. */
    private static boolean isMediaOnly(Element paragraph) {
        return paragraph.text().replace('\u00a0', ' ').isBlank()
                && !paragraph.select("img, image, picture, iframe, video, audio, embed, object, svg, canvas, math").isEmpty();
    }
}
