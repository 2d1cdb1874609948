package io.adslot.benchmarks.legacy;

import io.adslot.article.AtomicSelector;
import io.adslot.article.Block;
import io.adslot.article.BlockKind;
import io.adslot.article.Marker;
import io.adslot.article.ScanOptions;
import io.adslot.article.ScannedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The engine's first block scanner ({@code io.adslot.article.ScanPass} until issue 14 replaced it with the
 * tree builder, {@code TreeScan}), kept here as the speed baseline of {@code ScannerComparisonBenchmark}: the
 * same code, with copies of the package-private helpers it read (this package is self-contained), frozen as
 * it was when it left the engine. It is not the engine's reading of an article and is not maintained as one:
 * it approximates tree construction with partial element stacks and uncertainty flags, and places slots
 * where browsers reopen a link or a {@code <b>} (issue 14 lists the shapes).
 *
 * <p>One scan of one article body. The design, in short:
 *
 * <ul>
 *   <li>A tokenizer finds markup with {@code indexOf('<')} and reads tags, attributes (quoted values
 *       may hold {@code >}), comments, bogus comments and raw-text content as the HTML spec's
 *       tokenizer does; text between tags is only looked at to count words.</li>
 *   <li>At block level ("container mode") open containers live on {@link #containers}. Loose inline
 *       content forms a text run, which becomes a {@link BlockKind#TEXT} block (or a figure/embed
 *       block when it holds only media).</li>
 *   <li>Inside an atomic block ("atomic mode") only the elements opened inside it are tracked, to find
 *       its end: its own end tag, an implied end (a block start tag closes an open {@code <p>}), an end
 *       tag of an enclosing container, or the end of input.</li>
 * </ul>
 *
 * There is no recursion: nesting lives in {@link ElementStack}s, so any depth scans in linear time.
 */
public final class LegacyScanner {

    private final String src;
    private final int n;
    private final TagAttributes attributes;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final ElementStack containers = new ElementStack();
    /** This thread's Latin-1 copy of the source, shared with {@link #counter}; never null here ({@link Latin1Window#forSource}). */
    private final Latin1Window window;
    private final WordCounter counter;

    // the text run being built at container level
    private boolean inRun;
    private int runStart;
    private int runEnd;
    private int runMedia;
    private BlockKind runMediaKind;
    private int runMediaWidth;
    private int runMediaHeight;
    private boolean runNoSlot;
    private final ElementStack runInlines = new ElementStack();

    // the atomic block being read
    private boolean inAtomic;
    private TagInfo atomicRoot;
    private String atomicRootName;
    private BlockKind atomicKind;
    private int atomicLevel;
    private int atomicStart;
    private boolean atomicNoSlot;
    private int atomicMediaWidth;
    private boolean atomicHasMedia;
    private int atomicMediaHeight;
    private final ElementStack atomicInner = new ElementStack();
    /**
     * A formatting element ({@code b}, {@code a}...) was popped inside the block by another element's end
     * ({@code <h2><p><b></p>}): the parser reopens it at the next text or inline tag, so the heading may
     * not be the current node when another heading starts.
     */
    private boolean atomicFormattingPopped;
    /**
     * Since {@link #atomicFormattingPopped} was set, a token that reopens the active formatting elements was
     * read (text, or a start tag such as {@code <span>} or {@code <img>}, not a block start tag): until then
     * no formatting element is open inside the block that the scanner does not track.
     */
    private boolean atomicFormattingReopened;
    /**
     * Formatting elements ({@code font}, {@code b}...) left open in a block that has ended: the parser keeps
     * them on its list of active formatting elements and reopens them at the next text or inline tag, in any
     * later block, until their end tag ({@code <p><font></p><p><h2><a>}: the font reopened in the heading
     * is the current node, so a heading start nests instead of closing the h2).
     */
    private final ElementStack formattingLeftOpen = new ElementStack();
    /** The block was re-rooted after an adoption-agency end tag with several special elements open: its end is not trusted. */
    private boolean atomicUncertain;
    /** How many elements were open inside the block when it became uncertain: those went to {@link #possiblyOpen} then. */
    private int uncertainFrom;
    /**
     * Container depth at which such an uncertain block stood, or -1: until that container closes, the
     * parser may still hold an element open around what follows, so no block there gets a usable end.
     */
    private int uncertainDepth = -1;
    /**
     * The elements that were open inside an uncertain block when it became uncertain or ended: the parser
     * may still have them open, so while {@link #uncertainDepth} holds, an end tag of one of their names may
     * close one of them rather than the container of that name ({@code <div><h1><div>...</h2></div>}: the
     * {@code </div>} may close the inner div, in the heading that is still open).
     */
    private final ElementStack possiblyOpen = new ElementStack();

    // the tag being read
    /** The end of the tag name that {@link #readTagName} read last. */
    private int lastNameEnd;
    private boolean selfClosing;

    /** The input ends inside a tag, comment, bogus comment or raw text: nothing may be appended after it. */
    private boolean endsInsideMarkup;

    /**
     * A breakout tag ({@code <svg><p>}) made a browser pop foreign elements that the scanner, as jsoup,
     * keeps open: until they close, the two read what follows differently (see {@link #foreignStartTag}).
     */
    private boolean foreignBrokenOut;

    /** jsoup and a browser built different trees at the last tag (see {@link #foreignEndTag}): nothing after it is safe in both. */
    private boolean readersParted;

    /**
     * The parser's form element pointer is set: a {@code <form>} was read and no {@code </form>} since. It
     * stays set when another end tag pops the form ({@code <div><form></div>}), and the parser then ignores
     * every {@code <form>} start tag, which so closes no paragraph.
     */
    private boolean formElementPointer;

    /** Scans {@code html} into blocks and markers as the engine's {@code BlockScanner} did with this scanner. */
    public static ScannedArticle scan(String html, ScanOptions options) {
        String source = html == null ? "" : html;
        try {
            return new LegacyScanner(source, options.atomic()).run();
        } finally {
            Latin1Window.release();
        }
    }

    private LegacyScanner(String src, List<AtomicSelector> selectors) {
        this.src = src;
        this.n = src.length();
        this.attributes = new TagAttributes(selectors);
        this.window = Latin1Window.forSource(src);
        this.counter = new WordCounter(window);
    }

    private ScannedArticle run() {
        int pos = 0;
        while (pos < n) {
            int lt = src.indexOf('<', pos);
            if (lt < 0) {
                text(pos, n);
                break;
            }
            if (lt > pos) {
                text(pos, lt);
            }
            pos = markup(lt);
        }
        if (inAtomic) {
            endAtomic(n, !closedByASlot());
        }
        if (inRun) {
            endRun();
        }
        if (endsInsideMarkup && !blocks.isEmpty()) {
            Block last = blocks.get(blocks.size() - 1);
            if (last.end() == n && !last.openEnd()) {
                blocks.set(blocks.size() - 1, new Block(last.kind(), last.level(), last.start(), last.end(), last.words(),
                        last.textLength(), last.tag(), last.noSlotZone(), last.mediaWidth(), last.mediaHeight(), true));
            }
        }
        return new ScannedArticle(src, blocks, markers);
    }

    // ---------------------------------------------------------------- tokenizer

    /** Reads the markup starting at {@code lt}; returns the index after it. */
    private int markup(int lt) {
        if (lt + 1 >= n) {
            text(lt, n);
            return n;
        }
        char c = src.charAt(lt + 1);
        if (isAsciiLetter(c)) {
            return startTag(lt);
        }
        if (c == '/') {
            if (lt + 2 < n && isAsciiLetter(src.charAt(lt + 2))) {
                return endTag(lt);
            }
            if (lt + 2 < n && src.charAt(lt + 2) == '>') {
                return lt + 3;
            }
            return bogusComment(lt + 2);
        }
        if (c == '!') {
            if (src.startsWith("--", lt + 2)) {
                return comment(lt);
            }
            if (src.startsWith("[CDATA[", lt + 2) && inForeignContent()) { // foreign content hook
                return cdataSection(lt);
            }
            return bogusComment(lt + 2);
        }
        if (c == '?') {
            return bogusComment(lt + 1);
        }
        text(lt, lt + 1);
        return lt + 1;
    }

    private int bogusComment(int from) {
        int gt = src.indexOf('>', from);
        if (gt < 0) {
            endsInsideMarkup = true;
            return n;
        }
        return gt + 1;
    }

    /** A comment from {@code <!--} to {@code -->} (or {@code --!>}, or the abrupt {@code <!-->}, or end of input). */
    private int comment(int lt) {
        int bodyStart = lt + 4;
        int end;
        int bodyEnd;
        if (src.startsWith(">", bodyStart)) {
            end = bodyStart + 1;
            bodyEnd = bodyStart;
        } else if (src.startsWith("->", bodyStart)) {
            end = bodyStart + 2;
            bodyEnd = bodyStart;
        } else {
            end = n;
            bodyEnd = n;
            int i = bodyStart;
            while (true) {
                int dashes = src.indexOf("--", i);
                if (dashes < 0) {
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
        marker(lt, end, bodyStart, bodyEnd);
        return end;
    }

    private void marker(int start, int end, int bodyStart, int bodyEnd) {
        int i = bodyStart;
        while (i < bodyEnd && Character.isWhitespace(src.charAt(i))) {
            i++;
        }
        if (!src.regionMatches(true, i, "adslot:", 0, 7)) {
            return;
        }
        String name = src.substring(i + 7, bodyEnd).strip().toLowerCase(Locale.ROOT);
        boolean between = !inAtomic && !inRun;
        markers.add(new Marker(name, start, end, blocks.size(), between));
    }

    private int startTag(int lt) {
        TagInfo info = readTagName(lt + 1);
        attributes.reset();
        int tagEnd = tagEnd(lastNameEnd);
        if (tagEnd < 0) {
            // end of input inside a tag: the spec drops the tag
            endsInsideMarkup = true;
            return n;
        }
        boolean selfClose = selfClosing;
        int foreignEnd = foreignStartTag(info, tagEnd, selfClose); // foreign content hook
        if (foreignEnd >= 0) {
            return foreignEnd;
        }
        if (info.name.equals("form") && !templateOpen()) {
            if (formElementPointer) {
                return tagEnd;
            }
            formElementPointer = true;
        }
        if (info.rawText && !info.isVoid) {
            int contentEnd = rawTextEnd(info, tagEnd);
            int end = contentEnd >= n ? n : endOfTag(contentEnd);
            if (contentEnd >= n) {
                endsInsideMarkup = true;
            }
            rawElement(info, lt, tagEnd, contentEnd, end);
            return end;
        }
        if (inAtomic) {
            atomicStartTag(info, lt, tagEnd, selfClose);
        } else {
            containerStartTag(info, lt, tagEnd, selfClose);
        }
        return tagEnd;
    }

    private int endTag(int lt) {
        TagInfo info = readTagName(lt + 2);
        attributes.reset();
        int tagEnd = tagEnd(lastNameEnd);
        if (tagEnd < 0) {
            endsInsideMarkup = true;
            return n;
        }
        if (adoptionSplitsForeignContent(info)) { // foreign content hook
            return nothingSafeAfter();
        }
        if (foreignEndTag(info.name, tagEnd)) { // foreign content hook
            return readersParted ? nothingSafeAfter() : tagEnd;
        }
        if (containerEndAfterBreakout(info)) { // foreign content hook
            return nothingSafeAfter();
        }
        forgetFormattingLeftOpen(info.name);
        if (info.name.equals("form") && !templateOpen()) {
            formElementPointer = false;
        }
        if (inAtomic) {
            atomicEndTag(info, lt, tagEnd);
        } else {
            containerEndTag(info, lt, tagEnd);
        }
        return tagEnd;
    }

    /** Reads the tag name starting at {@code nameStart}, setting {@link #lastNameEnd}: a known name in one pass. */
    private TagInfo readTagName(int nameStart) {
        TagInfo info = TagInfo.readKnown(src, nameStart, n, window);
        if (info != null) {
            lastNameEnd = nameStart + info.name.length();
            return info;
        }
        lastNameEnd = tagNameEnd(nameStart);
        return TagInfo.lookup(src, nameStart, lastNameEnd);
    }

    /** The end of the tag name starting at {@code from}. */
    private int tagNameEnd(int from) {
        int nameEnd = from;
        while (nameEnd < n && !isTagNameEnd(src.charAt(nameEnd))) {
            nameEnd++;
        }
        return nameEnd;
    }

    /**
     * {@link #attributes}, with the common tag without attributes ({@code <p>}, {@code </a>}) read here:
     * small enough for the JIT to inline, where the attribute reader is not.
     */
    private int tagEnd(int nameEnd) {
        if (nameEnd < n && src.charAt(nameEnd) == '>') {
            selfClosing = false;
            return nameEnd + 1;
        }
        return attributes(nameEnd);
    }

    /**
     * Reads attributes from {@code i} to the tag's closing {@code >}, recording the interesting ones.
     * Returns the index after {@code >}, or -1 when the input ends inside the tag.
     */
    private int attributes(int i) {
        selfClosing = false;
        while (true) {
            while (i < n && (isSpace(src.charAt(i)) || src.charAt(i) == '/')) {
                if (src.charAt(i) == '/' && i + 1 < n && src.charAt(i + 1) == '>') {
                    selfClosing = true;
                }
                i++;
            }
            if (i >= n) {
                return -1;
            }
            if (src.charAt(i) == '>') {
                return i + 1;
            }
            int nameStart = i;
            i++; // the first character may be '='
            while (i < n) {
                char c = src.charAt(i);
                if (isSpace(c) || c == '/' || c == '>' || c == '=') {
                    break;
                }
                i++;
            }
            int nameEnd = i;
            while (i < n && isSpace(src.charAt(i))) {
                i++;
            }
            int valueStart = i;
            int valueEnd = i;
            if (i < n && src.charAt(i) == '=') {
                i++;
                while (i < n && isSpace(src.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    return -1;
                }
                char q = src.charAt(i);
                if (q == '"' || q == '\'') {
                    int close = src.indexOf(q, i + 1);
                    if (close < 0) {
                        return -1;
                    }
                    valueStart = i + 1;
                    valueEnd = close;
                    i = close + 1;
                } else {
                    valueStart = i;
                    while (i < n && !isSpace(src.charAt(i)) && src.charAt(i) != '>') {
                        i++;
                    }
                    valueEnd = i;
                }
            }
            attributes.add(src, nameStart, nameEnd, valueStart, valueEnd);
        }
    }

    /**
     * Index of the {@code </name} that ends the raw text starting at {@code from}, or {@code n}: where a
     * browser ends it (for a script holding {@code <!--}, by the script data states, {@link ScriptData}), when
     * jsoup ends it there too. Where the two readings differ, what lies between is raw text to one and
     * markup to the other: the element then runs to the end, which leaves no usable place after it, unless
     * jsoup ends it first and what lies between holds no markup.
     */
    private int rawTextEnd(TagInfo info, int from) {
        if (info.name.equals("plaintext")) {
            return n;
        }
        int first = firstEndTag(info, from);
        int end = first;
        if (info.name.equals("script") && holdsCommentOpener(from, first)) {
            if (inAtomic && closesCurrentTable()) {
                // in a table (not in a cell), jsoup reads a script by the escape states too, with its own
                // reading of end tag names: where that ends is not modelled, so nothing after it is usable
                return n;
            }
            end = ScriptData.end(src, from);
        }
        int jsoupEnd = JsoupRawText.readsNameToTerminator(info.name) ? JsoupRawText.end(src, info.name, from) : first;
        if (jsoupEnd == end) {
            return end;
        }
        return jsoupEnd < end && !ForeignContent.holdsMarkup(src, jsoupEnd + 2, end) ? end : n;
    }

    /** True when {@code src[from, to)} holds a {@code <!--}; reads no further than the first {@code <} at or after {@code to}. */
    private boolean holdsCommentOpener(int from, int to) {
        for (int lt = src.indexOf('<', from); lt >= 0 && lt < to; lt = src.indexOf('<', lt + 1)) {
            if (src.startsWith("!--", lt + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first {@code </name} at or after {@code from} followed by a space, '/', '>' or the end; or {@code n}. */
    private int firstEndTag(TagInfo info, int from) {
        int length = info.name.length();
        int i = from;
        while (true) {
            int close = src.indexOf("</", i);
            if (close < 0) {
                return n;
            }
            int after = close + 2 + length;
            if (after <= n && src.regionMatches(true, close + 2, info.name, 0, length)
                    && (after == n || isTagNameEnd(src.charAt(after)))) {
                return close;
            }
            i = close + 2;
        }
    }

    /** Index after the {@code >} of the raw-text end tag at {@code lt}, or {@code n}. */
    private int endOfTag(int lt) {
        int gt = src.indexOf('>', lt + 2);
        if (gt < 0) {
            endsInsideMarkup = true;
            return n;
        }
        return gt + 1;
    }

    // ---------------------------------------------------------------- text

    private void text(int from, int to) {
        if (inAtomic) {
            if (atomicFormattingPopped && !atomicFormattingReopened) {
                atomicFormattingReopened = holdsMoreThanNul(from, to);
            }
            counter.feed(src, from, to);
            return;
        }
        int first = from;
        while (first < to && isSpace(src.charAt(first))) {
            first++;
        }
        if (first == to) {
            if (inRun) {
                counter.feed(src, from, to);
            }
            return;
        }
        if (!inRun) {
            startRun(first);
        }
        counter.feed(src, from, to);
        int last = to;
        while (last > first && isSpace(src.charAt(last - 1))) {
            last--;
        }
        runEnd = last;
    }

    // ---------------------------------------------------------------- container mode

    private void containerStartTag(TagInfo info, int lt, int tagEnd, boolean selfClose) {
        TagInfo.Role role = info.role;
        if (role == TagInfo.Role.INVISIBLE || role == TagInfo.Role.IGNORED) {
            return;
        }
        boolean noSlot = attributes.adslotOff;
        boolean markedAtomic = noSlot || attributes.matchesAnySelector(src, info.name);
        boolean phrasing = role == TagInfo.Role.INLINE || role == TagInfo.Role.MEDIA;
        if (markedAtomic && phrasing && inRun) {
            // a marked element inside a line of text keeps the line whole: the run is one block already
            runNoSlot |= noSlot;
        } else if (markedAtomic || role == TagInfo.Role.CONTAINER || role == TagInfo.Role.ATOMIC) {
            if (inRun && !leaveRunForBlock(lt)) {
                // an inline element still open around this block (a link around a div): it absorbed the run
                atomicStartTag(info, lt, tagEnd, selfClose);
                return;
            }
            if (inRun) {
                endRun();
            }
            if (role == TagInfo.Role.CONTAINER && !markedAtomic) {
                containers.push(info.name, info.flags);
                return;
            }
            BlockKind kind = role == TagInfo.Role.CONTAINER || role == TagInfo.Role.INLINE ? BlockKind.OTHER : info.kind;
            startAtomic(info, kind, lt, noSlot);
            mediaSize(info);
            if (info.isVoid || (selfClose && info.role == TagInfo.Role.MEDIA)) {
                endAtomic(tagEnd, false);
            }
            return;
        }
        if (inRun && info.name.equals("a") && runInlines.contains("a") && !closeLinkInRun()) {
            // a special element (a button) is open in the link: the block mode models what the adoption agency
            // does then, so the run becomes a block rooted at its outermost inline element
            convertRunToAtomic();
            atomicStartTag(info, lt, tagEnd, selfClose);
            return;
        }
        // inline content or media: part of a text run
        if (!inRun) {
            startRun(lt);
        }
        if (role == TagInfo.Role.MEDIA) {
            runMedia++;
            if (runMediaKind == null) {
                runMediaKind = info.kind;
                runMediaWidth = attributes.width;
                runMediaHeight = attributes.height;
            }
        } else if (info.breaksWords) {
            counter.breakWord();
        }
        if (!info.isVoid && !(selfClose && closesAtOnce(info, runInlines))) {
            runInlines.push(info.name, info.flags);
        }
        runEnd = tagEnd;
    }

    /**
     * An {@code <a>} start tag with a link open in the run first closes that link, as the adoption agency
     * does: when nothing special is open inside the link, it pops the link and everything open in it, and
     * the formatting elements among those ({@code b}, {@code i}...) are reopened before the new link, so that
     * a later {@code </a>} finds only the new one ({@code <a><a></a><math></a>} leaves the math open). Returns
     * false, changing nothing, when a special element is open inside the link.
     */
    private boolean closeLinkInRun() {
        int link = runInlines.topIndexOf("a");
        for (int i = link + 1; i < runInlines.size(); i++) {
            if (runInlines.has(i, TagInfo.SPECIAL)) {
                return false;
            }
        }
        ElementStack reopened = new ElementStack();
        for (int i = link + 1; i < runInlines.size(); i++) {
            if (runInlines.has(i, TagInfo.FORMATTING)) {
                reopened.push(runInlines.get(i), runInlines.flagsAt(i));
            }
        }
        runInlines.popTo("a");
        for (int i = 0; i < reopened.size(); i++) {
            runInlines.push(reopened.get(i), reopened.flagsAt(i));
        }
        return true;
    }

    /**
     * A block-level start tag arrived inside a text run. When only styling wrappers ({@code span},
     * {@code b}, {@code font}...) are open, the run ends and the wrappers are read as containers.
     * When a link, button or other interactive element is open, the block is inside it: returns
     * false, and the caller turns the run into an atomic block.
     */
    private boolean leaveRunForBlock(int lt) {
        for (int i = 0; i < runInlines.size(); i++) {
            if (!runInlines.has(i, TagInfo.STYLING_WRAPPER)) {
                convertRunToAtomic();
                return false;
            }
        }
        List<String> wrappers = new ArrayList<>(runInlines.size());
        for (int i = 0; i < runInlines.size(); i++) {
            wrappers.add(runInlines.get(i));
        }
        endRun();
        for (String w : wrappers) {
            containers.push(w);
        }
        return true;
    }

    private void convertRunToAtomic() {
        String root = runInlines.get(0);
        inAtomic = true;
        atomicRoot = TagInfo.known(root) != null ? TagInfo.known(root) : TagInfo.lookup(root, 0, root.length());
        atomicRootName = root;
        atomicKind = BlockKind.TEXT;
        atomicLevel = 0;
        atomicStart = runStart;
        atomicNoSlot = runNoSlot;
        atomicMediaWidth = runMediaWidth;
        atomicHasMedia = runMedia > 0;
        atomicMediaHeight = runMediaHeight;
        atomicInner.clear();
        for (int i = 1; i < runInlines.size(); i++) {
            atomicInner.push(runInlines.get(i));
        }
        runInlines.clear();
        inRun = false;
    }

    private void containerEndTag(TagInfo info, int lt, int tagEnd) {
        String name = info.name;
        if (inRun) {
            if (runInlines.contains(name) && runEndTagIgnored(info)) {
                // <i><object></i>: the object bounds the end tag's scope, the parser ignores it and the
                // object stays open (endRun sees it and leaves the run's end unusable)
                runEnd = tagEnd;
                return;
            }
            if (runInlines.contains(name)) {
                runInlines.popTo(name);
                if (info.breaksWords) {
                    counter.breakWord();
                }
                runEnd = tagEnd;
                return;
            }
            if (name.equals("br")) {
                counter.breakWord();
                runEnd = tagEnd;
                return;
            }
        }
        if (inRun && runEndTagIgnored(info)) {
            // <section><object></section>: the object bounds the end tag's scope, the parser ignores it
            runEnd = tagEnd;
            return;
        }
        if ((info.flags & TagInfo.SPECIAL) == 0 && containers.contains(name) && specialOpenAbove(name)) {
            // <span><div><video></span>: the parser's walk for the end tag of a wrapper read as a container
            // stops at the div, a special element, and ignores it: the div and the video stay open
            return;
        }
        if (uncertainDepth >= 0 && possiblyOpen.contains(name)) {
            // it may close an element left open inside the uncertain block instead of the container
            possiblyOpen.popTo(name);
            return;
        }
        if (containers.contains(name) && !closesNothing(name)) {
            leaveFormattingOpenAbove(name);
            if (inRun) {
                endRun();
            }
            containers.popTo(name);
            if (containers.size() < uncertainDepth) {
                uncertainDepth = -1;
                possiblyOpen.clear();
            }
        }
        // any other end tag is stray: ignored, as the in-body insertion mode does
    }

    /**
     * The formatting elements ({@code font}, {@code b}...) that the end tag of the container {@code name} pops
     * with it stay on the parser's list of active formatting elements, to be reopened in a later block
     * ({@code <div><font></div><h2><a>}: the font reopened in the heading), as those left open in a block do.
     */
    private void leaveFormattingOpenAbove(String name) {
        for (int i = containers.topIndexOf(name) + 1; i < containers.size(); i++) {
            if (containers.has(i, TagInfo.FORMATTING)) {
                formattingLeftOpen.push(containers.get(i), containers.flagsAt(i));
            }
        }
        for (int i = 0; inRun && i < runInlines.size(); i++) {
            if (runInlines.has(i, TagInfo.FORMATTING)) {
                formattingLeftOpen.push(runInlines.get(i), runInlines.flagsAt(i));
            }
        }
    }

    /**
     * True when a special element (a {@code div}, a {@code button}) is open in the run or among the
     * containers above the topmost container {@code name}. Looks at most {@link #FOREIGN_END_TAG_WALK}
     * elements deep and answers true past that: the end tag is then ignored, which only keeps more open.
     */
    private boolean specialOpenAbove(String name) {
        int looked = 0;
        for (int i = runInlines.size() - 1; i >= 0 && inRun; i--) {
            if (runInlines.has(i, TagInfo.SPECIAL) || ++looked > FOREIGN_END_TAG_WALK) {
                return true;
            }
        }
        for (int i = containers.size() - 1; i >= 0; i--) {
            String open = containers.get(i);
            if (open.equals(name)) {
                return false;
            }
            if (containers.has(i, TagInfo.SPECIAL) || ++looked > FOREIGN_END_TAG_WALK) {
                return true;
            }
        }
        return false;
    }

    /** True when a scope boundary ({@code object}, {@code select}...) was opened in the run after the topmost open {@code name}. */
    private boolean runEndTagIgnored(TagInfo info) {
        // a name not open in the run belongs to an enclosing container: the walk covers the whole run
        String name = info.name;
        boolean plain = (info.flags & (TagInfo.SPECIAL | TagInfo.FORMATTING)) == 0;
        for (int i = runInlines.size() - 1; i >= 0; i--) {
            String open = runInlines.get(i);
            if (open.equals(name)) {
                return false;
            }
            if (runInlines.has(i, TagInfo.SCOPE_BOUNDARY) || (plain && runInlines.has(i, TagInfo.SPECIAL))) {
                return true; // and <g><video><button></g>: the walk for a plain element stops at the button
            }
        }
        return false;
    }

    private void startRun(int at) {
        inRun = true;
        runStart = at;
        runEnd = at;
        runMedia = 0;
        runMediaKind = null;
        runMediaWidth = 0;
        runMediaHeight = 0;
        runNoSlot = false;
        runInlines.clear();
        counter.reset();
    }

    private void endRun() {
        inRun = false;
        boolean open = false;
        for (int i = 0; i < runInlines.size(); i++) {
            if (!runInlines.has(i, TagInfo.STYLING_WRAPPER)) {
                open = true; // a link, button or embed left open: the slot would land inside it
            }
        }
        runInlines.clear();
        int words = counter.words();
        int length = counter.textLength();
        if (words == 0 && length == 0 && runMedia == 0) {
            return;
        }
        BlockKind kind = words == 0 && length == 0 ? runMediaKind : BlockKind.TEXT;
        String tag = kind == BlockKind.TEXT ? "#text" : "#media";
        blocks.add(new Block(kind, 0, runStart, runEnd, words, length, tag, runNoSlot,
                runMediaWidth, runMediaHeight, open || uncertainDepth >= 0));
    }

    // ---------------------------------------------------------------- atomic mode

    private void startAtomic(TagInfo root, BlockKind kind, int start, boolean noSlot) {
        inAtomic = true;
        atomicRoot = root;
        atomicRootName = root.name;
        atomicKind = kind;
        atomicLevel = root.headingLevel;
        atomicStart = start;
        atomicNoSlot = noSlot;
        atomicMediaWidth = 0;
        atomicHasMedia = false;
        atomicMediaHeight = 0;
        atomicInner.clear();
        atomicFormattingPopped = root.isHeading() && !formattingLeftOpen.isEmpty();
        atomicFormattingReopened = false;
        counter.reset();
    }

    /** Ends the atomic block at {@code end}; {@code open} when its element is not closed there (see {@link Block#openEnd()}). */
    private void endAtomic(int end, boolean open) {
        inAtomic = false;
        if (atomicInner.containsAny(TagInfo.FORMATTING)) {
            for (int i = 0; i < atomicInner.size(); i++) {
                if (atomicInner.has(i, TagInfo.FORMATTING)) {
                    formattingLeftOpen.push(atomicInner.get(i), atomicInner.flagsAt(i));
                }
            }
        }
        if (atomicUncertain && uncertainDepth < 0) {
            uncertainDepth = containers.size();
        }
        if (atomicUncertain) {
            notePossiblyOpen(uncertainFrom);
        }
        open |= atomicUncertain || uncertainDepth >= 0;
        atomicUncertain = false;
        uncertainFrom = 0;
        atomicInner.clear();
        BlockKind kind = atomicKind;
        if (kind == BlockKind.PARAGRAPH && atomicHasMedia && counter.words() == 0 && counter.textLength() == 0) {
            kind = BlockKind.FIGURE; // <p><img></p>: an image that a CMS wrapped in a paragraph
        }
        blocks.add(new Block(kind, atomicLevel, atomicStart, end, counter.words(), counter.textLength(),
                atomicRootName, atomicNoSlot, atomicMediaWidth, atomicMediaHeight, open));
    }

    /**
     * Marks the block's end as not trusted ({@link #atomicUncertain}). What is open inside it the first time
     * goes to {@link #possiblyOpen}: the scanner's stack may part from the parser's from here on, so that a
     * later end tag pops an element the parser keeps open ({@code <div><h1><div><p><em><h1>h<h1></h1></h2>}:
     * {@code </h2>} pops the inner div for the scanner, while the parser still has it open).
     */
    private void markUncertain() {
        if (atomicUncertain) {
            return;
        }
        atomicUncertain = true;
        uncertainFrom = atomicInner.size();
        notePossiblyOpen(0);
    }

    /** Adds the elements open inside the block from index {@code from} up to {@link #possiblyOpen}. */
    private void notePossiblyOpen(int from) {
        for (int i = from; i < atomicInner.size(); i++) {
            possiblyOpen.push(atomicInner.get(i), atomicInner.flagsAt(i));
        }
    }

    /**
     * True when the atomic block being read, left without its end tag here, would be closed by a slot's
     * {@code <div>} start tag: only a {@code <p>} is, and only when no scope boundary ({@code button},
     * {@code object}, {@code table}...) is open inside it.
     */
    private boolean closedByASlot() {
        if (!atomicRootName.equals("p")) {
            return false;
        }
        if (foreignRootOpen()) {
            return false; // foreign content hook: jsoup nests the slot in an open <svg>, a browser in its <title>
        }
        for (int i = 0; i < atomicInner.size(); i++) {
            switch (atomicInner.get(i)) {
                case "button", "object", "marquee", "applet", "table", "select", "template", "caption", "td", "th" -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }

    private void atomicStartTag(TagInfo info, int lt, int tagEnd, boolean selfClose) {
        noteReopeningStartTag(info);
        if (info.name.equals("a") && (atomicRootName.equals("a") || atomicInner.contains("a"))) {
            // an <a> start tag first closes the link still open, as its end tag would (the adoption agency);
            // a link around blocks then ends right at this tag, which is no place for a slot
            if (atomicRootName.equals("a")) {
                markUncertain();
            }
            atomicEndTag(info, lt, lt);
            if (!inAtomic) {
                containerStartTag(info, lt, tagEnd, selfClose);
                return;
            }
        }
        if (info.role == TagInfo.Role.IGNORED && TABLE_PARTS.contains(info.name) && !tablePartStartTag(info.name)) {
            return; // the table insertion modes ignore it here
        }
        if (info.name.equals("table") && closesCurrentTable()) {
            // in the "in table" mode a <table> start tag closes the current table and opens a new one
            int inner = atomicInner.topIndexOf("table");
            if (inner < 0) {
                // the block's own table: a slot here would still be foster-parented out of it
                endAtomic(lt, true);
                containerStartTag(info, lt, tagEnd, selfClose);
                return;
            }
            popKeepingFormattingListed(inner); // a formatting element foster-parented in it is reopened later
        }
        if (closesAtomicBlock(info)) {
            markUncertainIfFormattingLeftOpen();
            endAtomic(lt, !closedByASlot());
            containerStartTag(info, lt, tagEnd, selfClose);
            return;
        }
        if (info.isHeading() && atomicKind == BlockKind.HEADING && atomicLevel == 0) {
            atomicLevel = info.headingLevel;
        }
        if (info.closesParagraph) {
            closeInnerParagraph(info);
        }
        int top = atomicInner.size() - 1;
        if (info.isHeading() && top >= 0 && atomicInner.has(top, TagInfo.HEADING)) {
            // a formatting element reopened inside that heading may be the current node instead
            if (atomicFormattingPopped && atomicFormattingReopened) {
                markUncertain();
            }
            atomicInner.popTo(atomicInner.get(top)); // <h5><h1>: after closing a p, a heading start pops a heading that is the current node
        }
        mediaSize(info);
        if (info.breaksWords) {
            counter.breakWord();
        }
        if (!info.isVoid && !(selfClose && closesAtOnce(info, atomicInner)) && !opensNothingInBody(info.name)
                && (info.role != TagInfo.Role.IGNORED || atomicRootName.equals("table") || atomicInner.contains("table"))) {
            // outside a table the in-body parser ignores tr, td, caption...: they open nothing
            atomicInner.push(info.name, info.flags);
        }
    }

    /**
     * A block start tag ({@code <p>}, {@code <section>}, a heading...) inside the block closes a {@code p}
     * opened inside it when that p is in button scope, as the parser does. Left on the stack, such a p
     * would let a later {@code </p>} pop what is still open in the browser ({@code <h2><p><section>...
     * <video>...</p>} leaves the video open, so the heading does not end at a following {@code <h1>}).
     */
    private void closeInnerParagraph(TagInfo info) {
        int p = atomicInner.topIndexOf("p");
        if (p < 0) {
            return;
        }
        for (String boundary : BUTTON_SCOPE_BOUNDARIES) {
            if (atomicInner.topIndexOf(boundary) > p) {
                return;
            }
        }
        if (integrationPointAbove(p)) {
            return; // foreign content hook: inside <svg><foreignObject> the p outside is out of scope
        }
        popKeepingFormattingListed(p);
    }

    /**
     * A block ended implicitly (a {@code <h2>} closing a {@code <p>}, an enclosing {@code </div>}) pops the
     * formatting elements open inside it, but they stay in the parser's list of active formatting elements
     * and are reopened at the next text or inline tag: {@code <p><b><h2><b></b><h1>} puts the h1 inside a
     * reopened b, so the h2 does not end. Which blocks they reopen in is beyond this scanner: the block is
     * uncertain, and no block gets a usable end until the enclosing container closes.
     */
    private void markUncertainIfFormattingLeftOpen() {
        if ((atomicRoot.flags & TagInfo.FORMATTING) != 0 || atomicInner.containsAny(TagInfo.FORMATTING)) {
            markUncertain();
        }
    }

    /**
     * True when the innermost table context of the block is a table itself (not a cell, caption or template
     * inside it; a select in it pops, and SVG or MathML in it still reads the tag in the table's mode): there the parser
     * reads a {@code <table>} start tag as the end of that table ({@code <table><table></table><figcaption></table>} leaves the figcaption open).
     */
    private boolean closesCurrentTable() {
        for (int i = atomicInner.size() - 1; i >= 0; i--) {
            switch (atomicInner.get(i)) {
                case "table" -> {
                    return true;
                }
                case "td", "th", "caption", "template" -> { // in SVG a <table> breaks out: it still counts
                    return false;
                }
                case "select" -> {
                    // "in select in table": a <table> pops the select and is read by the table's mode (below)
                }
                default -> {
                }
            }
        }
        return atomicRootName.equals("table");
    }

    /** Notes that the start tag {@code info} (or {@code </br>}, read as {@code <br>}) reopens the active formatting elements. */
    private void noteReopeningStartTag(TagInfo info) {
        if (atomicFormattingPopped && !atomicFormattingReopened && !STARTS_WITHOUT_REOPENING.contains(info.name)) {
            atomicFormattingReopened = true;
        }
    }

    /**
     * The start tags that the in-body parser handles without reopening the active formatting elements (block
     * starts, list items, headings, tables, raw text other than {@code xmp}); any other start tag, like any
     * text, reopens them first.
     */
    private static final Set<String> STARTS_WITHOUT_REOPENING = Set.of(
            "html", "base", "basefont", "bgsound", "link", "meta", "noframes", "script", "style", "template",
            "title", "body", "frameset", "head", "address", "article", "aside", "blockquote", "center", "details",
            "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main",
            "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6",
            "pre", "listing", "form", "li", "dd", "dt", "plaintext", "table", "hr", "textarea", "iframe", "noembed",
            "noscript", "param", "source", "track", "rb", "rtc", "rp", "rt", "caption", "col", "colgroup", "frame",
            "tbody", "td", "tfoot", "th", "thead", "tr");

    /** True when {@code src[from, to)} holds a char other than NUL, which the in-body parser drops. */
    private boolean holdsMoreThanNul(int from, int to) {
        for (int i = from; i < to; i++) {
            if (src.charAt(i) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The end tags that a table's insertion modes look up in "table scope", which only a table or template bounds. */
    private static final Set<String> TABLE_SCOPED_END_TAGS = Set.of("caption", "table", "tbody", "td", "tfoot", "th", "thead", "tr");

    /** The start tags that the table insertion modes read: each closes or opens table parts around it first. */
    private static final Set<String> TABLE_PARTS = Set.of("caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr");

    /**
     * Applies the start tag of the table part {@code name} to the block's inner stack as the table insertion
     * modes do. The mode is the one the nearest open table element sets ({@link #nearestTableElement}): a cell
     * or a caption is closed first, a row or a row group that cannot hold the tag is popped, and the parts a
     * tag implies are opened ({@code <table><th>} opens a tbody and a tr, {@code <table><col>} a colgroup),
     * so that a later {@code </tr>} or {@code </tbody>} finds them open, as the parser does. Returns false
     * when the mode ignores the tag. Outside a table, and in a template, the stack is left alone.
     */
    private boolean tablePartStartTag(String name) {
        boolean cell = name.equals("td") || name.equals("th");
        while (true) {
            int at = nearestTableElement();
            String mode = at >= 0 ? atomicInner.get(at) : atomicRootName.equals("table") ? "table" : "";
            switch (mode) {
                case "td", "th", "caption" -> atomicInner.popTo(mode); // the cell's or caption's marker clears its formatting elements
                case "colgroup" -> {
                    // in column group anything but a col pops the colgroup; elements above it here were opened
                    // after that (foster-parented in the table), and a table part pops them too
                    clearStackAbove(at);
                    atomicInner.popTo(mode);
                }
                case "select" -> {
                    if (name.equals("col") || name.equals("colgroup") || !tableElementBelow(at)) {
                        return false; // in select these are ignored; in select in table, col and colgroup too
                    }
                    atomicInner.popTo(mode);
                }
                case "tr" -> {
                    clearStackAbove(at);
                    if (cell) {
                        return true;
                    }
                    atomicInner.popTo(mode);
                }
                case "tbody", "thead", "tfoot" -> {
                    clearStackAbove(at);
                    if (name.equals("tr")) {
                        return true;
                    }
                    if (cell) {
                        atomicInner.push("tr");
                        return true;
                    }
                    atomicInner.popTo(mode);
                }
                case "table" -> {
                    clearStackAbove(at);
                    if (!cell && !name.equals("tr")) {
                        if (name.equals("col")) {
                            atomicInner.push("colgroup");
                        }
                        return true;
                    }
                    atomicInner.push("tbody"); // and the tag is read again in the table body
                }
                default -> {
                    return true;
                }
            }
        }
    }

    /** The elements that decide the table insertion modes, with template and select, which have modes of their own. */
    private static final List<String> TABLE_MODE_ELEMENTS = List.of(
            "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup", "template", "select");

    /**
     * Index of the topmost open {@link #TABLE_MODE_ELEMENTS} element inside the block, or -1: the highest of
     * their topmost positions, each found in constant time however deep the stack, so that many table parts
     * over a deep stack still scan in linear time.
     */
    private int nearestTableElement() {
        int nearest = -1;
        for (String name : TABLE_MODE_ELEMENTS) {
            nearest = Math.max(nearest, atomicInner.topIndexOf(name));
        }
        return nearest;
    }

    /** True when a table is open below the nearest table element at {@code index} (a select), inside the block or as its root. */
    private boolean tableElementBelow(int index) {
        int table = atomicInner.topIndexOf("table");
        return (table >= 0 && table < index) || atomicRootName.equals("table");
    }

    /**
     * Pops what is open above the element at {@code index} (-1: the block's root), as "clear the stack back
     * to a table context" does. Formatting elements popped so stay on the list of active formatting elements.
     */
    private void clearStackAbove(int index) {
        while (atomicInner.size() > index + 1) {
            popKeepingFormattingListed(atomicInner.size() - 1);
        }
    }

    /** True when a {@code template} is open: inside one, form start and end tags leave the form element pointer alone. */
    private boolean templateOpen() {
        return containers.contains("template") || (inAtomic && (atomicRootName.equals("template") || atomicInner.contains("template")));
    }

    /**
     * True when {@code </form>} leaves elements open that were opened in the form, whose elements inside the
     * block start at index {@code from}: it takes only the form off the stack, after the implied end tags
     * ({@code p}, {@code li}, {@code option}...), so any other element stays open, and so does a formatting
     * element popped in the block and reopened since.
     */
    private boolean formEndLeavesElementsOpen(int from) {
        return !onlyImpliedEndTagsOpenFrom(from) || (atomicFormattingPopped && atomicFormattingReopened);
    }

    /** True when only elements that an end tag's implied end tags close are open inside the block from index {@code from} up. */
    private boolean onlyImpliedEndTagsOpenFrom(int from) {
        for (int i = from; i < atomicInner.size(); i++) {
            switch (atomicInner.get(i)) {
                case "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc" -> {
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Pops the element at {@code index} of the block's inner stack and all above it. The formatting elements
     * among them stay on the parser's list of active formatting elements, to be reopened at the next text or
     * inline tag, in this block or a later one ({@code <h2><p><a><p><h1>d<h2>}: the link popped by the second
     * p is reopened in the h1, so the h2 after it nests instead of closing the h1).
     */
    private void popKeepingFormattingListed(int index) {
        for (int i = index + 1; i < atomicInner.size(); i++) {
            if (atomicInner.has(i, TagInfo.FORMATTING)) {
                atomicFormattingPopped = true;
                formattingLeftOpen.push(atomicInner.get(i), atomicInner.flagsAt(i));
            }
        }
        atomicInner.popTo(atomicInner.get(index));
    }

    /** True when the only element open inside the block is a p in button scope, with what a closing p pops. */
    private boolean onlyParagraphInButtonScope() {
        if (atomicInner.topIndexOf("p") != 0) {
            return false;
        }
        for (String boundary : BUTTON_SCOPE_BOUNDARIES) {
            if (atomicInner.topIndexOf(boundary) > 0) {
                return false;
            }
        }
        return !integrationPointAbove(0);
    }

    /** The {@link TagInfo#SCOPE_BOUNDARY} elements and {@code button}: the spec's "in button scope" (foreign elements aside). */
    private static final List<String> BUTTON_SCOPE_BOUNDARIES = List.of(
            "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "select", "button");

    /** The spec's implied end tags that matter for block extents: a block start closes an open p, etc. */
    private boolean closesAtomicBlock(TagInfo info) {
        String root = atomicRootName;
        if (integrationPointAbove(-1)) {
            return false; // foreign content hook: inside <svg><foreignObject> a block start closes nothing outside
        }
        if (root.equals("p")) {
            return info.closesParagraph && !atomicInner.contains("button") && !atomicInner.contains("object")
                    && !atomicInner.contains("table") && !atomicInner.contains("marquee")
                    && !atomicInner.contains("template") && !atomicInner.contains("applet")
                    && !atomicInner.contains("select");
        }
        if (atomicRoot.isHeading()) {
            // <h2><p><h1>: the h1 closes the p first, and then the h2 is the current node, which it pops
            if (!info.isHeading() || !(atomicInner.isEmpty() || onlyParagraphInButtonScope())) {
                return false;
            }
            if (atomicFormattingPopped && atomicFormattingReopened) {
                // a formatting element popped earlier and reopened since (<p><b></p><h2>x<h1>) is the
                // current node, unless its end tag closed it again: the h1 nests in it or pops the h2
                markUncertain();
                return false;
            }
            return true;
        }
        if (root.equals("li")) {
            return info.name.equals("li") && !innerHasSpecialBesidesAddressDivP();
        }
        if (root.equals("dd") || root.equals("dt")) {
            return (info.name.equals("dd") || info.name.equals("dt")) && !innerHasSpecialBesidesAddressDivP();
        }
        return false;
    }

    /** {@code <html>}, {@code <body>} and {@code <head>} start tags in a body only merge attributes or are ignored. */
    private static boolean opensNothingInBody(String startTagName) {
        return startTagName.equals("body") || startTagName.equals("html") || startTagName.equals("head");
    }

    /** {@code </body>} and {@code </html>} only switch the parser's mode: every element stays open. */
    private static boolean closesNothing(String endTagName) {
        return endTagName.equals("body") || endTagName.equals("html");
    }

    /**
     * True when the HTML parser ignores the root's own end tag here: an element that bounds scope
     * ({@code table}, {@code object}, {@code template}...) is open inside it (a {@code button} for a
     * {@code p}, a nested list for an {@code li}), or the root is neither special (p, li...) nor a
     * formatting element (those go through the adoption agency) and a special element such as a
     * {@code p} is open inside it, as in {@code <video><p></video>}.
     */
    private boolean endTagIgnored() {
        String root = atomicRootName;
        if ((root.equals("table") && !atomicInner.contains("template")) || root.equals("template")) {
            return false; // cells and captions close with the table (a template in it ignores </table>); a
                          // template's end tag needs no scope
        }
        if (atomicInner.containsAny(TagInfo.SCOPE_BOUNDARY)
                || (root.equals("p") && atomicInner.contains("button"))
                || (root.equals("li") && (atomicInner.contains("ul") || atomicInner.contains("ol")))) {
            return true;
        }
        if ((atomicRoot.flags & (TagInfo.SPECIAL | TagInfo.FORMATTING)) != 0 || atomicRoot.isHeading()) {
            return false;
        }
        return atomicInner.containsAny(TagInfo.SPECIAL);
    }

    /**
     * Makes the outermost special element open inside the block (a {@code p}, an {@code h2}) the block's
     * root, keeping what is open inside it; false when there is none.
     */
    private boolean reRootAtOpenSpecial() {
        int k = 0;
        while (k < atomicInner.size() && !atomicInner.has(k, TagInfo.SPECIAL)) {
            k++;
        }
        if (k == atomicInner.size()) {
            return false;
        }
        List<String> rest = new ArrayList<>();
        for (int i = k + 1; i < atomicInner.size(); i++) {
            rest.add(atomicInner.get(i));
        }
        atomicRootName = atomicInner.get(k);
        atomicRoot = TagInfo.known(atomicRootName);
        for (String name : rest) {
            // more special elements open inside (an h3 after the p): which of them the parser still has
            // open is beyond this scanner; the block goes on, but no slot directly after it
            if ((TagInfo.stackFlags(name) & TagInfo.SPECIAL) != 0) {
                markUncertain();
            }
        }
        atomicInner.clear();
        for (String name : rest) {
            atomicInner.push(name);
        }
        return true;
    }

    /**
     * True when the parser ignores the end tag of an element open inside the block: a scope boundary
     * ({@code <aside><table></aside>}) or, for an element neither special nor formatting, a special
     * element ({@code <span><p></span>}) was opened after it.
     */
    private boolean innerEndTagIgnored(TagInfo info) {
        String name = info.name;
        int top = atomicInner.size() - 1;
        if (top >= 0 && atomicInner.get(top).equals(name)) {
            return false;
        }
        boolean plain = (info.flags & (TagInfo.SPECIAL | TagInfo.FORMATTING)) == 0;
        boolean tableScope = TABLE_SCOPED_END_TAGS.contains(name);
        for (int i = top; i >= 0; i--) {
            String open = atomicInner.get(i);
            if (open.equals(name)) {
                return false;
            }
            if (tableScope) {
                // "table scope": a cell or caption does not bound it (<td></table> closes the cell and the table)
                if (open.equals("table") || open.equals("template") || open.equals("html")) {
                    return true;
                }
                continue;
            }
            if (atomicInner.has(i, TagInfo.SCOPE_BOUNDARY) || (plain && atomicInner.has(i, TagInfo.SPECIAL))
                    || (name.equals("li") && (open.equals("ul") || open.equals("ol")))
                    || (name.equals("p") && open.equals("button"))) {
                return true; // a list inside an li bounds </li>'s "list item scope", a button </p>'s "button scope"
            }
        }
        return false;
    }

    /**
     * The spec's walk for an {@code li} (or {@code dd}/{@code dt}) start tag stops at a special element
     * other than address, div or p: then the open item is not closed ({@code <li><section><li>}).
     */
    private boolean innerHasSpecialBesidesAddressDivP() {
        for (int i = 0; i < atomicInner.size(); i++) {
            String name = atomicInner.get(i);
            if (atomicInner.has(i, TagInfo.SPECIAL) && !name.equals("address") && !name.equals("div") && !name.equals("p")) {
                return true;
            }
        }
        return false;
    }

    /** True when a special element was opened inside the block after the topmost open {@code name}. */
    private boolean specialOpenedAfter(String name) {
        for (int i = atomicInner.size() - 1; i >= 0; i--) {
            String open = atomicInner.get(i);
            if (open.equals(name)) {
                return false;
            }
            if (atomicInner.has(i, TagInfo.SPECIAL)) {
                return true;
            }
        }
        return false;
    }

    private void atomicEndTag(TagInfo info, int lt, int tagEnd) {
        String name = info.name;
        if (name.equals("br")) {
            noteReopeningStartTag(info);
        }
        int top = atomicInner.size() - 1;
        if (top >= 0 && !info.isHeading() && atomicInner.get(top).equals(name)) {
            // the common case, an inline element closed in order (</a>, </em>): what the general path below
            // decides for it, without its scope walks
            atomicInner.popTo(name);
            if (info.breaksWords) {
                counter.breakWord();
            }
            return;
        }
        if (info.isHeading()) {
            // any heading end tag closes the innermost open heading (</h5> closes an open <h3>)
            for (int i = atomicInner.size() - 1; i >= 0; i--) {
                String open = atomicInner.get(i);
                if (atomicInner.has(i, TagInfo.SCOPE_BOUNDARY)) {
                    return;
                }
                if (atomicInner.has(i, TagInfo.HEADING)) {
                    atomicInner.popTo(open);
                    counter.breakWord();
                    return;
                }
            }
        }
        if (atomicInner.contains(name)) {
            if (innerEndTagIgnored(info)) {
                return;
            }
            if (name.equals("form") && formEndLeavesElementsOpen(atomicInner.topIndexOf("form") + 1)) {
                // as for a form that is the block's root (below): the elements opened in it stay open
                markUncertain();
                return;
            }
            if ((info.flags & TagInfo.FORMATTING) != 0 && specialOpenedAfter(name)) {
                // the adoption agency keeps the special elements opened after it (an h3, an aside) open;
                // which ones exactly is beyond this scanner: the block goes on, no slot directly after it
                markUncertain();
                return;
            }
            popKeepingFormattingListed(atomicInner.topIndexOf(name));
            if (info.breaksWords) {
                counter.breakWord();
            }
            return;
        }
        if (atomicFormattingPopped && name.equals(atomicRootName)
                && (info.flags & (TagInfo.FORMATTING | TagInfo.FOREIGN_ROOT)) != 0) {
            // a formatting element popped inside the block stays in the parser's list of active formatting
            // elements, and the adoption agency may take that one, not the root (<font>...<p><font color>
            // <p></font> does nothing): the block goes on, its end no longer trusted. In <svg><p><b></p><span>
            // jsoup reopens the b inside the svg and then ignores </svg>; a browser, whose <p> broke out of the
            // svg, reopens it after: either way the svg's end tag is no place for a slot
            markUncertain();
            return;
        }
        if (name.equals("form") && atomicRootName.equals("form") && formEndLeavesElementsOpen(0)) {
            // </form> takes the form off the stack of open elements but leaves a div opened in it open, and
            // what follows goes on inside that div in the form: the block goes on, its end no longer trusted.
            // So with a formatting element popped in it and reopened since (<form><p><em></p>x</form>)
            markUncertain();
            return;
        }
        if (name.equals(atomicRootName) || (atomicRoot.isHeading() && info.isHeading())) {
            if (endTagIgnored()) {
                // the spec's "any other end tag": a special element (a p, a list) open inside an element
                // such as <video> or <my-widget> makes the parser ignore its end tag; the block goes on
                return;
            }
            if ((atomicRoot.flags & TagInfo.FORMATTING) != 0 && reRootAtOpenSpecial()) {
                // a link or other formatting root goes through the adoption agency: the paragraphs or
                // headings opened inside it stay open after its end tag, and the block goes on inside them
                return;
            }
            if (foreignBrokenOut && atomicInner.containsAny(TagInfo.FOREIGN)) { // foreign content hook
                // after a breakout jsoup still has the SVG open in the block, where a browser may have opened
                // other elements (<svg><style></p></svg><math><mtext>: a browser's math is a new root, whose
                // mtext stops the end tag's walk): the block goes on, its end not trusted
                markUncertain();
                return;
            }
            endAtomic(tagEnd, false);
            return;
        }
        if (containers.contains(name) && (info.flags & TagInfo.SPECIAL) != 0 && !closesNothing(name)
                && (atomicRoot.flags & TagInfo.SCOPE_BOUNDARY) == 0 && !atomicInner.containsAny(TagInfo.SCOPE_BOUNDARY)
                && !scopeBoundaryOpen()) {
            // Only a special container (div, section...) closes the block. The end tag of a styling wrapper
            // read as a container (<i> around blocks) leaves the block open, as the spec's adoption agency
            // and "any other end tag" steps do; inside a table, object or template an enclosing
            // container's end tag is out of scope and ignored.
            markUncertainIfFormattingLeftOpen();
            endAtomic(lt, !closedByASlot());
            containerEndTag(info, lt, tagEnd);
            return;
        }
        if ((info.flags & TagInfo.FORMATTING) != 0 && containers.contains(name) && (atomicRoot.flags & TagInfo.SPECIAL) == 0) {
            // <font><mi><hr></font>: the adoption agency pops the wrapper and the inline-rooted block in it
            // when nothing special is open after it; which is the case is beyond this scanner: not trusted
            markUncertain();
        }
        if (info.breaksWords) {
            counter.breakWord();
        }
    }

    /**
     * True when the atomic block is, or has open, an element that bounds the spec's "has an element in
     * scope" search ({@code table}, {@code object}...): an end tag of a container outside it, such as a
     * stray {@code </div>} in a table cell, does not reach that container and is ignored.
     */
    private boolean scopeBoundaryOpen() {
        return isScopeBoundary(atomicRootName) || atomicInner.contains("table") || atomicInner.contains("object")
                || atomicInner.contains("marquee") || atomicInner.contains("applet") || atomicInner.contains("template");
    }

    private static boolean isScopeBoundary(String name) {
        return switch (name) {
            case "table", "object", "marquee", "applet", "template" -> true;
            default -> false;
        };
    }

    // ---------------------------------------------------------------- raw text elements

    private void rawElement(TagInfo info, int lt, int tagEnd, int contentEnd, int end) {
        if (inAtomic) {
            noteReopeningStartTag(info);
            if (closesAtomicBlock(info)) {
                endAtomic(lt, !closedByASlot());
            } else {
                mediaSize(info);
                return;
            }
        }
        switch (info.role) {
            case INVISIBLE, IGNORED -> {
                // script, style, noscript: invisible, not a block, does not break a run
            }
            case ATOMIC -> {
                if (inRun && !leaveRunForBlock(lt)) {
                    return; // inside a link, select or button left open: part of the block that absorbed the run
                }
                if (inRun) {
                    endRun();
                }
                startAtomic(info, info.kind, lt, attributes.adslotOff);
                counter.feed(src, tagEnd, contentEnd);
                endAtomic(end, false);
            }
            case MEDIA -> {
                boolean marked = attributes.adslotOff || attributes.matchesAnySelector(src, info.name);
                if (!inRun) {
                    if (marked) {
                        startAtomic(info, info.kind, lt, attributes.adslotOff);
                        mediaSize(info);
                        endAtomic(end, false);
                        return;
                    }
                    startRun(lt);
                } else if (marked) {
                    runNoSlot |= attributes.adslotOff;
                }
                runMedia++;
                if (runMediaKind == null) {
                    runMediaKind = info.kind;
                    runMediaWidth = attributes.width;
                    runMediaHeight = attributes.height;
                }
                runEnd = end;
            }
            default -> {
                // textarea and other inline raw elements: visible inline content
                if (!inRun) {
                    startRun(lt);
                }
                counter.feed(src, tagEnd, contentEnd);
                runEnd = end;
            }
        }
    }

    private void mediaSize(TagInfo info) {
        atomicHasMedia |= info.role == TagInfo.Role.MEDIA;
        if (info.role == TagInfo.Role.MEDIA && atomicMediaWidth == 0 && atomicMediaHeight == 0) {
            atomicMediaWidth = attributes.width;
            atomicMediaHeight = attributes.height;
        }
    }

    // ---------------------------------------------------------------- foreign content (see ForeignContent)

    /** The innermost element open in the block or run being read; null at container level. */
    private String currentNode() {
        if (inAtomic) {
            return atomicInner.isEmpty() ? atomicRootName : atomicInner.get(atomicInner.size() - 1);
        }
        return inRun && !runInlines.isEmpty() ? runInlines.get(runInlines.size() - 1) : null;
    }

    private boolean inForeignContent() {
        if (inAtomic) {
            return atomicInner.isEmpty() ? (atomicRoot.flags & TagInfo.FOREIGN) != 0
                    : atomicInner.has(atomicInner.size() - 1, TagInfo.FOREIGN);
        }
        return inRun && !runInlines.isEmpty() && runInlines.has(runInlines.size() - 1, TagInfo.FOREIGN);
    }

    /**
     * Reads a start tag inside SVG or MathML as a foreign element; returns the index after it, or -1
     * when HTML rules read it (outside foreign content, at an integration point, a breakout tag).
     */
    private int foreignStartTag(TagInfo info, int tagEnd, boolean selfClose) {
        if (foreignBrokenOut && !foreignRootOpen()) {
            foreignBrokenOut = false;
        }
        boolean foreignCurrent = inForeignContent();
        if (foreignBrokenOut && (info.name.equals("svg") || info.name.equals("math")) && !selfClose
                && !foreignCurrent) {
            // a new SVG inside the one a breakout left open for jsoup: which of the two the tags after it belong
            // to, and so how each reader reads them, is beyond this scanner; no place after it is safe in both
            return nothingSafeAfter();
        }
        if (foreignBrokenOut && info.name.equals("dialog") && inAtomic && atomicInner.contains("p")) {
            // a browser closes the p at the dialog, jsoup keeps it open around it: at a later </p> jsoup is back in
            // the SVG (a <foreignObject> there bounds scopes) while a browser is still in the dialog (where it is an
            // HTML element); the two read the tags after it differently, so no place after it is safe in both
            return nothingSafeAfter();
        }
        if (!foreignCurrent) {
            return -1;
        }
        String current = currentNode();
        String name = ForeignContent.foreignElement(current, info.name, attributes.colorFaceOrSize);
        if (name == null) {
            foreignBrokenOut |= ForeignContent.isBreakout(current, info.name, attributes.colorFaceOrSize);
            return -1;
        }
        if (name.equals("math annotation-xml")) {
            name = ForeignContent.annotationXml(attributes.htmlEncoding);
        }
        int end = tagEnd;
        // after a breakout a browser reads HTML here: a <video/> opens a video, a <style> holds raw text
        boolean closed = selfClose && !foreignBrokenOut;
        // raw text for one reader (jsoup reads an SVG or MathML script so, even self-closed; a browser a style after a
        // breakout), markup for the other: both agree only when it holds no markup; otherwise no place after
        // it is safe in both
        boolean disputed = name.equals("svg script") || name.equals("math script")
                || (foreignBrokenOut && info.rawText && !info.isVoid);
        // an SVG style, title or desc holding only text is invisible text, skipped as before
        boolean invisible = !closed && (name.equals("svg style") || name.equals("svg title") || name.equals("svg desc"));
        if (disputed || invisible) {
            int contentEnd = foreignTextEnd(info, tagEnd);
            if (contentEnd < n && !ForeignContent.holdsMarkup(src, tagEnd, contentEnd)) {
                end = endOfTag(contentEnd);
                closed = true;
            } else if (disputed) {
                endsInsideMarkup = true;
                end = n;
                closed = true;
            }
        }
        if (!closed) {
            (inAtomic ? atomicInner : runInlines).push(name);
        }
        if (inRun) {
            runEnd = end;
        }
        counter.breakWord();
        return end;
    }

    /**
     * True for the end tag of a formatting element open around a special element (the adoption agency's
     * furthest block) that has SVG or MathML open in it, as in {@code <font><p><svg></font>}. jsoup pops
     * the foreign elements with the formatting element; a browser keeps the SVG as its current node and reads
     * the tags after it as SVG (a {@code <figure>} as an SVG element), so the two part for good.
     */
    private boolean adoptionSplitsForeignContent(TagInfo info) {
        String name = info.name;
        if (!inAtomic || (info.flags & TagInfo.FORMATTING) == 0 || !foreignRootOpen()) {
            return false;
        }
        int foreign = Math.max(atomicInner.topIndexOf("svg"), atomicInner.topIndexOf("math"));
        int formatting = atomicInner.topIndexOf(name);
        if (formatting < 0) {
            boolean outside = !name.equals(atomicRootName)
                    && (containers.contains(name) || formattingLeftOpen.contains(name));
            if (outside && (atomicRoot.flags & TagInfo.SPECIAL) != 0) {
                return true;
            }
        }
        for (int i = formatting + 1; i < foreign; i++) {
            if (atomicInner.has(i, TagInfo.SPECIAL)) {
                return true;
            }
        }
        return false;
    }

    /** Makes the rest of the input part of the block or run being read, with no usable end; returns the input's length. */
    private int nothingSafeAfter() {
        endsInsideMarkup = true;
        if (inRun) {
            runEnd = n;
        }
        return n;
    }

    /**
     * An end tag while the current node is foreign closes the nearest open foreign element of its name
     * (true: done). HTML rules read it (false) when an HTML element comes first, or for the root.
     * {@code </svg>} with HTML open above the root (after a breakout, or inside a {@code foreignObject})
     * is ignored, as a browser does: true.
     */
    private boolean foreignEndTag(String name, int tagEnd) {
        ElementStack stack = inAtomic ? atomicInner : inRun ? runInlines : null;
        if (stack == null) {
            return false;
        }
        if (name.equals("p") || name.equals("br")) {
            // breakout end tags: a browser pops the foreign elements first, jsoup does not
            foreignBrokenOut |= inForeignContent() && ForeignContent.isBreakout(currentNode(), "p", false);
            return false;
        }
        boolean htmlAbove = false;
        boolean rootAbove = false;
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (i < stack.size() - FOREIGN_END_TAG_WALK) {
                return true; // so deep that the walk would cost more than a linear scan allows: ignored, all stays open
            }
            String open = stack.get(i);
            rootAbove |= i < stack.size() - 1 && stack.has(i + 1, TagInfo.FOREIGN_ROOT);
            if (!stack.has(i, TagInfo.FOREIGN)) {
                if (open.equals(name)) {
                    return false;
                }
                htmlAbove = true;
            } else if (ForeignContent.localName(open).equals(name)) {
                if (open.equals("svg") || open.equals("math")) {
                    // the root: ignored with HTML above it; else closed by HTML rules, but not after a breakout
                    // with anything above it: what a browser read as HTML there stays open after its stray
                    // </svg>, while jsoup closes all with the root, so the two read what follows differently
                    // (a <math><mtext> after it is a new root to both, but not to a scanner that kept the svg)
                    if (!htmlAbove && foreignBrokenOut && i < stack.size() - 1) {
                        readersParted = true;
                        return true;
                    }
                    return htmlAbove;
                }
                if (htmlAbove) {
                    return true; // a browser's walk stops at no SVG element and ignores it; jsoup may close it
                }
                if (rootAbove) {
                    // <svg><foreignObject><math></foreignObject>: a browser pops the MathML root opened inside
                    // with it, jsoup keeps it open; the two read what follows differently
                    readersParted = true;
                    return true;
                }
                stack.popTo(open);
                if (inRun) {
                    runEnd = tagEnd;
                }
                counter.breakWord();
                return true;
            }
        }
        if (!(inAtomic && name.equals(atomicRootName) && ForeignContent.isForeign(name))) {
            return false;
        }
        if (foreignBrokenOut && !stack.isEmpty()) {
            // the block's own root after a breakout with elements open inside: a browser, which popped the
            // root at the breakout, finds this end tag stray and keeps those open; jsoup closes them all
            readersParted = true;
            return true;
        }
        return htmlAbove;
    }

    /**
     * An end tag of a formatting element left open in an earlier block, and not open in the current one:
     * the adoption agency takes the reopened one, or drops it from the list. Only the simple case (one left
     * open, of this name) is forgotten; otherwise they all stay, which only withholds slots.
     */
    private void forgetFormattingLeftOpen(String name) {
        if (formattingLeftOpen.size() == 1 && formattingLeftOpen.get(0).equals(name)
                && !(inAtomic && (atomicInner.contains(name) || name.equals(atomicRootName)))
                && !(inRun && runInlines.contains(name)) && !containers.contains(name)) {
            formattingLeftOpen.clear();
        }
    }

    /** Per tag name, the last search for its end tag: {from, index of its {@code </name}} (see {@link #foreignTextEnd}). */
    private final java.util.Map<String, int[]> foreignTextEnds = new java.util.HashMap<>();

    /**
     * {@link #rawTextEnd} for an element in foreign content, remembered per name: an element holding
     * markup is read on, so {@code <style><style><style>...} would otherwise search the same text again
     * for every start tag.
     */
    private int foreignTextEnd(TagInfo info, int from) {
        int[] last = foreignTextEnds.get(info.name);
        if (last != null && last[0] <= from && from <= last[1]) {
            return last[1];
        }
        int end = rawTextEnd(info, from);
        foreignTextEnds.put(info.name, new int[] {from, end});
        return end;
    }

    /**
     * How far an end tag in foreign content (or a wrapper's end tag) looks for the element it closes. Real
     * SVG nests a few levels; a hostile input nesting 100,000 would make every end tag walk them all.
     * Ignoring the end tag keeps elements open, which only makes blocks larger.
     */
    private static final int FOREIGN_END_TAG_WALK = 64;

    /**
     * True when {@code info} is the end tag of an enclosing special container ({@code </div>}) while a
     * breakout has left the two readers with different trees and elements are open inside the block. jsoup
     * still has them in the SVG and closes them all with the container; a browser, which popped the SVG at
     * the breakout, has them open as HTML and MathML elements, and a MathML {@code mi} among them puts the
     * container out of scope, so the end tag is ignored ({@code <div><svg><p></p><c><math><mi></div>}).
     */
    private boolean containerEndAfterBreakout(TagInfo info) {
        return inAtomic && foreignBrokenOut && !atomicInner.isEmpty() && foreignRootOpen()
                && (info.flags & TagInfo.SPECIAL) != 0 && !atomicInner.contains(info.name) && containers.contains(info.name);
    }

    /** True while an {@code svg} or {@code math} element is open in the block or run being read. */
    private boolean foreignRootOpen() {
        if (inAtomic) {
            return (atomicRoot.flags & TagInfo.FOREIGN) != 0 || atomicInner.containsAny(TagInfo.FOREIGN_ROOT);
        }
        return inRun && runInlines.containsAny(TagInfo.FOREIGN_ROOT);
    }

    /** A CDATA section, read only in foreign content (elsewhere {@code <![CDATA[} is a bogus comment). */
    private int cdataSection(int lt) {
        int close = src.indexOf("]]>", lt + 9);
        int end = close < 0 ? n : close + 3;
        if (close >= 0 && foreignBrokenOut && ForeignContent.holdsMarkup(src, src.indexOf('>', lt + 9) + 1, close)) {
            end = n; // after a breakout a browser ends a bogus comment at the first '>' and reads markup after it
        }
        endsInsideMarkup |= end == n;
        if (inRun) {
            runEnd = end;
        }
        return end;
    }

    /**
     * True when an integration point ({@code foreignObject}, {@code mi}...) is open inside the block above
     * index {@code from} of its inner elements: it bounds the spec's scopes, so a start tag there closes
     * nothing outside it.
     */
    private boolean integrationPointAbove(int from) {
        if ((atomicRoot.flags & TagInfo.FOREIGN) == 0 && !atomicInner.containsAny(TagInfo.FOREIGN_ROOT)) {
            return false;
        }
        return integrationPointIn(atomicInner, from);
    }

    /** True when an SVG or MathML integration point is open in {@code stack} above index {@code from}. */
    private static boolean integrationPointIn(ElementStack stack, int from) {
        for (String integrationPoint : ForeignContent.INTEGRATION_POINTS) {
            if (stack.topIndexOf(integrationPoint) > from) { // constant time on a deep stack
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- characters

    /**
     * True when a self-closed start tag ({@code <svg/>}, {@code <my-el/>}) leaves nothing open, with {@code open}
     * the elements open around it: an SVG or MathML root does. An unknown element is read as closed too (a
     * slot inside one is harmless), except inside an integration point ({@code <svg><title><c/>}): there it
     * stays open, as HTML content, and makes a later {@code </svg>} go by HTML rules, which stop at the title.
     */
    private static boolean closesAtOnce(TagInfo info, ElementStack open) {
        if (!isForeignOrUnknown(info)) {
            return false;
        }
        return info.name.equals("svg") || info.name.equals("math") || !integrationPointIn(open, -1);
    }

    private static boolean isForeignOrUnknown(TagInfo info) {
        return TagInfo.known(info.name) == null || info.name.equals("svg") || info.name.equals("math");
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isTagNameEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
