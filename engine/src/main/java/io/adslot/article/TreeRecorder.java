package io.adslot.article;

/**
 * Records a scan's {@link ElementShape} from the tree builder's events, for the structure pass.
 *
 * <p>It follows the innermost paragraph, heading or list item the article wrote while that element holds only
 * plain phrasing, counting its text and links, and records it as one event when it closes. When the element
 * turns out to hold more (an image in a paragraph, a styled span), the shape gets the element, what it held
 * so far as one count, and the plain elements still open in it, and goes on event by event. An end tag of
 * another name that closes it ({@code </h2>} for an {@code <h3>}) does the same.
 *
 * <p>Where the tree is not the stack's order, the shape is left unrecorded and the structure pass walks the tags
 * itself: a change below the top of the stack (the adoption agency, a {@code </form>}), an element or text
 * foster-parented out of a table (the stack holds it inside, the tree before the table), a {@code template}
 * (whose content is no part of the page), a {@code select} (whose content parsers of different ages read
 * differently), raw text run to the end of the input, a place where Gecko's reading parts from the browser's,
 * a reading given up.
 */
final class TreeRecorder {

    private static final int[] NO_ATTRIBUTES = {};

    private final ElementShape shape;
    /** The attributes of the start tag at hand, as the tokenizer read them. */
    private final TagAttributes attributes;
    private OpenElements stack;
    /** The element followed, or null; its index on the stack, and where its start tag ends. */
    private TreeElement followed;
    private int followedIndex;
    private int followedTagEnd;
    /** The attributes of the element followed (four ints each), kept from its start tag. */
    private int[] followedAttributes = new int[16];
    private int followedAttributeCount;
    private int text;
    private int linkText;
    private int links;
    private int openLinks;
    /** Elements on the stack that foster-parent what is put in them ({@link TagInfo#TABLE_CONTEXT}): most articles have none. */
    private int tableContexts;

    TreeRecorder(ElementShape shape, TagAttributes attributes) {
        this.shape = shape;
        this.attributes = attributes;
    }

    void attach(OpenElements primaryStack) {
        this.stack = primaryStack;
    }

    /** {@code e} was put on the stack at {@code index}, as the tree builder processed {@code t}. */
    void opened(TreeElement e, int index, Token t) {
        if (!shape.recorded()) {
            return;
        }
        if (index < stack.size() - 1 || e.has(TagInfo.NO_SHAPE) || tableContexts > 0
                && stack.get(index - 1).has(TagInfo.TABLE_CONTEXT) && !e.has(TagInfo.TABLE_CHILD)) {
            shape.forget();
            return;
        }
        if (e.has(TagInfo.TABLE_CONTEXT)) {
            tableContexts++;
        }
        // the parser's own elements (implied, reconstructed, cloned) are marked reopened
        boolean written = t.kind == Token.Kind.START_TAG && e.start == t.start && !e.reopened;
        if (written && e.has(TagInfo.SUMMARISED)) {
            if (followed != null) {
                stopFollowing(index);
            }
            followed = e;
            followedIndex = index;
            followedTagEnd = t.end;
            followedAttributeCount = attributes.count;
            if (attributes.count > 0) {
                if (followedAttributes.length < 4 * attributes.count) {
                    followedAttributes = new int[4 * attributes.count];
                }
                System.arraycopy(attributes.ranges, 0, followedAttributes, 0, 4 * attributes.count);
            }
            text = linkText = links = openLinks = 0;
            return;
        }
        if (followed != null) {
            if (written && e.has(TagInfo.PLAIN_PHRASING) && t.plainAttributes) {
                if (e.has(TagInfo.LINK)) {
                    links++;
                    openLinks++;
                }
                return;
            }
            stopFollowing(index);
        }
        String name = e.isHtml() ? e.name : foreignName(e.name);
        if (written) {
            shape.written(name, e.start, t.end, attributes.ranges, attributes.count);
        } else {
            shape.open(name, e.start);
        }
    }

    /** {@code e} was taken off the stack from {@code index}, as the tree builder processed {@code t}. */
    void closed(TreeElement e, int index, Token t) {
        if (!shape.recorded()) {
            return;
        }
        if (index < stack.size()) {
            shape.forget();
            return;
        }
        if (e.has(TagInfo.TABLE_CONTEXT)) {
            tableContexts--;
        }
        if (followed != null) {
            if (e != followed) {
                if (e.has(TagInfo.LINK)) {
                    openLinks--;
                }
                return;
            }
            boolean ownEnd = t.kind == Token.Kind.END_TAG && e.name.equals(t.name());
            if (ownEnd || t.kind != Token.Kind.END_TAG || !t.info.isHeading()) {
                followed = null;
                int end = ownEnd ? t.end : t.start;
                shape.summarised(e.name, e.start, followedTagEnd, end, text, linkText, links, followedAttributes,
                        followedAttributeCount);
                return;
            }
            stopFollowing(index); // </h2> closing an <h3>: read as the tags are
        }
        boolean ownEnd = t.kind == Token.Kind.END_TAG
                && (e.name.equals(t.name()) || (e.has(TagInfo.HEADING) && t.info.isHeading()));
        boolean voidElement = t.kind == Token.Kind.START_TAG && e.start == t.start && !e.reopened;
        shape.close(ownEnd || voidElement ? t.end : t.start);
    }

    /** A text token's visible part {@code src[first, last)}, trimmed of whitespace (empty when blank). */
    void text(int first, int last) {
        if (first >= last) {
            return;
        }
        if (followed != null) {
            text += last - first;
            linkText += openLinks > 0 ? last - first : 0;
        } else if (tableContexts > 0 && stack.current().has(TagInfo.TABLE_CONTEXT)) {
            shape.forget(); // foster-parented before the table
        } else if (shape.recorded()) {
            shape.text(last - first);
        }
    }

    /**
     * Raw text (a script's, a textarea's): the element followed is no plain one. Raw text that runs to the end
     * of the input may be the tokenizer's caution where parsers end it differently: no shape then.
     */
    void rawText(boolean toTheEnd) {
        if (toTheEnd) {
            shape.forget();
        } else if (followed != null && shape.recorded()) {
            stopFollowing(stack.size());
        }
    }

    /** A reading was given up, or the browsers' trees may differ from here: no shape. */
    void giveUp() {
        shape.forget();
    }

    /** The end of the input at {@code n}: what is still open closes there. */
    void finish(int n) {
        if (!shape.recorded()) {
            return;
        }
        int open = stack.size() - 1;
        if (followed != null && followedIndex == open) {
            shape.summarised(followed.name, followed.start, followedTagEnd, n, text, linkText, links, followedAttributes,
                    followedAttributeCount);
            followed = null;
            open--;
        } else if (followed != null) {
            stopFollowing(stack.size());
        }
        for (; open >= 1; open--) {
            shape.close(n);
        }
    }

    /**
     * The element followed is no plain one after all: the shape gets it, what it held so far as one count, and
     * the plain elements still open in it (on the stack from above it up to {@code below}).
     */
    private void stopFollowing(int below) {
        TreeElement e = followed;
        followed = null;
        shape.written(e.name, e.start, followedTagEnd, followedAttributes, followedAttributeCount);
        if (text > 0 || links > openLinks) {
            // the links still open count where they close
            shape.content(text, linkText, links - openLinks);
        }
        for (int i = followedIndex + 1; i < below; i++) {
            TreeElement child = stack.get(i);
            // an element the article wrote: its attributes end right before its '>'; plain ones say nothing to the pass
            shape.written(child.name, child.start, child.attributesEnd + 1, NO_ATTRIBUTES, 0);
        }
    }

    /**
     * A foreign element's stack name without the scanner's own mark: an {@code annotation-xml} holding HTML is
     * {@code math annotation-xml+html} on the stack. Other names keep every char, a {@code +} too.
     */
    private static String foreignName(String stackName) {
        return stackName.equals(ForeignContent.HTML_ANNOTATION) ? "math annotation-xml" : stackName;
    }
}
