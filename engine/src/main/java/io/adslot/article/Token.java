package io.adslot.article;

/**
 * The token {@link HtmlTokenizer} read last: one mutable instance per scan, so that tokenizing allocates
 * nothing. A tag's attributes are those of the scan's {@link TagAttributes}, valid until the next tag.
 */
final class Token {

    enum Kind { START_TAG, END_TAG, TEXT, RAW_TEXT, COMMENT, END_OF_INPUT }

    Kind kind;
    /** For a tag: its name's info; for raw text: the element whose text it is. */
    TagInfo info;
    /** Where the token starts ({@code <} of a tag, first char of text) and ends (exclusive). */
    int start;
    int end;
    boolean selfClosing;
    /** The source range from the tag name's end to its {@code >}: its attributes as written. */
    int attributesStart;
    int attributesEnd;
    /** The start tag carried {@code data-adslot="off"}. */
    boolean noSlot;
    /** The start tag is marked atomic by the rules or {@code data-adslot="off"}. */
    boolean markedAtomic;
    /** A {@code color}, {@code face} or {@code size} attribute (a {@code font} with one leaves SVG). */
    boolean colorFaceOrSize;
    /** An {@code encoding} that makes an {@code annotation-xml} an HTML integration point. */
    boolean htmlEncoding;
    /** Every attribute of the start tag is one of {@link ElementShape#PLAIN_ATTRIBUTES} (or it has none). */
    boolean plainAttributes;

    String name() {
        return info.name;
    }

    boolean isStartTag(String name) {
        return kind == Kind.START_TAG && info.name.equals(name);
    }

    boolean isEndTag(String name) {
        return kind == Kind.END_TAG && info.name.equals(name);
    }

    /** True when a text token holds only HTML whitespace (NULs count as whitespace: the body drops them). */
    boolean isWhitespace(String src) {
        for (int i = start; i < end; i++) {
            char c = src.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0) {
                return false;
            }
        }
        return true;
    }

    /** True when a text token holds a char other than NUL: the in-body rules ignore NULs without reopening anything. */
    boolean holdsMoreThanNul(String src) {
        for (int i = start; i < end; i++) {
            if (src.charAt(i) != 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return kind + (info == null ? "" : " " + info.name) + " [" + start + ", " + end + ")";
    }
}
