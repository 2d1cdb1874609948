package io.adslot.article;

/**
 * A way to read the same token stream: a gap is usable only where every reading agrees it is. The
 * browser's reading with scripting on is the one blocks are derived from; the others only veto gaps.
 * A small declared profile: each reading differs from the browser's in the few points named here, and
 * {@link TreeScan} runs it only from the first token where that can matter until the two meet again.
 * (The raw text ends that jsoup reads differently are settled in the tokenizer: {@link HtmlTokenizer#readRawText}.)
 */
enum Reading {
    /** A browser with scripting on: every browser that shows ads. */
    BROWSER(true, true, true),
    /** Scripting off (crawlers, reader modes, feed readers): {@code <noscript>} holds markup. */
    SCRIPTING_OFF(false, true, true),
    /**
     * jsoup 1.22, which server-side pipelines read articles with: no breakout from SVG or MathML (a
     * {@code <p>} in an {@code <svg>} nests in it), an SVG or MathML {@code <script>} is raw text (even
     * self-closed), and {@code <dialog>} and {@code <search>} close no
     * {@code <p>}. Like Gecko (and the validator's parser Gecko's is generated from), it counts
     * {@code dialog} special, which the Standard and Blink do not: an end tag never walks past an open dialog.
     */
    JSOUP(true, false, false);

    final boolean scripting;
    /** The breakout start tags ({@code <p>}, {@code <div>}, {@code <b>}...) pop SVG and MathML elements. */
    final boolean foreignBreakout;
    /** {@code <dialog>} and {@code <search>} close an open {@code <p>}, as the Standard says now. */
    final boolean newerParagraphClosers;
    /** {@code dialog} is not special: "any other end tag" walks past it (the Standard, Blink). */
    final boolean dialogPlain;

    Reading(boolean scripting, boolean foreignBreakout, boolean newerParagraphClosers) {
        this.scripting = scripting;
        this.foreignBreakout = foreignBreakout;
        this.newerParagraphClosers = newerParagraphClosers;
        this.dialogPlain = newerParagraphClosers;
    }

    /** True when this reading may read the token {@code t} differently from the browser's, given where the browser stands. */
    boolean mayPartAt(Token t, TreeBuilder browser) {
        if (this == JSOUP) {
            if (t.kind == Token.Kind.START_TAG) {
                String name = t.name();
                return name.equals("dialog") || name.equals("search")
                        || (browser.inForeignContent() && (ForeignContent.breaksOut(name) || name.equals("font") || name.equals("script")));
            }
            return t.kind == Token.Kind.END_TAG && ((browser.inForeignContent() && (t.name().equals("p") || t.name().equals("br")))
                    || browser.stack.topDialog() > 0);
        }
        return this == SCRIPTING_OFF && t.kind == Token.Kind.START_TAG && t.name().equals("noscript");
    }
}
