package io.adslot.article;

/**
 * Makes a scan's {@link BlockInsides} from the tree builder's events: follows the innermost paragraph,
 * heading or list item the article wrote while it holds only plain phrasing, and records it when it closes.
 *
 * <p>One element is followed at a time: a paragraph or list item that holds another block-level element is
 * no plain element, and the inner one is followed instead. Anything the record could get wrong (an element
 * opened or closed below the top of the stack, raw text, a reading given up, an end tag of another name)
 * drops the element followed: a missing record only costs the structure pass a closer read.
 */
final class InsidesRecorder {

    private final String src;
    private final BlockInsides insides;
    private OpenElements stack;
    private Token token;
    /** The element followed, or null. */
    private TreeElement followed;
    private int text;
    private int linkText;
    private int links;
    private int openLinks;

    InsidesRecorder(String src, BlockInsides insides) {
        this.src = src;
        this.insides = insides;
    }

    void attach(OpenElements primaryStack) {
        this.stack = primaryStack;
    }

    /** The token being processed. */
    void token(Token t) {
        token = t;
    }

    /** {@code e} was put on the stack at {@code index}. */
    void opened(TreeElement e, int index) {
        if (index < stack.size() - 1) {
            followed = null;
            return;
        }
        boolean written = token.kind == Token.Kind.START_TAG && e.start == token.start && !e.reopened;
        if (written && e.isHtml() && (e.is("p") || e.is("li") || e.has(TagInfo.HEADING))) {
            followed = e;
            text = linkText = links = openLinks = 0;
            return;
        }
        if (followed == null) {
            return;
        }
        if (!written || !e.has(TagInfo.PLAIN_PHRASING)
                || !BlockInsides.plainAttributes(src, e.attributesStart, e.attributesEnd)) {
            followed = null;
        } else if (e.name.equals("a")) {
            links++;
            if (++openLinks > 1) {
                followed = null; // a link in a link: the adoption agency's business, not a summary's
            }
        }
    }

    /** {@code e} was taken off the stack from {@code index}. */
    void closed(TreeElement e, int index) {
        if (followed == null) {
            return;
        }
        if (index < stack.size()) {
            followed = null;
            return;
        }
        if (e != followed) {
            if (e.name.equals("a")) {
                openLinks--;
            }
            return;
        }
        Token t = token;
        followed = null;
        if (t.kind == Token.Kind.END_TAG && t.info.isHeading() && !e.name.equals(t.name())) {
            return; // </h2> closing an <h3>: a walk that reads tags by name sees it otherwise
        }
        int end = t.kind == Token.Kind.END_TAG && e.name.equals(t.name()) ? t.end : t.start;
        insides.add(e.name, e.start, end, text, linkText, links);
    }

    /** A text token's visible part {@code src[first, last)}, trimmed of whitespace (empty when blank). */
    void text(int first, int last) {
        if (followed != null && first < last) {
            text += last - first;
            linkText += openLinks > 0 ? last - first : 0;
        }
    }

    /** Raw text (a script's, a textarea's), or a reading given up: the element followed is no plain one. */
    void drop() {
        followed = null;
    }
}
