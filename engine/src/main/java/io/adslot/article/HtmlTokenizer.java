package io.adslot.article;

/**
 * The HTML Standard's tokenizer (13.2.5) as far as block extents need it, on the fast paths: markup is
 * found with {@code indexOf('<')}, a known tag name is read eight chars at once ({@link TagInfo#readKnown}),
 * quoted attribute values are skipped with {@code indexOf} of the quote, comments with {@code indexOf("--")}.
 * Text is not looked at here; the scan's word counter reads it.
 *
 * <p>Raw text ({@code script}, {@code style}, {@code textarea}...) is read only when the tree builder asks
 * for it ({@link #readRawText}), as the Standard's tree builder switches the tokenizer's state; where a
 * browser's and jsoup's readings of raw text end in different places, see {@link #rawTextEnd}.
 */
final class HtmlTokenizer {

    private final String src;
    /** Where tokenizing stops: the input's length, or the end of a region read for one reading only. */
    private final int limit;
    private final TagAttributes attributes;
    private final Latin1Window window;
    private final Token token;
    private int pos;
    private boolean selfClosing;
    private int nameEnd;
    /** Set by the scan before each token: the adjusted current node is SVG or MathML, where CDATA sections exist. */
    boolean cdataAllowed;
    /** The input ends inside a tag, comment or raw text: nothing may be appended after it. */
    boolean endsInsideMarkup;

    HtmlTokenizer(String src, int from, int limit, TagAttributes attributes, Latin1Window window, Token token) {
        this.src = src;
        this.pos = from;
        this.limit = limit;
        this.attributes = attributes;
        this.window = window;
        this.token = token;
    }

    int position() {
        return pos;
    }

    /** Reads the next token into {@link #token}; false at the end (no token). */
    boolean next() {
        if (pos >= limit) {
            return false;
        }
        int lt = src.indexOf('<', pos);
        if (lt < 0 || lt >= limit) {
            text(pos, limit);
            return true;
        }
        if (lt > pos) {
            text(pos, lt);
            return true;
        }
        markup(lt);
        return true;
    }

    private void text(int from, int to) {
        token.kind = Token.Kind.TEXT;
        token.info = null;
        token.start = from;
        token.end = to;
        pos = to;
    }

    private void markup(int lt) {
        if (lt + 1 >= limit) {
            text(lt, limit);
            return;
        }
        char c = src.charAt(lt + 1);
        if (isAsciiLetter(c)) {
            tag(lt, lt + 1, Token.Kind.START_TAG);
        } else if (c == '/') {
            if (lt + 2 < limit && isAsciiLetter(src.charAt(lt + 2))) {
                tag(lt, lt + 2, Token.Kind.END_TAG);
            } else if (lt + 2 < limit && src.charAt(lt + 2) == '>') {
                comment(lt, lt + 3); // "</>" is dropped
            } else {
                bogusComment(lt, lt + 2);
            }
        } else if (c == '!') {
            if (src.startsWith("--", lt + 2)) {
                comment(lt);
            } else if (cdataAllowed && src.startsWith("[CDATA[", lt + 2)) {
                int close = src.indexOf("]]>", lt + 9);
                int end = close < 0 || close + 3 > limit ? limit : close + 3;
                endsInsideMarkup |= close < 0;
                comment(lt, end); // text in foreign content, which is not rendered as text
                token.attributesStart = end;
                token.attributesEnd = end;
            } else {
                bogusComment(lt, lt + 2);
            }
        } else if (c == '?') {
            bogusComment(lt, lt + 1);
        } else {
            text(lt, lt + 1);
        }
    }

    private void comment(int lt, int end) {
        token.kind = Token.Kind.COMMENT;
        token.info = null;
        token.start = lt;
        token.end = end;
        token.attributesStart = end;
        token.attributesEnd = end;
        pos = end;
    }

    private void bogusComment(int lt, int from) {
        int gt = src.indexOf('>', from);
        if (gt < 0 || gt >= limit) {
            endsInsideMarkup = true;
            comment(lt, limit);
            return;
        }
        comment(lt, gt + 1);
    }

    /** A comment from {@code <!--} to {@code -->} (or {@code --!>}, or the abrupt {@code <!-->}, or the end); its body in the attribute range. */
    private void comment(int lt) {
        int bodyStart = lt + 4;
        int end = limit;
        int bodyEnd = limit;
        if (src.startsWith(">", bodyStart)) {
            end = bodyStart + 1;
            bodyEnd = bodyStart;
        } else if (src.startsWith("->", bodyStart)) {
            end = bodyStart + 2;
            bodyEnd = bodyStart;
        } else {
            int i = bodyStart;
            while (true) {
                int dashes = src.indexOf("--", i);
                if (dashes < 0 || dashes >= limit) {
                    endsInsideMarkup = true;
                    break;
                }
                if (src.startsWith(">", dashes + 2)) {
                    bodyEnd = dashes;
                    end = dashes + 3;
                    break;
                }
                if (src.startsWith("!>", dashes + 2)) {
                    bodyEnd = dashes;
                    end = dashes + 4;
                    break;
                }
                i = dashes + 1;
            }
        }
        end = Math.min(end, limit);
        comment(lt, end);
        token.attributesStart = Math.min(bodyStart, end);
        token.attributesEnd = Math.min(bodyEnd, end);
    }

    private void tag(int lt, int nameStart, Token.Kind kind) {
        TagInfo info = TagInfo.readKnown(src, nameStart, limit, window);
        if (info != null) {
            nameEnd = nameStart + info.name.length();
        } else {
            nameEnd = nameStart;
            while (nameEnd < limit && !isTagNameEnd(src.charAt(nameEnd))) {
                nameEnd++;
            }
            info = TagInfo.lookup(src, nameStart, nameEnd);
        }
        attributes.reset();
        int tagEnd;
        if (nameEnd < limit && src.charAt(nameEnd) == '>') {
            selfClosing = false;
            tagEnd = nameEnd + 1;
        } else {
            tagEnd = attributes(nameEnd);
        }
        if (tagEnd < 0) {
            // the input ends inside the tag: the Standard drops it
            endsInsideMarkup = true;
            comment(lt, limit);
            return;
        }
        token.kind = kind;
        token.info = info;
        token.start = lt;
        token.end = tagEnd;
        token.selfClosing = selfClosing;
        token.attributesStart = nameEnd;
        token.attributesEnd = tagEnd - 1;
        if (kind == Token.Kind.START_TAG) {
            token.noSlot = attributes.adslotOff;
            token.markedAtomic = attributes.adslotOff || attributes.matchesAnySelector(src, info.name);
            token.colorFaceOrSize = attributes.colorFaceOrSize;
            token.htmlEncoding = attributes.htmlEncoding;
            token.plainAttributes = attributes.onlyPlain;
        } else {
            token.noSlot = token.markedAtomic = token.colorFaceOrSize = token.htmlEncoding = false;
        }
        pos = tagEnd;
    }

    /** Reads attributes from {@code i} to the tag's {@code >}; the index after it, or -1 when the input ends first. */
    private int attributes(int i) {
        selfClosing = false;
        while (true) {
            while (i < limit && (isSpace(src.charAt(i)) || src.charAt(i) == '/')) {
                if (src.charAt(i) == '/' && i + 1 < limit && src.charAt(i + 1) == '>') {
                    selfClosing = true;
                }
                i++;
            }
            if (i >= limit) {
                return -1;
            }
            if (src.charAt(i) == '>') {
                return i + 1;
            }
            int nameStart = i;
            i++; // the first character may be '='
            while (i < limit) {
                char c = src.charAt(i);
                if (isSpace(c) || c == '/' || c == '>' || c == '=') {
                    break;
                }
                i++;
            }
            int attributeNameEnd = i;
            while (i < limit && isSpace(src.charAt(i))) {
                i++;
            }
            int valueStart = i;
            int valueEnd = i;
            if (i < limit && src.charAt(i) == '=') {
                i++;
                while (i < limit && isSpace(src.charAt(i))) {
                    i++;
                }
                if (i >= limit) {
                    return -1;
                }
                char q = src.charAt(i);
                if (q == '"' || q == '\'') {
                    int close = src.indexOf(q, i + 1);
                    if (close < 0 || close >= limit) {
                        return -1;
                    }
                    valueStart = i + 1;
                    valueEnd = close;
                    i = close + 1;
                } else {
                    valueStart = i;
                    while (i < limit && !isSpace(src.charAt(i)) && src.charAt(i) != '>') {
                        i++;
                    }
                    valueEnd = i;
                }
            }
            attributes.add(src, nameStart, attributeNameEnd, valueStart, valueEnd);
        }
    }

    /**
     * Reads the raw text of the element {@code info} whose start tag was just read, as one
     * {@link Token.Kind#RAW_TEXT} token up to its end tag (which {@link #next} reads then), or to the end.
     */
    void readRawText(TagInfo info, boolean inTable) {
        int end = rawTextEnd(info, pos, inTable);
        if (end >= limit) {
            end = limit;
            endsInsideMarkup = true;
        }
        token.kind = Token.Kind.RAW_TEXT;
        token.info = info;
        token.start = pos;
        token.end = end;
        pos = end;
    }

    /**
     * Index of the {@code </name} that ends raw text starting at {@code from}, or the limit: where a browser
     * ends it ({@link ScriptData} for a script holding {@code <!--}) when jsoup ends it there too. Where the
     * two differ, what lies between is raw text to one and markup to the other: the element then runs to the
     * end, which leaves no usable place after it, unless jsoup ends it first and what lies between holds no
     * markup. (jsoup follows the script states itself in a table.) A title or textarea that jsoup may
     * read on past its end tag runs to the end too.
     */
    private int rawTextEnd(TagInfo info, int from, boolean inTable) {
        if (info.name.equals("plaintext")) {
            return limit;
        }
        int first = firstEndTag(info.name, from);
        if (JsoupRawText.mayEndRcdataElsewhere(info.name, src, from, first)) {
            return limit;
        }
        int end = first;
        if (info.name.equals("script") && holdsCommentOpener(from, first)) {
            if (inTable) {
                return limit;
            }
            end = ScriptData.end(src, from);
        }
        int jsoupEnd = JsoupRawText.readsNameToTerminator(info.name) ? JsoupRawText.end(src, info.name, from) : first;
        if (jsoupEnd == end) {
            return end;
        }
        return jsoupEnd < end && !ForeignContent.holdsMarkup(src, jsoupEnd + 2, end) ? end : limit;
    }

    private boolean holdsCommentOpener(int from, int to) {
        for (int lt = src.indexOf('<', from); lt >= 0 && lt < to; lt = src.indexOf('<', lt + 1)) {
            if (src.startsWith("!--", lt + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first {@code </name} at or after {@code from} followed by a space, '/', '>' or the end; or the limit. */
    int firstEndTag(String name, int from) {
        int length = name.length();
        int i = from;
        while (true) {
            int close = src.indexOf("</", i);
            if (close < 0 || close >= limit) {
                return limit;
            }
            int after = close + 2 + length;
            if (after <= limit && src.regionMatches(true, close + 2, name, 0, length)
                    && (after == limit || isTagNameEnd(src.charAt(after)))) {
                return close;
            }
            i = close + 2;
        }
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isTagNameEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
