package io.adslot.article;

import java.util.List;

/**
 * One scan of one article body by the tree builder: the tokenizer's tokens go to the browser's reading
 * ({@link Reading#BROWSER}), from whose stack the {@link BlockDeriver} derives the blocks, and to every
 * other reading that has parted from it; a gap is usable only where all of them agree.
 *
 * <p>The readings run as one until they part: at a {@code <noscript>} the scripting-off reading is forked
 * from the browser's (a copy of its state), reads the noscript's content as markup while the browser reads
 * it as raw text, and is dropped again once both stand in the same state, usually right after
 * {@code </noscript>}. An article without noscript is read once.
 */
final class TreeScan {

    private final String src;
    private final int n;
    private final TagAttributes attributes;
    private final Latin1Window window;
    private final Token token = new Token();
    private final HtmlTokenizer tokenizer;
    private final TreeBuilder browser;
    private final BlockDeriver deriver;
    /** The scripting-off reading while it differs from the browser's; null otherwise. */
    private TreeBuilder scriptingOff;

    TreeScan(String src, List<AtomicSelector> selectors) {
        this.src = src;
        this.n = src.length();
        this.attributes = new TagAttributes(selectors);
        this.window = Latin1Window.forSource(src);
        this.tokenizer = new HtmlTokenizer(src, 0, n, attributes, window, token);
        this.deriver = new BlockDeriver(src, new WordCounter(window), attributes);
        this.browser = new TreeBuilder(src, Reading.BROWSER, deriver);
        deriver.attach(browser.stack, this::gapState);
    }

    ScannedArticle run() {
        while (true) {
            tokenizer.cdataAllowed = browser.inForeignContent();
            if (!tokenizer.next()) {
                break;
            }
            step();
            if (lost()) {
                deriver.giveUp();
                tokenizer.endsInsideMarkup = true;
                return article();
            }
        }
        token.kind = Token.Kind.END_OF_INPUT;
        token.info = null;
        token.start = n;
        token.end = n;
        step();
        deriver.finish(gapState());
        return article();
    }

    private ScannedArticle article() {
        List<Block> blocks = deriver.blocks();
        if (tokenizer.endsInsideMarkup && !blocks.isEmpty()) {
            Block last = blocks.get(blocks.size() - 1);
            if (last.end() == n && !last.openEnd()) {
                blocks.set(blocks.size() - 1, new Block(last.kind(), last.level(), last.start(), last.end(), last.words(),
                        last.textLength(), last.tag(), last.noSlotZone(), last.mediaWidth(), last.mediaHeight(), true));
            }
        }
        return new ScannedArticle(src, blocks, deriver.markers());
    }

    /** Processes {@link #token} in every reading, then the raw text a start tag asked for. */
    private void step() {
        Token t = token;
        boolean tag = t.kind == Token.Kind.START_TAG || t.kind == Token.Kind.END_TAG || t.kind == Token.Kind.END_OF_INPUT;
        deriver.beforeToken(t, tag && deriver.blockOpen() ? gapState() : null);
        if (scriptingOff == null && t.kind == Token.Kind.START_TAG && t.name().equals("noscript")) {
            scriptingOff = browser.fork(Reading.SCRIPTING_OFF);
        }
        browser.process(t);
        if (scriptingOff != null) {
            scriptingOff.process(t);
        }
        deriver.afterToken(t);
        TagInfo raw = browser.rawTextRequest;
        if (raw != null || (scriptingOff != null && scriptingOff.rawTextRequest != null)) {
            rawText(raw);
        }
        if (scriptingOff != null && t.kind != Token.Kind.START_TAG && scriptingOff.sameStateAs(browser)) {
            scriptingOff = null; // the readings have met again
        }
    }

    /** The raw text after a start tag: read alike by all readings, or as raw text by one and markup by the other. */
    private void rawText(TagInfo browserRaw) {
        TagInfo otherRaw = scriptingOff == null ? browserRaw : scriptingOff.rawTextRequest;
        boolean inTable = browser.mode == InsertionMode.IN_TABLE || browser.mode == InsertionMode.IN_TABLE_BODY
                || browser.mode == InsertionMode.IN_ROW;
        if (browserRaw != null && otherRaw != null) {
            tokenizer.readRawText(browserRaw, inTable);
            step();
            return;
        }
        // parted: the browser reads raw text (a noscript) where the other reads markup, or the other way round
        TreeBuilder markupReader = browserRaw != null ? scriptingOff : browser;
        TreeBuilder rawReader = browserRaw != null ? browser : scriptingOff;
        int from = tokenizer.position();
        tokenizer.readRawText(browserRaw != null ? browserRaw : otherRaw, inTable);
        int to = token.end;
        GapState before = deriver.blockOpen() ? gapState() : null;
        deriver.beforeToken(token, before);
        rawReader.process(token);
        if (rawReader == browser) {
            deriver.afterToken(token);
        }
        readRegion(markupReader, from, to);
    }

    /** Feeds {@code src[from, to)} to {@code reader} alone, as markup; a token that would run past {@code to} loses it. */
    private void readRegion(TreeBuilder reader, int from, int to) {
        Token regionToken = new Token();
        HtmlTokenizer region = new HtmlTokenizer(src, from, to, attributes, window, regionToken);
        ElementSink sink = reader.sink;
        if (reader == browser) {
            reader.lost = true; // the blocks would have to follow a region the other reading skips: not modelled
            return;
        }
        while (true) {
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
        reader.sink = sink;
        if (region.endsInsideMarkup) {
            reader.lost = true;
        }
    }

    private boolean lost() {
        return browser.lost || (scriptingOff != null && scriptingOff.lost);
    }

    /** The readings' verdict on a slot inserted here. */
    private GapState gapState() {
        GapState state = browser.gapState();
        return scriptingOff == null ? state : state.and(scriptingOff.gapState());
    }
}
