package io.adslot.article;

import java.util.Locale;

/**
 * Derives an article's blocks from the browser reading's stack of open elements, as its
 * {@link ElementSink}:
 *
 * <ul>
 *   <li>A block starts when an element is pushed where only containers are open: an atomic element
 *       ({@code p}, {@code h2}, {@code table}, one the rules mark) starts a block that ends where that
 *       element is popped; an inline element, media or text starts a text run, which ends where a
 *       block-level element is pushed at its depth or its container is popped.</li>
 *   <li>A block-level element pushed inside a run's inline elements ends the run when those are
 *       styling wrappers the article wrote ({@code <span><p>}): they become containers; otherwise (a
 *       link, a button, a reopened {@code <b>}) the run grows into a block rooted at its outermost
 *       element, ending where that is popped.</li>
 *   <li>Where a block ends, the scan's readings judge the gap after it ({@link GapState}): after its own
 *       end tag, the state after that tag; where something else closed it, the state before that token,
 *       since a slot goes before it. A gap is {@link Block#openEnd() open} unless every reading finds
 *       only containers open and nothing to reopen; where some reading finds only a {@code <p>} open, the
 *       gap {@linkplain Block#endsInOpenParagraph() is usable} only by a slot whose markup closes it.</li>
 * </ul>
 */
final class BlockDeriver implements ElementSink {

    /** The readings' verdict on a gap at the current point of the scan. */
    interface GapJudge {
        GapState now();
    }

    private final String src;
    private final int n;
    private final WordCounter counter;
    private final TagAttributes attributes;
    private final BlockList blocks;
    private final ScanList<Marker> markers = new ScanList<>(4);
    private OpenElements stack;
    private GapJudge judge;

    /** Stack index of the block's root (or a run's depth); -1 between blocks. */
    private int depth = -1;
    private boolean run;
    private int start;
    private int runEnd;
    private String tag;
    private BlockKind kind;
    private int level;
    private boolean noSlot;
    private boolean hasMedia;
    private int mediaWidth;
    private int mediaHeight;
    private BlockKind runMediaKind;
    /** A block ended at its own end tag: the gap after it is judged once that tag is processed. */
    private boolean judgeAfterToken;
    private Token token;
    private GapState before;
    /** How many blocks had ended before the token at hand. */
    private int blockCountBefore;
    /** Records the element tree's shape ({@link ElementShape}); null when the scan records none. */
    private final TreeRecorder recorder;

    BlockDeriver(String src, WordCounter counter, TagAttributes attributes, boolean forStructure) {
        this.src = src;
        this.n = src.length();
        this.counter = counter;
        this.attributes = attributes;
        // news text runs at a few hundred chars per block, and its tree at an event per hundred chars or so
        this.blocks = new BlockList(Math.min(256, 8 + n / 300),
                forStructure ? new ElementShape(8 + n / 100, true) : ElementShape.NONE);
        this.recorder = forStructure ? new TreeRecorder(blocks.shape, attributes) : null;
    }

    void attach(OpenElements primaryStack, GapJudge gapJudge) {
        this.stack = primaryStack;
        this.judge = gapJudge;
        if (recorder != null) {
            recorder.attach(primaryStack);
        }
    }

    boolean blockOpen() {
        return depth >= 0;
    }

    /** No block has begun yet: the gap before the first one is judged too ({@link #firstBlockStart}). */
    boolean beforeFirstBlock() {
        return depth < 0 && blocks.isEmpty();
    }

    /**
     * Where the first block begins: at {@code at}, or at the start of the article when some reading finds
     * a slot there unsafe (a {@code <noscript>} that scripting off leaves open around the first paragraph),
     * since the boundary before the first block is where that block starts, and the start is always safe.
     */
    private int firstBlockStart(int at) {
        return blocks.isEmpty() && gapBefore() != GapState.CLEAN ? 0 : at;
    }

    /** Before the token {@code t} is processed; {@code gapBefore} is the readings' verdict here, or null when not needed. */
    void beforeToken(Token t, GapState gapBefore) {
        token = t;
        before = gapBefore;
        blockCountBefore = blocks.size();
    }

    /**
     * The gap before the token at hand, judged usable by a slot that closes a {@code <p>}, is not usable: a
     * reading that had a paragraph open there keeps it open past the token, so a slot there would end that
     * paragraph early and leave what follows of it outside (the blocks are the browser's, whose paragraph
     * the token closed). A block that ended at its own end tag is judged after the token, and is left alone.
     */
    void gapBeforeTokenUnusable() {
        for (int i = blockCountBefore; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.openEnd() && b.end() <= token.start) {
                blocks.set(i, b.withOpenEnd());
            }
        }
    }

    @Override
    public void opened(TreeElement e, int index) {
        if (recorder != null) {
            recorder.opened(e, index, token);
        }
        if (index < stack.size() - 1) {
            if (depth >= 0 && index <= depth) {
                depth++; // the adoption agency put a clone below the block
            }
            return;
        }
        boolean invisible = e.isHtml() && !e.markedAtomic && e.info != null
                && (e.info.role == TagInfo.Role.INVISIBLE || e.info.role == TagInfo.Role.IGNORED);
        if (depth < 0) {
            startAt(e, index, invisible);
            return;
        }
        if (run && !invisible) {
            // a marked element inside a line of text keeps the line whole: the run is one block already
            boolean phrasing = e.info != null && (e.info.role == TagInfo.Role.INLINE || e.info.role == TagInfo.Role.MEDIA);
            boolean blockLevel = e.container || (isBlockLevel(e) && !(e.markedAtomic && phrasing));
            if (blockLevel && index == depth) {
                endRun(gapBefore());
                startAt(e, index, false);
                return;
            }
            if (blockLevel && index > depth) {
                if (stylingWrappersOnly(depth, index)) {
                    GapState gap = gapBefore();
                    for (int i = depth; i < index; i++) {
                        stack.get(i).container = true;
                    }
                    stack.containerChanged(depth);
                    endRun(gap);
                    startAt(e, index, false);
                    return;
                }
                // a link or button open around a block: the run becomes a block rooted at its outermost element
                run = false;
                tag = stack.get(depth).name;
                kind = BlockKind.TEXT;
                level = 0;
            }
        }
        if (!run && e.container) {
            e.container = false; // a div inside a block is part of it, not a place for a slot
            stack.containerChanged(index);
        }
        content(e);
    }

    @Override
    public void closed(TreeElement e, int index) {
        if (recorder != null) {
            recorder.closed(e, index, token);
        }
        if (depth < 0) {
            return;
        }
        if (index < stack.size()) {
            if (index < depth) {
                depth--; // an element below the block left the middle of the stack (the adoption agency, </form>)
            }
            return;
        }
        if (stack.size() > depth) {
            return; // the block goes on (the adoption agency took its root but left what was opened in it)
        }
        if (run) {
            if (stack.size() < depth) {
                endRun(gapBefore()); // its container closed
            }
            return;
        }
        Token t = token;
        boolean explicit = (t.kind == Token.Kind.END_TAG
                && (e.name.equals(t.name()) || (e.has(TagInfo.HEADING) && t.info.isHeading())))
                || (t.kind == Token.Kind.START_TAG && e.start == t.start && !e.reopened); // a void element (<hr>, <svg/>)
        if (explicit) {
            endAtomic(t.end, GapState.CLEAN);
            judgeAfterToken = true; // after its own end tag: judged when the token is done
        } else {
            endAtomic(t.start, gapBefore());
        }
    }

    /** After the token {@code t} was processed by every reading. */
    void afterToken(Token t) {
        switch (t.kind) {
            case TEXT, RAW_TEXT -> text(t);
            case COMMENT -> marker(t);
            default -> {
            }
        }
        if (judgeAfterToken) {
            judgeAfterToken = false;
            int last = blocks.size() - 1;
            Block b = last >= 0 ? blocks.get(last) : null;
            if (b != null && b.end() == t.end && judge.now() == GapState.BLOCKED) {
                blocks.set(last, b.withOpenEnd());
            } else if (b != null && b.end() == t.end && judge.now() == GapState.PARAGRAPH_OPEN) {
                blocks.set(last, new Block(b.kind(), b.level(), b.start(), b.end(), b.words(), b.textLength(), b.tag(),
                        b.noSlotZone(), b.mediaWidth(), b.mediaHeight(), false, true));
            }
        }
        if (depth < 0) {
            return;
        }
        if ((t.kind == Token.Kind.START_TAG || t.kind == Token.Kind.END_TAG) && !invisible(t.info)) {
            if (run) {
                runEnd = t.end;
            }
            if (t.kind == Token.Kind.END_TAG && t.info.breaksWords) {
                counter.breakWord();
            }
        }
    }

    private void text(Token t) {
        if (t.kind == Token.Kind.RAW_TEXT) {
            if (recorder != null) {
                recorder.rawText(t.end == n);
            }
            TagInfo.Role role = t.info.role;
            if (depth >= 0 && !invisible(t.info) && role != TagInfo.Role.MEDIA) {
                counter.feed(src, t.start, t.end);
            }
            if (run && !invisible(t.info)) {
                runEnd = t.end; // a textarea's or iframe's text is part of the line
            }
            return;
        }
        if (depth >= 0 && invisibleForeignText(stack.current().name)) {
            return; // the text of an SVG style or script is no visible text
        }
        int first = t.start;
        while (first < t.end && isSpace(src.charAt(first))) {
            first++;
        }
        if (depth < 0) {
            if (first == t.end) {
                return;
            }
            depth = stack.size();
            run = true;
            start = firstBlockStart(first);
            resetBlock("#text", BlockKind.TEXT, false);
        }
        counter.feed(src, t.start, t.end);
        if (first < t.end) {
            int last = t.end;
            while (isSpace(src.charAt(last - 1))) {
                last--; // stops at src[first], not a space
            }
            if (run) {
                runEnd = last;
            }
            if (recorder != null) {
                recorder.text(first, last);
            }
        }
    }

    private void startAt(TreeElement e, int index, boolean invisible) {
        if (e.container || invisible || (e.reopened && e.is("p"))) {
            return; // a container is read through; a stray </p>'s empty paragraph is no block
        }
        depth = index;
        start = firstBlockStart(token.start);
        if (isBlockLevel(e)) {
            run = false;
            TagInfo.Role role = e.info == null ? TagInfo.Role.INLINE : e.info.role;
            BlockKind k = role == TagInfo.Role.CONTAINER || role == TagInfo.Role.INLINE ? BlockKind.OTHER : e.info.kind;
            resetBlock(e.name, k, e.noSlot);
            level = e.info == null ? 0 : e.info.headingLevel;
            media(e);
        } else {
            run = true;
            resetBlock("#text", BlockKind.TEXT, false);
            runEnd = token.end;
            content(e);
        }
    }

    private void resetBlock(String name, BlockKind k, boolean zone) {
        tag = name;
        kind = k;
        level = 0;
        noSlot = zone;
        hasMedia = false;
        mediaWidth = 0;
        mediaHeight = 0;
        runMediaKind = null;
        counter.reset();
    }

    private void content(TreeElement e) {
        if (run) {
            noSlot |= e.noSlot;
        }
        if (e.reopened) {
            return;
        }
        if (e.info != null && e.info.role == TagInfo.Role.MEDIA && e.isHtml() || e.name.equals("svg") || e.name.equals("math")) {
            media(e);
        } else if (!e.isHtml() || (e.info != null && e.info.breaksWords)) {
            counter.breakWord();
        }
    }

    private void media(TreeElement e) {
        if (e.info == null || e.info.role != TagInfo.Role.MEDIA || e.reopened) {
            return;
        }
        if (!hasMedia) {
            runMediaKind = e.info.kind;
        }
        if (mediaWidth == 0 && mediaHeight == 0) {
            // the first media with a declared size
            mediaWidth = attributes.width;
            mediaHeight = attributes.height;
        }
        hasMedia = true;
    }

    /** Tags that are never visible and never a block ({@code script}, {@code title}, {@code link}...). */
    private static boolean invisible(TagInfo info) {
        return info.role == TagInfo.Role.INVISIBLE || info.role == TagInfo.Role.IGNORED;
    }

    private static boolean invisibleForeignText(String current) {
        return switch (current) {
            case "svg style", "svg script" -> true;
            default -> false;
        };
    }

    /** Atomic: a block never entered (by role, by the rules' selectors, by {@code data-adslot="off"}). */
    private static boolean isBlockLevel(TreeElement e) {
        return e.markedAtomic || (e.isHtml() && e.info != null && e.info.role == TagInfo.Role.ATOMIC && !e.reopened);
    }

    private boolean stylingWrappersOnly(int from, int to) {
        if (to - from > TreeBuilder.WALK) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!TreeBuilder.isStylingWrapper(stack.get(i))) {
                return false;
            }
        }
        return true;
    }

    private GapState gapBefore() {
        return before != null ? before : judge.now();
    }

    private void endRun(GapState gap) {
        depth = -1;
        int words = counter.words();
        int length = counter.textLength();
        if (run && words == 0 && length == 0 && !hasMedia && (!blocks.isEmpty() || gap == GapState.CLEAN)) {
            // an empty run is no block: the gap before it serves; but the first gap of the article is where the
            // first block starts, so an empty run that leaves something to reopen ({@code <div><font></div>})
            // stays, to keep that gap closed
            return;
        }
        if (!run) {
            endBlock(runEnd, gap);
            return;
        }
        BlockKind k = words == 0 && length == 0 && hasMedia ? runMediaKind : BlockKind.TEXT;
        String name = k == BlockKind.TEXT ? "#text" : "#media";
        blocks.add(new Block(k, 0, start, runEnd, words, length, name, noSlot, mediaWidth, mediaHeight,
                gap == GapState.BLOCKED, gap == GapState.PARAGRAPH_OPEN));
    }

    private void endAtomic(int end, GapState gap) {
        depth = -1;
        endBlock(end, gap);
    }

    private void endBlock(int end, GapState gap) {
        depth = -1;
        BlockKind k = kind;
        if (k == BlockKind.PARAGRAPH && hasMedia && counter.words() == 0 && counter.textLength() == 0) {
            k = BlockKind.FIGURE; // <p><img></p>: an image that a CMS wrapped in a paragraph
        }
        blocks.add(new Block(k, level, start, end, counter.words(), counter.textLength(), tag, noSlot,
                mediaWidth, mediaHeight, gap == GapState.BLOCKED, gap == GapState.PARAGRAPH_OPEN));
    }

    private void marker(Token t) {
        int i = t.attributesStart;
        int bodyEnd = t.attributesEnd;
        if (bodyEnd <= i) {
            return;
        }
        while (i < bodyEnd && Character.isWhitespace(src.charAt(i))) {
            i++;
        }
        if (!src.regionMatches(true, i, "adslot:", 0, 7)) {
            return;
        }
        String name = src.substring(i + 7, bodyEnd).strip().toLowerCase(Locale.ROOT);
        markers.add(new Marker(name, t.start, t.end, blocks.size(), depth < 0));
    }

    /** Ends what is open at the end of the input. */
    void finish(GapState atEnd) {
        if (recorder != null) {
            recorder.finish(n);
        }
        if (depth < 0) {
            return;
        }
        if (run) {
            endRun(atEnd);
        } else {
            endAtomic(n, atEnd);
        }
    }

    /** Gecko's reading parted from the browser's here: the tree's shape is no longer one all browsers build. */
    void browsersDiffer() {
        if (recorder != null) {
            recorder.giveUp();
        }
    }

    /** A reading gave up here ({@link TreeBuilder#lost}): what is open runs to the end, with no usable place after it. */
    void giveUp() {
        if (recorder != null) {
            recorder.giveUp();
        }
        if (depth < 0) {
            return;
        }
        runEnd = n;
        if (run) {
            endRun(GapState.BLOCKED);
        } else {
            endAtomic(n, GapState.BLOCKED);
        }
    }

    BlockList blocks() {
        return blocks;
    }

    ScanList<Marker> markers() {
        return markers;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
