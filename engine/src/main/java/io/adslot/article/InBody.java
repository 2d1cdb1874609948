package io.adslot.article;

import static io.adslot.article.OpenElements.Scope.BUTTON;
import static io.adslot.article.OpenElements.Scope.DEFAULT;
import static io.adslot.article.OpenElements.Scope.LIST_ITEM;

/**
 * 13.2.6.4.7 "in body", in the Standard's order: the insertion mode most of an article is read in, and
 * the one the table modes fall back to (with foster parenting, which moves nodes but not the stack).
 */
final class InBody {

    private InBody() {
    }

    static void process(TreeBuilder b) {
        Token t = b.token;
        switch (t.kind) {
            case TEXT, RAW_TEXT -> {
                if (t.holdsMoreThanNul(b.src)) {
                    b.reconstructFormatting(); // whitespace too: "\n" after </p> reopens a link left open
                }
            }
            case START_TAG -> startTag(b, t);
            case END_TAG -> endTag(b, t);
            case END_OF_INPUT -> {
                if (b.hasTemplateModes()) {
                    InsertionMode.IN_TEMPLATE.process(b);
                }
            }
            default -> {
            }
        }
    }

    private static void startTag(TreeBuilder b, Token t) {
        String name = t.name();
        switch (name) {
            case "html", "body", "frameset", "caption", "col", "colgroup", "frame", "head", "tbody", "td", "tfoot",
                 "th", "thead", "tr" -> {
                // ignored in a body (html and body merge attributes)
            }
            case "base", "basefont", "bgsound", "link", "meta", "noframes", "script", "style", "template", "title" ->
                    InHead.process(b);
            case "address", "article", "aside", "blockquote", "center", "details", "dir", "div", "dl",
                 "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p",
                 "section", "summary", "ul" -> {
                b.closeParagraphInButtonScope();
                b.insert();
            }
            case "dialog", "search" -> {
                if (b.reading.closesParagraphAt(name)) {
                    b.closeParagraphInButtonScope();
                } else if (b.reading.reconstructsBeforeAnyOtherStartTag(name)) {
                    b.reconstructFormatting(); // a name this reading does not know: any other start tag
                } // jsoup: a tag it does not know, inserted as it stands (JsoupTags)
                b.insert();
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                b.closeParagraphInButtonScope();
                if (b.stack.current().has(TagInfo.HEADING) && b.stack.current().isHtml()) {
                    b.pop();
                }
                b.insert();
            }
            case "pre", "listing" -> {
                b.closeParagraphInButtonScope();
                b.insert();
            }
            case "form" -> {
                boolean template = b.stack.contains("template");
                if (b.form != null && !template) {
                    return;
                }
                b.closeParagraphInButtonScope();
                TreeElement form = b.insert();
                if (!template) {
                    b.form = form;
                }
            }
            case "li" -> {
                closeListItem(b, b.stack.topIndexOf("li"));
                b.closeParagraphInButtonScope();
                b.insert();
            }
            case "dd", "dt" -> {
                closeListItem(b, Math.max(b.stack.topIndexOf("dd"), b.stack.topIndexOf("dt")));
                b.closeParagraphInButtonScope();
                b.insert();
            }
            case "plaintext" -> {
                b.closeParagraphInButtonScope();
                b.insert();
                b.rawTextRequest = t.info;
            }
            case "button" -> {
                if (b.inScope("button", DEFAULT)) {
                    b.generateImpliedEndTags(null);
                    b.popUntil("button");
                }
                b.reconstructFormatting();
                b.insert();
            }
            case "a" -> {
                int listed = b.formatting.lastAfterMarker("a");
                if (listed >= 0) {
                    TreeElement open = b.formatting.get(listed);
                    if (!b.adoptionAgency("a")) {
                        b.anyOtherEndTag("a");
                    }
                    if (open.listed) {
                        b.formatting.remove(open);
                    }
                    if (open.onStack && !b.removeFromStack(b.stack.indexOf(open))) {
                        return;
                    }
                }
                b.reconstructFormatting();
                b.pushFormatting(b.insert());
            }
            case "b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt", "u" -> {
                b.reconstructFormatting();
                b.pushFormatting(b.insert());
            }
            case "nobr" -> {
                b.reconstructFormatting();
                if (b.inScope("nobr", DEFAULT)) {
                    if (!b.adoptionAgency("nobr")) {
                        b.anyOtherEndTag("nobr");
                    }
                    b.reconstructFormatting();
                }
                b.pushFormatting(b.insert());
            }
            case "applet", "marquee", "object" -> {
                b.reconstructFormatting();
                b.insert();
                b.formatting.pushMarker();
            }
            case "table" -> {
                b.closeParagraphInButtonScope();
                b.insert();
                b.mode = InsertionMode.IN_TABLE;
            }
            case "area", "br", "embed", "img", "image", "keygen", "wbr", "input" -> {
                b.reconstructFormatting();
                b.insertVoid();
            }
            case "param", "source", "track" -> b.insertVoid();
            case "hr" -> {
                b.closeParagraphInButtonScope();
                b.insertVoid();
            }
            case "textarea", "iframe", "noembed" -> b.insertRawText();
            case "xmp" -> {
                b.closeParagraphInButtonScope();
                b.reconstructFormatting();
                b.insertRawText();
            }
            case "noscript" -> {
                if (b.reading.scripting) {
                    b.insertRawText();
                } else {
                    b.reconstructFormatting();
                    b.insert();
                }
            }
            case "select" -> {
                b.reconstructFormatting();
                b.insert();
                b.mode = switch (b.mode) {
                    case IN_TABLE, IN_CAPTION, IN_TABLE_BODY, IN_ROW, IN_CELL -> InsertionMode.IN_SELECT_IN_TABLE;
                    default -> InsertionMode.IN_SELECT;
                };
            }
            case "optgroup", "option" -> {
                if (b.currentIs("option")) {
                    b.pop();
                }
                b.reconstructFormatting();
                b.insert();
            }
            case "rb", "rtc" -> {
                if (b.inScope("ruby", DEFAULT)) {
                    b.generateImpliedEndTags(null);
                }
                b.insert();
            }
            case "rp", "rt" -> {
                if (b.inScope("ruby", DEFAULT)) {
                    b.generateImpliedEndTags("rtc");
                }
                b.insert();
            }
            case "math", "svg" -> {
                b.reconstructFormatting();
                b.insertForeign(name);
                if (t.selfClosing) {
                    b.pop();
                }
            }
            default -> {
                if (b.reading.reconstructsBeforeAnyOtherStartTag(name)) {
                    b.reconstructFormatting();
                }
                b.insert(); // "/>" on an HTML element that is not void is ignored: <video/> stays open
            }
        }
    }

    /**
     * The walk of an li (dd, dt) start tag: the item at {@code item} is closed when no special element other
     * than address, div and p stands above it (answered from the stack's indices, not by the walk).
     */
    private static void closeListItem(TreeBuilder b, int item) {
        if (item <= 0 || b.topSpecialButAddressDivP() > item) {
            return;
        }
        String name = b.stack.get(item).name;
        b.generateImpliedEndTags(name);
        b.popUntil(name);
    }

    private static void endTag(TreeBuilder b, Token t) {
        String name = t.name();
        switch (name) {
            case "template" -> InHead.process(b);
            case "body", "html" -> {
                // no body element in scope in a fragment: ignored
            }
            case "address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div",
                 "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu",
                 "nav", "ol", "pre", "search", "section", "summary", "ul" -> {
                if (name.equals("search") && !b.reading.knowsSearch) {
                    b.anyOtherEndTag(name); // the validator's parser does not know search
                } else if (b.inScope(name, DEFAULT)) {
                    b.generateImpliedEndTags(null);
                    b.popUntil(name);
                }
            }
            case "form" -> endForm(b);
            case "p" -> {
                if (!b.inScope("p", BUTTON)) {
                    b.leaveForeignContentAsGeckoDoes();
                    b.insertImplied("p"); // a stray </p> makes an empty paragraph
                }
                b.closeParagraph();
            }
            case "li" -> {
                if (b.inScope("li", LIST_ITEM)) {
                    b.generateImpliedEndTags("li");
                    b.popUntil("li");
                }
            }
            case "dd", "dt" -> {
                if (b.inScope(name, DEFAULT)) {
                    b.generateImpliedEndTags(name);
                    b.popUntil(name);
                }
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (b.stack.topHeading() > b.stack.boundary(DEFAULT)) {
                    b.generateImpliedEndTags(null);
                    b.popUntilHeading();
                }
            }
            case "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u" -> {
                if (!b.adoptionAgency(name)) {
                    b.anyOtherEndTag(name);
                }
            }
            case "applet", "marquee", "object" -> {
                if (b.inScope(name, DEFAULT)) {
                    b.generateImpliedEndTags(null);
                    b.popUntil(name);
                    b.formatting.clearToLastMarker();
                }
            }
            case "br" -> {
                b.leaveForeignContentAsGeckoDoes();
                b.reconstructFormatting(); // read as <br>
                b.insertVoid();
            }
            default -> b.anyOtherEndTag(name);
        }
    }

    private static void endForm(TreeBuilder b) {
        if (b.stack.contains("template")) {
            if (b.inScope("form", DEFAULT)) {
                b.generateImpliedEndTags(null);
                b.popUntil("form");
            }
            return;
        }
        TreeElement form = b.form;
        b.form = null;
        if (form == null || !form.onStack) {
            return;
        }
        int at = b.stack.indexOf(form);
        if (at <= b.stack.boundary(DEFAULT)) {
            return;
        }
        b.generateImpliedEndTags(null);
        at = b.stack.indexOf(form);
        if (at == b.stack.size() - 1) {
            b.pop();
        } else {
            b.removeFromStack(at); // what was opened in the form stays open
        }
    }
}
