package io.adslot.article;

/**
 * One element of a {@link TreeBuilder}'s stack of open elements or list of active formatting elements:
 * the tree builder has no nodes, so this is all an element is to it.
 *
 * <p>An element is a {@linkplain #container container} when a slot may stand among its children: the
 * grouping elements ({@code div}, {@code section}...) and a styling wrapper the article opened around
 * blocks ({@code <span><p>..</p></span>}). An element the parser created itself (a formatting element
 * reopened by "reconstruct the active formatting elements" or cloned by the adoption agency) never is:
 * a slot inside it would be inside a link or a {@code <b>} the article never wrote there.
 */
final class TreeElement {

    /** The stack name: a tag name, or a foreign name such as {@code "svg circle"} ({@link ForeignContent}). */
    String name;
    /** The {@link TagInfo#flags} of {@link #name}. */
    int flags;
    TagInfo info;
    /** Where the token that created it starts (for a reopened element, the token that reopened it). */
    int start;
    /** The source range of the start tag's attributes, for the Noah's Ark clause; empty when it has none. */
    int attributesStart;
    int attributesEnd;
    /** Created by the parser (reconstruction, adoption agency), not by a start tag of the article. */
    boolean reopened;
    /** The start tag carried {@code data-adslot="off"}. */
    boolean noSlot;
    /** The start tag matched an atomic selector of the rules (or carried {@code data-adslot="off"}). */
    boolean markedAtomic;
    boolean container;
    /** Is on the stack of open elements (maintained by {@link OpenElements}). */
    boolean onStack;
    /** Is on the list of active formatting elements (maintained by {@link FormattingList}). */
    boolean listed;
    /** The index lists of {@link OpenElements} it is in, a bit per kind: what a pop must update. */
    int kinds;

    TreeElement(String name, int flags, TagInfo info, int start, int attributesStart, int attributesEnd,
                boolean reopened, boolean noSlot, boolean markedAtomic) {
        set(name, flags, info, start, attributesStart, attributesEnd, reopened, noSlot, markedAtomic);
    }

    /**
     * Makes this a new element: what the constructor does, for an element a {@link TreeBuilder} takes back
     * once nothing refers to it any more (popped, not listed, not the form element pointer).
     */
    void set(String name, int flags, TagInfo info, int start, int attributesStart, int attributesEnd,
             boolean reopened, boolean noSlot, boolean markedAtomic) {
        this.name = name;
        this.flags = flags;
        this.info = info;
        this.start = start;
        this.attributesStart = attributesStart;
        this.attributesEnd = attributesEnd;
        this.reopened = reopened;
        this.noSlot = noSlot;
        this.markedAtomic = markedAtomic;
        this.container = !reopened && !markedAtomic && info != null && info.role == TagInfo.Role.CONTAINER
                && (flags & TagInfo.FOREIGN) == 0;
        this.onStack = false;
        this.listed = false;
        this.kinds = 0;
    }

    boolean has(int mask) {
        return (flags & mask) != 0;
    }

    boolean is(String tagName) {
        return name.equals(tagName);
    }

    /** True for an HTML element (not SVG or MathML). */
    boolean isHtml() {
        return (flags & TagInfo.FOREIGN) == 0;
    }

    /** The Noah's Ark clause's "same tag name, namespace and attributes", attributes compared as written. */
    boolean sameTokenAs(TreeElement other, String src) {
        int length = attributesEnd - attributesStart;
        return name.equals(other.name) && length == other.attributesEnd - other.attributesStart
                && src.regionMatches(attributesStart, src, other.attributesStart, length);
    }

    @Override
    public String toString() {
        return name;
    }
}
