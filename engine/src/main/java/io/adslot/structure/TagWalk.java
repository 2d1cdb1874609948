package io.adslot.structure;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A light walk over the tags of a page or a part of one, telling a {@link Listener} where each element
 * opens and closes, without building a tree.
 *
 * <p>It knows as much of the HTML Standard's tree construction as finding an element's extent on real pages
 * needs: comments, doctypes, quoted attribute values and raw-text elements ({@code script}, {@code style},
 * {@code noscript} as a browser with scripting on reads it...) are skipped; void elements never hold
 * content; an end tag closes the elements opened inside its element, unless a special element (for an
 * inline end tag) or a scope boundary such as {@code table} (for a block end tag; for {@code </li>} a list
 * too) stands between, in which case a browser ignores it and so does the walk; a heading's end tag closes
 * the open heading of any level; a start tag that closes a {@code p}, {@code li}, {@code dd}, {@code dt},
 * heading, table cell or row closes it; a cell, row or row group outside a table is ignored; {@code html},
 * {@code head} and {@code body} open only where the page's own elements are made, and the head ends at
 * the first start tag or text that is not head content. What remains open at the end closes there. Table
 * soup is not modelled further (no foster parenting). It is not the scanner: the scanner decides where a
 * slot is legal, and vouches for the extent of a content root this walk finds on a whole page before
 * anything is scanned ({@link io.adslot.article.BlockScanner#contentReadsAsABody}). The walk also finds
 * the components of a body whose tree the scan could not vouch for ({@link io.adslot.article.ElementShape}).
 * Either way an approximation on rare tag soup costs a less good place, or none, never an illegal one.
 *
 * <p>Cost: each char is read a bounded number of times ({@code indexOf} from tag to tag), each element is
 * pushed and popped once, and the per-name stacks answer "is one open, and where" in constant time, so a
 * walk is linear in the length of the range. No recursion.
 */
final class TagWalk {

    /** What the walk reports. Offsets are indexes into the walked string. */
    interface Listener {
        /** An element opens at stack depth {@code depth}; {@code tag} is valid only during the call. */
        void open(Tag tag, int depth);

        /** The element at {@code depth} (the top of the stack) closes; its markup ends at {@code end}. */
        void close(int depth, int end);

        /** Text between tags (not inside raw-text elements, comments or tags). */
        void text(int start, int end);
    }

    private static final int P = TagNames.indexOf("p");
    private static final int LI = TagNames.indexOf("li");
    private static final int DD = TagNames.indexOf("dd");
    private static final int DT = TagNames.indexOf("dt");
    private static final int TABLE = TagNames.indexOf("table");
    private static final int TD = TagNames.indexOf("td");
    private static final int TH = TagNames.indexOf("th");
    private static final int TR = TagNames.indexOf("tr");
    private static final int HTML = TagNames.indexOf("html");
    private static final int HEAD = TagNames.indexOf("head");
    private static final int BODY = TagNames.indexOf("body");
    /** What a browser keeps in the head: any other start tag (or text) there ends the head and starts the body. */
    private static final Set<String> HEAD_CONTENT = Set.of("base", "basefont", "bgsound", "link",
            "meta", "noframes", "script", "style", "template", "title", "noscript");
    private static final int[] HEADINGS = {TagNames.indexOf("h1"), TagNames.indexOf("h2"), TagNames.indexOf("h3"),
        TagNames.indexOf("h4"), TagNames.indexOf("h5"), TagNames.indexOf("h6")};

    /** Most article bodies nest a few levels deep; a whole page grows the arrays once or twice. */
    private static final int INITIAL_DEPTH = 8;

    private final String src;
    private final int from;
    private final int to;
    private final Listener listener;
    private final Tag tag;

    private String[] names = new String[INITIAL_DEPTH];
    private int[] flags = new int[INITIAL_DEPTH];
    /** Index of the topmost special element at or below each depth, -1 when none. */
    private int[] specialBelow = new int[INITIAL_DEPTH];
    /** Index of the topmost scope boundary at or below each depth, -1 when none. */
    private int[] scopeBelow = new int[INITIAL_DEPTH];
    /** The same for list item scope: a scope boundary or a list. */
    private int[] listScopeBelow = new int[INITIAL_DEPTH];
    /** Per open element, the depth of the next open element of its name below it, -1 when none. */
    private int[] sameNameBelow = new int[INITIAL_DEPTH];
    /** Per open element, its name's {@link TagNames#numberAt number}, -1 for a name {@link TagNames} does not know. */
    private int[] nameNumber = new int[INITIAL_DEPTH];
    private int top = -1;
    private int foreignOpen;
    /**
     * Per known name ({@link TagNames#numberAt}), the depth of its topmost open element plus one, 0 when none;
     * with {@link #sameNameBelow}, the open elements of each name as a list, so an end tag finds its element at once.
     */
    private final int[] topOfKnownName = new int[TagNames.count()];
    /** The same for names {@link TagNames} does not know, without the plus one; made at the first such name. */
    private Map<String, Integer> topOfOtherName;
    private boolean stopped;
    /** Elements opened so far, and whether the body has begun (opened, or implied by content): the page's own elements open once. */
    private int opened;
    private boolean bodyBegun;

    TagWalk(String src, int from, int to, Listener listener) {
        this.src = src;
        this.from = from;
        this.to = to;
        this.listener = listener;
        this.tag = new Tag(src);
    }

    /** Ends the walk after the current event; nothing more is reported, open elements are not closed. */
    void stop() {
        stopped = true;
    }

    /** Walks the range, reporting every element and text run. */
    void run() {
        int i = from;
        while (i < to && !stopped) {
            int lt = src.indexOf('<', i);
            if (lt < 0 || lt >= to - 1) {
                headEndsAtText(i, to);
                listener.text(i, to);
                i = to;
                break;
            }
            if (lt > i) {
                headEndsAtText(i, lt);
                listener.text(i, lt);
            }
            char c = src.charAt(lt + 1);
            if (c == '!') {
                i = afterComment(lt);
            } else if (c == '?') {
                i = afterBogus(lt);
            } else if (c == '/') {
                i = endTag(lt);
            } else if (isLetter(c)) {
                i = startTag(lt);
            } else {
                listener.text(lt, lt + 1);
                i = lt + 1;
            }
        }
        if (!stopped) {
            while (top >= 0) {
                pop(to);
            }
        }
    }

    private int afterComment(int lt) {
        if (src.startsWith("<!--", lt)) {
            if (src.startsWith("<!-->", lt)) {
                return lt + 5;
            }
            if (src.startsWith("<!--->", lt)) {
                return lt + 6;
            }
            int close = src.indexOf("-->", lt + 4);
            return close < 0 || close + 3 > to ? to : close + 3;
        }
        return afterBogus(lt);
    }

    private int afterBogus(int lt) {
        int gt = src.indexOf('>', lt + 2);
        return gt < 0 || gt >= to ? to : gt + 1;
    }

    private int endTag(int lt) {
        int nameStart = lt + 2;
        if (nameStart >= to || !isLetter(src.charAt(nameStart))) {
            if (nameStart < to && src.charAt(nameStart) == '>') {
                return nameStart + 1;
            }
            return afterBogus(lt);
        }
        int nameEnd = nameEnd(src, nameStart, to);
        int end = tagEnd(src, nameEnd, to, null);
        int known = TagNames.indexOf(src, nameStart, nameEnd);
        String name = known >= 0 ? TagNames.nameAt(known) : TagNames.name(src, nameStart, nameEnd);
        closeByEndTag(name, known, known >= 0 ? TagNames.flagsAt(known) : 0, lt, end);
        return end;
    }

    private void closeByEndTag(String name, int known, int nameFlags, int lt, int end) {
        if (name.equals("body") || name.equals("html")) {
            return;
        }
        int index = isHeading(name) ? topHeading() : topIndex(known, name);
        if (index < 0) {
            return;
        }
        int blocking = (nameFlags & TagNames.SPECIAL) == 0 ? specialBelow[top]
                : known == LI ? listScopeBelow[top] : scopeBelow[top];
        if (blocking > index) {
            return;
        }
        while (top > index) {
            pop(lt);
        }
        pop(end);
    }

    private int startTag(int lt) {
        int nameStart = lt + 1;
        int nameEnd = nameEnd(src, nameStart, to);
        int known = TagNames.indexOf(src, nameStart, nameEnd);
        String name = known >= 0 ? TagNames.nameAt(known) : TagNames.name(src, nameStart, nameEnd);
        int nameFlags = known >= 0 ? TagNames.flagsAt(known) : 0;
        tag.reset(name, nameFlags, lt);
        tag.number = known >= 0 ? TagNames.numberAt(known) : -1;
        int end = tagEnd(src, nameEnd, to, tag);
        tag.end = end;
        if ((nameFlags & TagNames.TABLE_PART) != 0 && topIndex(TABLE, null) < 0) {
            return end; // a cell, row or row group outside a table: the parser ignores its start tag
        }
        if (top >= 0 && nameNumber[top] == TagNames.numberAt(HEAD) && !HEAD_CONTENT.contains(name)) {
            pop(lt); // "in head", anything else pops the head
        }
        if (!opensHere(known, name)) {
            return end;
        }
        impliedEnds(name, nameFlags, lt);
        push(name, known, nameFlags);
        if (stopped) {
            return end;
        }
        listener.open(tag, top);
        if ((nameFlags & TagNames.VOID) != 0 || (tag.selfClosing && foreignOpen > 0)) {
            pop(end);
            return end;
        }
        if ((nameFlags & TagNames.RAW_TEXT) != 0) {
            int close = rawTextEnd(name, end);
            int closeEnd = close >= to ? to : tagEnd(src, close + 2 + name.length(), to, null);
            pop(closeEnd);
            return closeEnd;
        }
        return end;
    }

    /**
     * The page's own elements open once, where the Standard's tree construction creates them: {@code html}
     * before anything else, {@code head} right inside it, {@code body} before any content. Anywhere else their
     * start tags only lend attributes to the element already made, or are ignored: none opens an element
     * (a second {@code <html>} pushed mid-body would stop the end tags that close its ancestors).
     */
    private boolean opensHere(int known, String name) {
        boolean onlyHtmlOpen = top < 0 || (top == 0 && nameNumber[0] == TagNames.numberAt(HTML));
        boolean opens;
        if (known == HTML) {
            opens = opened == 0;
        } else if (known == HEAD) {
            opens = !bodyBegun && onlyHtmlOpen && opened == top + 1;
        } else if (known == BODY) {
            opens = !bodyBegun && onlyHtmlOpen;
        } else {
            opens = true;
        }
        if (opens) {
            opened++;
            if (!bodyBegun && known != HTML && known != HEAD) {
                bodyBegun = known == BODY || !HEAD_CONTENT.contains(name);
            }
        }
        return opens;
    }

    /** Text other than white space in the head ends it, as in the Standard's "in head" mode. */
    private void headEndsAtText(int start, int end) {
        if (top < 0 || nameNumber[top] != TagNames.numberAt(HEAD)) {
            return;
        }
        for (int k = start; k < end; k++) {
            if (!isSpace(src.charAt(k))) {
                pop(start);
                bodyBegun = true;
                return;
            }
        }
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /** The start tags that close an open element before they open: {@code p}, list items, headings, cells. */
    private void impliedEnds(String name, int nameFlags, int lt) {
        if ((nameFlags & TagNames.CLOSES_P) != 0) {
            closeIfOpenAbove(P, scopeBelowTop(), lt);
        }
        switch (name) {
            case "li" -> closeListItem(LI, lt);
            case "dd", "dt" -> {
                closeListItem(DD, lt);
                closeListItem(DT, lt);
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (top >= 0 && names[top].length() == 2 && names[top].charAt(0) == 'h'
                        && Character.isDigit(names[top].charAt(1))) {
                    pop(lt);
                }
            }
            case "td", "th", "tr", "tbody", "thead", "tfoot" -> {
                int table = topIndex(TABLE, null);
                closeIfOpenAbove(TD, table, lt);
                closeIfOpenAbove(TH, table, lt);
                if (!name.equals("td") && !name.equals("th")) {
                    closeIfOpenAbove(TR, table, lt);
                }
            }
            case "option" -> {
                if (top >= 0 && names[top].equals("option")) {
                    pop(lt);
                }
            }
            default -> {
            }
        }
    }

    /** Closes the topmost element of the known name {@code known} when it stands above {@code floor}. */
    private void closeIfOpenAbove(int known, int floor, int at) {
        int index = topIndex(known, null);
        if (index >= 0 && index > floor) {
            while (top >= index) {
                pop(at);
            }
        }
    }

    /** An open list item closes when nothing special but {@code address}, {@code div} or {@code p} is above it. */
    private void closeListItem(int known, int at) {
        int index = topIndex(known, null);
        if (index < 0) {
            return;
        }
        for (int d = top; d > index && d > top - 64; d--) {
            String n = names[d];
            if ((flags[d] & TagNames.SPECIAL) != 0 && !n.equals("address") && !n.equals("div") && !n.equals("p")) {
                return;
            }
        }
        if (top - index >= 64) {
            return;
        }
        while (top >= index) {
            pop(at);
        }
    }

    /** The depth of the topmost open heading of any level, -1 when none: any heading's end tag closes it. */
    private int topHeading() {
        int index = -1;
        for (int level = 0; level < HEADINGS.length; level++) {
            index = Math.max(index, topIndex(HEADINGS[level], null));
        }
        return index;
    }

    private int scopeBelowTop() {
        return top >= 0 ? scopeBelow[top] : -1;
    }

    /** The depth of the topmost open element of the known name {@code known}, or else named {@code name}; -1 when none. */
    private int topIndex(int known, String name) {
        if (known >= 0) {
            return topOfKnownName[TagNames.numberAt(known)] - 1;
        }
        Integer depth = topOfOtherName == null ? null : topOfOtherName.get(name);
        return depth == null ? -1 : depth;
    }

    private void push(String name, int known, int nameFlags) {
        top++;
        if (top == names.length) {
            names = Arrays.copyOf(names, top * 2);
            flags = Arrays.copyOf(flags, top * 2);
            specialBelow = Arrays.copyOf(specialBelow, top * 2);
            scopeBelow = Arrays.copyOf(scopeBelow, top * 2);
            listScopeBelow = Arrays.copyOf(listScopeBelow, top * 2);
            sameNameBelow = Arrays.copyOf(sameNameBelow, top * 2);
            nameNumber = Arrays.copyOf(nameNumber, top * 2);
        }
        names[top] = name;
        flags[top] = nameFlags;
        int below = top == 0 ? -1 : specialBelow[top - 1];
        specialBelow[top] = (nameFlags & TagNames.SPECIAL) != 0 ? top : below;
        int scopeUnder = top == 0 ? -1 : scopeBelow[top - 1];
        scopeBelow[top] = (nameFlags & TagNames.SCOPE) != 0 ? top : scopeUnder;
        int listScopeUnder = top == 0 ? -1 : listScopeBelow[top - 1];
        listScopeBelow[top] = (nameFlags & (TagNames.SCOPE | TagNames.LIST)) != 0 ? top : listScopeUnder;
        if ((nameFlags & TagNames.FOREIGN) != 0) {
            foreignOpen++;
        }
        if (known >= 0) {
            int number = TagNames.numberAt(known);
            nameNumber[top] = number;
            sameNameBelow[top] = topOfKnownName[number] - 1;
            topOfKnownName[number] = top + 1;
        } else {
            nameNumber[top] = -1;
            if (topOfOtherName == null) {
                topOfOtherName = new HashMap<>();
            }
            Integer previous = topOfOtherName.put(name, top);
            sameNameBelow[top] = previous == null ? -1 : previous;
        }
    }

    private void pop(int end) {
        if ((flags[top] & TagNames.FOREIGN) != 0) {
            foreignOpen--;
        }
        int number = nameNumber[top];
        if (number >= 0) {
            topOfKnownName[number] = sameNameBelow[top] + 1;
        } else if (sameNameBelow[top] < 0) {
            topOfOtherName.remove(names[top]);
        } else {
            topOfOtherName.put(names[top], sameNameBelow[top]);
        }
        listener.close(top, end);
        names[top] = null;
        top--;
    }

    /** Where the raw text of {@code name} that starts at {@code from} ends: the {@code <} of its end tag, or the end. */
    private int rawTextEnd(String name, int contentStart) {
        if (name.equals("plaintext")) {
            return to;
        }
        int i = contentStart;
        while (true) {
            int lt = src.indexOf("</", i);
            if (lt < 0 || lt + 2 + name.length() > to) {
                return to;
            }
            int after = lt + 2 + name.length();
            if (src.regionMatches(true, lt + 2, name, 0, name.length())
                    && (after == to || isNameEnd(src.charAt(after)))) {
                return lt;
            }
            i = lt + 2;
        }
    }

    private static int nameEnd(String src, int i, int to) {
        while (i < to && !isNameEnd(src.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Reads attributes (into {@code into} when not null) up to the tag's {@code >}, honouring quoted values
     * as the tokenizer does; returns the index after {@code >}, or the end of the range.
     */
    private static int tagEnd(String src, int i, int to, Tag into) {
        while (i < to) {
            char c = src.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '/') {
                if (i + 1 < to && src.charAt(i + 1) == '>' && into != null) {
                    into.selfClosing = true;
                }
                i++;
                continue;
            }
            if (isSpace(c)) {
                i++;
                continue;
            }
            int nameStart = i;
            i++;
            while (i < to && !isSpace(src.charAt(i)) && src.charAt(i) != '/' && src.charAt(i) != '>' && src.charAt(i) != '=') {
                i++;
            }
            int nameEnd = i;
            while (i < to && isSpace(src.charAt(i))) {
                i++;
            }
            int valueStart = i;
            int valueEnd = i;
            if (i < to && src.charAt(i) == '=') {
                i++;
                while (i < to && isSpace(src.charAt(i))) {
                    i++;
                }
                if (i < to && (src.charAt(i) == '"' || src.charAt(i) == '\'')) {
                    char quote = src.charAt(i);
                    int close = src.indexOf(quote, i + 1);
                    if (close < 0 || close >= to) {
                        return to;
                    }
                    valueStart = i + 1;
                    valueEnd = close;
                    i = close + 1;
                } else {
                    valueStart = i;
                    while (i < to && !isSpace(src.charAt(i)) && src.charAt(i) != '>') {
                        i++;
                    }
                    valueEnd = i;
                }
            }
            if (into != null) {
                into.addAttribute(nameStart, nameEnd, valueStart, valueEnd);
            }
        }
        return to;
    }

    /** The index just past the start tag at {@code src[lt]}, reading no further than {@code to}. */
    static int startTagEnd(String src, int lt, int to) {
        return tagEnd(src, nameEnd(src, lt + 1, to), to, null);
    }

    /** The start tag at {@code src[lt]} described as CSS ({@code div#main.entry-content}). */
    static String describeTagAt(String src, int lt) {
        Tag tag = new Tag(src);
        int nameEnd = nameEnd(src, lt + 1, src.length());
        tag.reset(TagNames.name(src, lt + 1, nameEnd), 0, lt);
        tagEnd(src, nameEnd, src.length(), tag);
        return tag.describe();
    }

    private static boolean isNameEnd(char c) {
        return c == '>' || c == '/' || isSpace(c);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
