package io.adslot.article;

import java.util.List;

/**
 * One scan of one article body by the tree builder: the tokenizer's tokens go to the browser's reading
 * ({@link Reading#BROWSER}), from whose stack the {@link BlockDeriver} derives the blocks, and to every
 * other reading that has parted from it; a gap is usable only where all of them agree.
 *
 * <p>The readings run as one until they part ({@link Reading#mayPartAt}): at a {@code <noscript>} the
 * scripting-off reading is forked from the browser's (a copy of its state), reads the noscript's content as
 * markup while the browser reads it as raw text, and is dropped again once both stand in the same state,
 * usually right after {@code </noscript>}; jsoup's reading likewise at a {@code <dialog>} or in SVG. An
 * article without such tags is read once.
 */
final class TreeScan {

    private final String src;
    private final int n;
    private final TagAttributes attributes;
    private final Latin1Window window;
    private final Token token = new Token();
    private final HtmlTokenizer tokenizer;
    private final TreeBuilder browser;
    /** Derives the blocks from the browser's reading; null for a scan that only reads ({@link #readingOnly}). */
    private final BlockDeriver deriver;
    private static final Reading[] OTHER_READINGS = {Reading.SCRIPTING_OFF, Reading.JSOUP, Reading.GECKO, Reading.GECKO_SCRIPTING_OFF};
    /** Per {@link Reading}, that reading while it differs from the browser's; null otherwise. */
    private final TreeBuilder[] parted = new TreeBuilder[Reading.values().length];
    /** How many entries of {@link #parted} are set: most articles are read once, and skip the loops over it. */
    private int partedCount;

    TreeScan(String src, List<AtomicSelector> selectors, boolean forStructure) {
        this(src, selectors, forStructure, true);
    }

    private TreeScan(String src, List<AtomicSelector> selectors, boolean forStructure, boolean derivesBlocks) {
        this.src = src;
        this.n = src.length();
        this.attributes = new TagAttributes(selectors, forStructure);
        this.window = Latin1Window.forSource(src);
        this.tokenizer = new HtmlTokenizer(src, 0, n, attributes, window, token);
        this.deriver = derivesBlocks ? new BlockDeriver(src, new WordCounter(window), attributes, forStructure) : null;
        this.browser = new TreeBuilder(src, Reading.BROWSER, deriver);
        if (deriver != null) {
            deriver.attach(browser.stack, this::gapState);
        }
    }

    /** A scan that reads the input in every reading without deriving blocks: for {@link #holdsItsContentAsABody}. */
    static TreeScan readingOnly(String src, List<AtomicSelector> selectors) {
        return new TreeScan(src, selectors, false, false);
    }

    ScannedArticle run() {
        if (!readToTheEnd()) {
            deriver.giveUp();
            tokenizer.endsInsideMarkup = true;
            return article();
        }
        // a slot appended to the article goes before the end of the input: judged before the end is processed,
        // which closes what only the end closes (an unclosed <template>)
        GapState atEnd = gapState();
        token.kind = Token.Kind.END_OF_INPUT;
        token.info = null;
        token.start = n;
        token.end = n;
        step();
        deriver.finish(atEnd);
        return article();
    }

    /**
     * Reads a page and answers whether the content {@code src[contentStart, contentEnd)} of the element whose
     * start tag is at {@code elementStart} reads in the page as it reads on its own as a body. At
     * {@code contentStart} the page reads as at a body's start in every reading
     * ({@link TreeBuilder#readsAsABodyStart}); no token of the content closes the element in any reading (an
     * end tag of an ancestor the page walk missed, a {@code <li>} inside an item would leave what follows
     * outside it for a browser, where a scan of the content alone has it inside); and the token after the
     * content (the element's end tag, or what closes it) closes it in every reading when the content leaves a
     * paragraph open, as the end of the input closes it for a scan of the content alone, where a slot may close
     * it. An unknown element's end tag does not ({@code <news-body><p>Text</news-body>}): a browser ignores it
     * while the paragraph is open, and a slot that closed the paragraph would make it close the element, with
     * what follows moved out. An element whose start tag opens nothing in body ({@code <body>}) holds its
     * content when the page is at its body's level and, if the content leaves a paragraph open, nothing after
     * it but comments, white space and the end tags of {@code body} and {@code html} (a browser reads anything
     * else into the body, in the open paragraph).
     */
    boolean holdsItsContentAsABody(int elementStart, int contentStart, int contentEnd) {
        if (!readTo(contentStart) || !browser.readsAsABodyStart()) {
            return false;
        }
        int depth = browser.stack.size();
        int rootStart = browser.stack.current().start;
        boolean bodyLevel = depth == 1 && (src.regionMatches(true, elementStart, "<body", 0, 5)
                || src.regionMatches(true, elementStart, "<html", 0, 5));
        if (!bodyLevel && (rootStart != elementStart || browser.stack.current().reopened)) {
            return false;
        }
        for (TreeBuilder other : parted) {
            if (other != null && (!other.readsAsABodyStart() || !holds(other, depth, rootStart))) {
                return false;
            }
        }
        while (tokenizer.position() < contentEnd) {
            if (!stepOnce() || lost() || !holdsInEveryReading(depth, rootStart)) {
                return false;
            }
        }
        if (tokenizer.position() != contentEnd) {
            return false;
        }
        if (!paragraphOpenInAnyReading(depth)) {
            // nothing open at the content's end that a slot could close: what follows reads as it did
            return true;
        }
        if (bodyLevel) {
            return nothingMoreForTheBody();
        }
        // the token after the content: the end of the page, or one that must take the element off every stack
        return !stepOnce() || !lost() && !holdsInAnyReading(depth, rootStart);
    }

    private boolean holdsInAnyReading(int depth, int rootStart) {
        if (holds(browser, depth, rootStart)) {
            return true;
        }
        for (int i = 0; partedCount > 0 && i < parted.length; i++) {
            if (parted[i] != null && holds(parted[i], depth, rootStart)) {
                return true;
            }
        }
        return false;
    }

    /** True when a reading has a {@code p} open inside the element at {@code depth}, which a slot's markup would close. */
    private boolean paragraphOpenInAnyReading(int depth) {
        if (paragraphOpen(browser, depth)) {
            return true;
        }
        for (int i = 0; partedCount > 0 && i < parted.length; i++) {
            if (parted[i] != null && paragraphOpen(parted[i], depth)) {
                return true;
            }
        }
        return false;
    }

    private static boolean paragraphOpen(TreeBuilder reading, int depth) {
        for (int i = depth; i < reading.stack.size(); i++) {
            TreeElement e = reading.stack.get(i);
            if (e.isHtml() && e.name.equals("p")) {
                return true;
            }
        }
        return false;
    }

    private boolean holdsInEveryReading(int depth, int rootStart) {
        if (!holds(browser, depth, rootStart)) {
            return false;
        }
        for (int i = 0; partedCount > 0 && i < parted.length; i++) {
            if (parted[i] != null && !holds(parted[i], depth, rootStart)) {
                return false;
            }
        }
        return true;
    }

    /** True when the rest of the input is only comments, white space and the end tags of body and html. */
    private boolean nothingMoreForTheBody() {
        while (tokenizer.next()) {
            Token t = token;
            boolean ignorable = t.kind == Token.Kind.COMMENT
                    || t.kind == Token.Kind.TEXT && t.isWhitespace(src)
                    || t.kind == Token.Kind.END_TAG && t.info != null && (t.info.name.equals("body") || t.info.name.equals("html"));
            if (!ignorable) {
                return false;
            }
        }
        return true;
    }

    /** The element at {@code depth} (from the bottom, 1-based) of the reading's stack is still the one that started at {@code start}. */
    private static boolean holds(TreeBuilder reading, int depth, int start) {
        return reading.stack.size() >= depth && reading.stack.get(depth - 1).start == start;
    }

    /** Processes the tokens that end at or before {@code offset}; false unless one ends exactly there and no reading was lost. */
    private boolean readTo(int offset) {
        while (tokenizer.position() < offset) {
            if (!stepOnce() || lost()) {
                return false;
            }
        }
        return tokenizer.position() == offset;
    }

    /** Processes every token of the input in every reading; false when a reading was lost on the way. */
    private boolean readToTheEnd() {
        while (stepOnce()) {
            if (lost()) {
                return false;
            }
        }
        return true;
    }

    /** Reads the next token and processes it in every reading; false at the end of the input. */
    private boolean stepOnce() {
        tokenizer.cdataAllowed = browser.inForeignContent();
        settleCdata();
        if (!tokenizer.next()) {
            return false;
        }
        step();
        return true;
    }

    private ScannedArticle article() {
        List<Block> blocks = deriver.blocks();
        if (tokenizer.endsInsideMarkup && !blocks.isEmpty()) {
            Block last = blocks.get(blocks.size() - 1);
            if (last.end() == n && !last.openEnd()) {
                blocks.set(blocks.size() - 1, last.withOpenEnd());
            }
        }
        return new ScannedArticle(src, deriver.blocks().freeze(), deriver.markers().freeze());
    }

    /** Processes {@link #token} in every reading, then the raw text a start tag asked for. */
    private void step() {
        Token t = token;
        boolean tag = t.kind == Token.Kind.START_TAG || t.kind == Token.Kind.END_TAG || t.kind == Token.Kind.END_OF_INPUT;
        boolean judged = deriver != null && (deriver.blockOpen() ? tag : deriver.beforeFirstBlock());
        GapState gap = judged ? gapBefore(t) : null;
        if (deriver != null) {
            deriver.beforeToken(t, gap);
        }
        boolean paragraphsOpen = gap == GapState.PARAGRAPH_OPEN && partedCount > 0 && rememberOpenParagraphs();
        if ((t.kind == Token.Kind.START_TAG || t.kind == Token.Kind.END_TAG) && Reading.anyMayPartAt(t, browser)) {
            for (Reading r : OTHER_READINGS) {
                if (parted[r.ordinal()] == null && r.mayPartAt(t, browser)) {
                    parted[r.ordinal()] = browser.fork(r);
                    if (r == Reading.GECKO && deriver != null) {
                        deriver.browsersDiffer(); // two browsers may build two trees from here
                    }
                    partedCount++;
                }
            }
        }
        browser.process(t);
        if (partedCount == 0) {
            if (deriver != null) {
                deriver.afterToken(t);
            }
            if (browser.rawTextRequest != null) {
                rawText();
            }
            return;
        }
        for (TreeBuilder other : parted) {
            if (other != null) {
                other.process(t);
            }
        }
        if (paragraphsOpen && paragraphRunsOn()) {
            deriver.gapBeforeTokenUnusable();
        }
        if (deriver != null) {
            deriver.afterToken(t);
        }
        boolean raw = browser.rawTextRequest != null;
        for (TreeBuilder other : parted) {
            raw |= other != null && other.rawTextRequest != null;
        }
        if (raw) {
            rawText();
        }
        if (t.kind != Token.Kind.START_TAG) {
            for (int i = 0; i < parted.length; i++) {
                if (parted[i] != null && parted[i].sameStateAs(browser)) {
                    parted[i] = null; // the readings have met again
                    partedCount--;
                }
            }
        }
    }

    /**
     * The raw text after a start tag. Read alike by all readings, it is one token to all. Where one reads raw
     * text and another markup: a noscript's content is markup to the scripting-off reading alone
     * ({@link #readRegion}); otherwise the two agree only when the text holds no markup, and else no place
     * after it is safe in both.
     */
    private void rawText() {
        TagInfo element = browser.rawTextRequest;
        for (TreeBuilder other : parted) {
            if (element == null && other != null) {
                element = other.rawTextRequest;
            }
        }
        InsertionMode mode = browser.mode == InsertionMode.TEXT ? browser.originalMode : browser.mode;
        boolean inTable = mode == InsertionMode.IN_TABLE || mode == InsertionMode.IN_TABLE_BODY || mode == InsertionMode.IN_ROW;
        int from = tokenizer.position();
        tokenizer.readRawText(element, inTable);
        int to = token.end;
        boolean holdsMarkup = ForeignContent.holdsMarkup(src, from, to);
        for (TreeBuilder other : parted) {
            if (other != null && other.rawTextDisputed && holdsMarkup) {
                other.lost = true;
            }
        }
        if (browser.rawTextDisputed && holdsMarkup) {
            browser.lost = true; // one reading's raw text is another's markup, and it holds some
        }
        if (deriver != null) {
            deriver.beforeToken(token, null);
        }
        boolean derived = deriver != null;
        if (browser.rawTextRequest != null) {
            browser.process(token);
        } else if (holdsMarkup) {
            browser.lost = true;
            derived = false;
        } else {
            browser.process(asText(from, to));
        }
        if (derived) {
            deriver.afterToken(token);
        }
        for (TreeBuilder other : parted) {
            if (other == null || other.rawTextRequest != null) {
                if (other != null) {
                    other.process(rawToken(element, from, to));
                }
                continue;
            }
            if (!other.reading.scripting && element.name.equals("noscript")) {
                readRegion(other, from, to);
            } else if (holdsMarkup) {
                other.lost = true;
            } else {
                other.process(asText(from, to));
            }
        }
    }

    private Token asText(int from, int to) {
        Token text = new Token();
        text.kind = Token.Kind.TEXT;
        text.start = from;
        text.end = to;
        return text;
    }

    private Token rawToken(TagInfo element, int from, int to) {
        Token raw = asText(from, to);
        raw.kind = Token.Kind.RAW_TEXT;
        raw.info = element;
        return raw;
    }

    /** Feeds {@code src[from, to)} to {@code reader} alone, as markup; a token that would run past {@code to} loses it. */
    private void readRegion(TreeBuilder reader, int from, int to) {
        Token regionToken = new Token();
        HtmlTokenizer region = new HtmlTokenizer(src, from, to, attributes, window, regionToken);
        while (!reader.lost) {
            region.cdataAllowed = reader.inForeignContent();
            if (!region.next()) {
                break;
            }
            reader.process(regionToken);
            if (reader.rawTextRequest != null) {
                region.readRawText(reader.rawTextRequest, false);
                reader.process(regionToken);
            }
        }
        if (region.endsInsideMarkup) {
            reader.lost = true;
        }
    }

    /**
     * A {@code <![CDATA[} where one reading stands in SVG or MathML and another in HTML (jsoup after a
     * breakout tag) is a CDATA section to the one, running to {@code ]]>}, and a bogus comment to the other,
     * ending at the first {@code >}: unless both end at the same place, what lies between is text to one
     * and markup to the other, and the reading that differs is lost. Likewise where a reading ignored an
     * {@code <svg>} or {@code <math>} in a select that the customizable select of newer browsers keeps
     * ({@link TreeBuilder#foreignIgnoredInSelect}): there the section is a CDATA section.
     */
    private void settleCdata() {
        if (partedCount == 0 && !browser.foreignIgnoredInSelect) {
            return;
        }
        int at = tokenizer.position();
        if (!src.startsWith("<![CDATA[", at) || cdataEndsLikeBogusComment(at)) {
            return;
        }
        boolean foreign = tokenizer.cdataAllowed;
        if (!foreign && browser.foreignIgnoredInSelect) {
            browser.lost = true;
        }
        for (TreeBuilder other : parted) {
            if (other != null && (other.inForeignContent() != foreign || !foreign && other.foreignIgnoredInSelect)) {
                other.lost = true;
            }
        }
    }

    /** True when the {@code <![CDATA[} at {@code at} ends at the same place read as a CDATA section or as a bogus comment. */
    private boolean cdataEndsLikeBogusComment(int at) {
        int close = src.indexOf("]]>", at + 9);
        int gt = src.indexOf('>', at + 2);
        return close >= 0 && gt == close + 2;
    }

    private boolean lost() {
        boolean lost = browser.lost;
        if (partedCount == 0) {
            return lost;
        }
        for (TreeBuilder other : parted) {
            lost |= other != null && other.lost;
        }
        return lost;
    }

    /**
     * Per {@link Reading}, the {@code <p>} a parted reading has open where a slot would go before the token at
     * hand; a gap judged {@link GapState#PARAGRAPH_OPEN} is usable only if the token closes it in every
     * reading, which the blocks (the browser's) say for the browser's alone.
     */
    private final TreeElement[] openParagraphs = new TreeElement[Reading.values().length];

    private boolean rememberOpenParagraphs() {
        boolean any = false;
        for (int i = 0; i < parted.length; i++) {
            openParagraphs[i] = parted[i] == null ? null : parted[i].paragraphLeftOpen();
            any |= openParagraphs[i] != null;
        }
        return any;
    }

    /** Whether a parted reading keeps open, past the token at hand, the paragraph it had open before it. */
    private boolean paragraphRunsOn() {
        boolean runsOn = false;
        for (int i = 0; i < parted.length; i++) {
            runsOn |= openParagraphs[i] != null && parted[i] != null && openParagraphs[i].onStack;
            openParagraphs[i] = null;
        }
        return runsOn;
    }

    /** The readings' verdict on a slot inserted just before the token {@code t}. */
    private GapState gapBefore(Token t) {
        GapState state = gapState();
        if (state == GapState.PARAGRAPH_OPEN && t.kind == Token.Kind.START_TAG && Reading.someKeepParagraphOpenAt(t.name())) {
            return GapState.BLOCKED; // the slot would close a paragraph that this tag leaves open in some reading
        }
        return state;
    }

    /** The readings' verdict on a slot inserted here. */
    private GapState gapState() {
        GapState browsers = browser.gapState();
        if (partedCount == 0) {
            return browsers;
        }
        GapState state = browsers;
        for (TreeBuilder other : parted) {
            if (other != null) {
                GapState others = other.gapState();
                // a paragraph only another reading keeps open may run on to the end of the input (jsoup's,
                // where the browser left SVG at an <img>): no slot goes in it, even one that would close it
                state = state.and(others == GapState.PARAGRAPH_OPEN && browsers == GapState.CLEAN ? GapState.BLOCKED : others);
            }
        }
        return state;
    }
}
